/**
 * The set of stored event ids, for the duplicate check of each import batch. Ids are two 53-bit
 * hash lanes written as 22 base-36 digits (shared/util/hash.ts), so the set keeps the two numbers
 * in an open-addressing table of typed arrays instead of a million strings: ~32 MB instead of
 * ~70 MB, nothing for the garbage collector, and reopening no longer copies every id out of its
 * chunk's text (~1 s per million). An id of any other shape goes to a plain Set.
 */

const EMPTY = -1;
const DELETED = -2;
const LANE_DIGITS = 11;

/** The lanes of the id last parsed by `readLanes`. */
let laneA = 0;
let laneB = 0;

/** Parses a 22-digit base-36 id into laneA/laneB; false for any other text. */
function readLanes(id: string): boolean {
  if (id.length !== 2 * LANE_DIGITS) return false;
  let a = 0;
  let b = 0;
  for (let i = 0; i < 2 * LANE_DIGITS; i++) {
    const c = id.charCodeAt(i);
    const d = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 122 ? c - 87 : -1;
    if (d < 0) return false;
    if (i < LANE_DIGITS) a = a * 36 + d; else b = b * 36 + d;
  }
  if (a > Number.MAX_SAFE_INTEGER || b > Number.MAX_SAFE_INTEGER) return false;
  laneA = a;
  laneB = b;
  return true;
}

export class IdSet {
  private a = new Float64Array(1 << 16).fill(EMPTY);
  private b = new Float64Array(1 << 16);
  private count = 0;
  /** live entries plus tombstones: what decides when to grow */
  private filled = 0;
  private readonly others = new Set<string>();

  get size(): number {
    return this.count + this.others.size;
  }

  has(id: string): boolean {
    if (!readLanes(id)) return this.others.has(id);
    return this.find(laneA, laneB) >= 0;
  }

  /** Adds `id`; false when it was already there. */
  add(id: string): boolean {
    if (!readLanes(id)) {
      const before = this.others.size;
      this.others.add(id);
      return this.others.size !== before;
    }
    if (this.find(laneA, laneB) >= 0) return false;
    if ((this.filled + 1) * 2 > this.a.length) this.rehash(this.count * 4 > this.a.length ? this.a.length * 2 : this.a.length);
    this.insert(laneA, laneB);
    return true;
  }

  delete(id: string): boolean {
    if (!readLanes(id)) return this.others.delete(id);
    const slot = this.find(laneA, laneB);
    if (slot < 0) return false;
    this.a[slot] = DELETED;
    this.count--;
    return true;
  }

  private slotOf(a: number, b: number): number {
    // The lanes are hash values already: their low bits are as good as any mix of them.
    return ((a ^ Math.imul(b >>> 0, 0x9e3779b1)) >>> 0) & (this.a.length - 1);
  }

  private find(a: number, b: number): number {
    const mask = this.a.length - 1;
    for (let slot = this.slotOf(a, b); ; slot = (slot + 1) & mask) {
      const x = this.a[slot];
      if (x === EMPTY) return -1;
      if (x === a && this.b[slot] === b) return slot;
    }
  }

  private insert(a: number, b: number): void {
    const mask = this.a.length - 1;
    let slot = this.slotOf(a, b);
    while (this.a[slot] >= 0) slot = (slot + 1) & mask;
    if (this.a[slot] === EMPTY) this.filled++;
    this.a[slot] = a;
    this.b[slot] = b;
    this.count++;
  }

  private rehash(capacity: number): void {
    const [oldA, oldB] = [this.a, this.b];
    this.a = new Float64Array(capacity).fill(EMPTY);
    this.b = new Float64Array(capacity);
    this.count = 0;
    this.filled = 0;
    for (let i = 0; i < oldA.length; i++) if (oldA[i] >= 0) this.insert(oldA[i], oldB[i]);
  }
}
