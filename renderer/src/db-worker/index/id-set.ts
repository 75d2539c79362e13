/**
 * The set of stored event ids, for the duplicate check of each import batch. Ids are two 53-bit
 * hash lanes (shared/util/id-lanes.ts; chunks store them as numbers), so the set keeps the two
 * numbers side by side in an open-addressing table of one Float64Array instead of a million
 * strings: ~32 MB instead of ~70 MB, nothing for the garbage collector, and a probe touches one
 * cache line. An id of any other shape (ids as text, in tests) goes to a plain Set.
 */
import { readIdLanes, readLanes } from '../../../../shared/util/id-lanes';

const EMPTY = -1;
const DELETED = -2;

/**
 * The ids one import batch added before its transaction committed, so that they can be forgotten
 * again if it does not (a growable array of lane pairs, not a Set: two fewer hash operations per id).
 */
export class StagedIds {
  lanes = new Float64Array(2048);
  size = 0;
  readonly others: string[] = [];

  push(a: number, b: number): void {
    if (2 * this.size + 2 > this.lanes.length) {
      const grown = new Float64Array(this.lanes.length * 2);
      grown.set(this.lanes);
      this.lanes = grown;
    }
    this.lanes[2 * this.size] = a;
    this.lanes[2 * this.size + 1] = b;
    this.size++;
  }
}

export class IdSet {
  /** slot i holds lane a at [2i] (or EMPTY / DELETED) and lane b at [2i + 1] */
  private slots = new Float64Array(2 << 16).fill(EMPTY);
  private capacity = 1 << 16;
  private count = 0;
  /** live entries plus tombstones: what decides when to grow */
  private filled = 0;
  private readonly others = new Set<string>();

  get size(): number {
    return this.count + this.others.size;
  }

  has(id: string): boolean {
    if (!readIdLanes(id)) return this.others.has(id);
    return this.find(readLanes[0], readLanes[1]) >= 0;
  }

  /** Adds `id`; false when it was already there. */
  add(id: string): boolean {
    if (!readIdLanes(id)) {
      const before = this.others.size;
      this.others.add(id);
      return this.others.size !== before;
    }
    const [a, b] = readLanes;
    if (this.find(a, b) >= 0) return false;
    this.insertNew(a, b);
    return true;
  }

  /**
   * Adds the id written at `text[start, end)` (a chunk's text); false when it was already there.
   * What it added is recorded in `staged`.
   */
  addAt(text: string, start: number, end: number, staged: StagedIds): boolean {
    if (!readIdLanes(text, start, end)) {
      const id = text.slice(start, end);
      if (!this.add(id)) return false;
      staged.others.push(id);
      return true;
    }
    return this.addLanes(readLanes[0], readLanes[1], staged);
  }

  /** Adds an id given as its two lanes; false when it was already there. What it added is recorded in `staged`. */
  addLanes(a: number, b: number, staged: StagedIds): boolean {
    if (this.find(a, b) >= 0) return false;
    this.insertNew(a, b);
    staged.push(a, b);
    return true;
  }

  /** Forgets what a batch added (its transaction did not commit, or its import was rolled back). */
  forget(staged: StagedIds): void {
    for (let i = 0; i < staged.size; i++) this.deleteLanes(staged.lanes[2 * i], staged.lanes[2 * i + 1]);
    for (const id of staged.others) this.others.delete(id);
  }

  delete(id: string): boolean {
    if (!readIdLanes(id)) return this.others.delete(id);
    return this.deleteLanes(readLanes[0], readLanes[1]);
  }

  private deleteLanes(a: number, b: number): boolean {
    const slot = this.find(a, b);
    if (slot < 0) return false;
    this.slots[2 * slot] = DELETED;
    this.count--;
    return true;
  }

  /** Inserts lanes known to be absent, growing the table first when needed. */
  private insertNew(a: number, b: number): void {
    if ((this.filled + 1) * 2 > this.capacity) this.rehash(this.count * 4 > this.capacity ? this.capacity * 2 : this.capacity);
    this.insert(a, b);
  }

  private slotOf(a: number, b: number): number {
    // The lanes are hash values already: their low bits are as good as any mix of them.
    return ((a ^ Math.imul(b >>> 0, 0x9e3779b1)) >>> 0) & (this.capacity - 1);
  }

  private find(a: number, b: number): number {
    const mask = this.capacity - 1;
    const s = this.slots;
    for (let slot = this.slotOf(a, b); ; slot = (slot + 1) & mask) {
      const x = s[2 * slot];
      if (x === EMPTY) return -1;
      if (x === a && s[2 * slot + 1] === b) return slot;
    }
  }

  private insert(a: number, b: number): void {
    const mask = this.capacity - 1;
    const s = this.slots;
    let slot = this.slotOf(a, b);
    while (s[2 * slot] >= 0) slot = (slot + 1) & mask;
    if (s[2 * slot] === EMPTY) this.filled++;
    s[2 * slot] = a;
    s[2 * slot + 1] = b;
    this.count++;
  }

  private rehash(capacity: number): void {
    const old = this.slots;
    this.slots = new Float64Array(2 * capacity).fill(EMPTY);
    this.capacity = capacity;
    this.count = 0;
    this.filled = 0;
    for (let i = 0; i < old.length; i += 2) if (old[i] >= 0) this.insert(old[i], old[i + 1]);
  }
}
