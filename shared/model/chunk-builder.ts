/**
 * Builds packed chunks (packed-chunk.ts) event by event: the ingest's batches, the DB worker's
 * chunks rebuilt without their duplicates, and test data. Each field keeps a dictionary of the
 * chunk's distinct values, except where values are all distinct anyway (ids, raw lines), and a
 * field whose last chunk had nearly all-distinct values skips the dictionary for a while: a Map
 * lookup per event is the largest cost of building a chunk.
 */
import type { NormalizedEvent } from './event';
import {
  CHUNK_EVENTS, CHUNK_FIELDS, FIELD, LAYOUT_CODE16, LAYOUT_CODE8, LAYOUT_PLAIN, LAYOUT_SAME, LAYOUT_SLOT, MAX_CHUNK_EVENTS, valueAt,
  type ChunkData,
} from './packed-chunk';

/** A chunk closes early past this many characters of values, far below V8's longest string (~2^29). */
export const MAX_CHUNK_CHARS = 32 * 1024 * 1024;

/** Chunks a column stays plain after it had nearly all-distinct values, before it tries a dictionary again. */
const PLAIN_CHUNKS = 16;

class FieldColumn {
  entries: string[] = [];
  readonly codes: Uint16Array;
  private readonly map = new Map<string, number>();
  private last: string | null = null;
  private lastCode = 0;
  private coded: boolean;
  private plainLeft = 0;

  constructor(capacity: number, private readonly alwaysPlain: boolean) {
    this.codes = new Uint16Array(capacity);
    this.coded = !alwaysPlain;
  }

  add(v: string, k: number): void {
    if (!this.coded) {
      this.entries.push(v);
      return;
    }
    // neighbouring events mostly share a value (the same user, status, service): no lookup
    if (v === this.last) {
      this.codes[k] = this.lastCode;
      return;
    }
    let code = this.map.get(v);
    if (code === undefined) {
      code = this.entries.length;
      this.entries.push(v);
      this.map.set(v, code);
    }
    this.codes[k] = code;
    this.last = v;
    this.lastCode = code;
  }

  kind(n: number): number {
    if (!this.coded) return LAYOUT_PLAIN;
    const d = this.entries.length;
    if (d === 1) return LAYOUT_SAME;
    // all distinct: entry k is event k, the codes add nothing
    if (d === n) return LAYOUT_PLAIN;
    return d <= 256 ? LAYOUT_CODE8 : LAYOUT_CODE16;
  }

  reset(n: number): void {
    if (this.coded && n >= 64 && this.entries.length > n * 0.75) {
      this.coded = false;
      this.plainLeft = PLAIN_CHUNKS;
    } else if (!this.coded && !this.alwaysPlain && --this.plainLeft <= 0) {
      this.coded = true;
    }
    this.entries = [];
    this.map.clear();
    this.last = null;
  }
}

const F = FIELD;

export class ChunkBuilder {
  private readonly cols: FieldColumn[];
  private time: Float64Array;
  private line: Int32Array;
  private flags: Uint8Array;
  private n = 0;
  private chars = 0;

  constructor(readonly capacity = CHUNK_EVENTS) {
    if (!(capacity >= 1 && capacity <= MAX_CHUNK_EVENTS)) throw new RangeError(`a chunk holds 1 to ${MAX_CHUNK_EVENTS} events, not ${capacity}`);
    this.cols = CHUNK_FIELDS.map((f) => new FieldColumn(capacity, f === 'id' || f === 'raw'));
    this.time = new Float64Array(capacity);
    this.line = new Int32Array(capacity);
    this.flags = new Uint8Array(capacity);
  }

  /** Events added since the last close. */
  get size(): number {
    return this.n;
  }

  /** True when the next event would not fit: close first. */
  get full(): boolean {
    return this.n >= this.capacity || this.chars >= MAX_CHUNK_CHARS;
  }

  /** Adds one event; `details` is its details object as JSON text. Field by field: a loop of keyed reads costs more. */
  add(e: NormalizedEvent, details: string): void {
    const k = this.start(e.time, e.line, e.flags);
    const c = this.cols;
    c[F.id].add(e.id, k);
    c[F.sourceId].add(e.sourceId, k);
    c[F.category].add(e.category, k);
    c[F.timeText].add(e.timeText, k);
    c[F.actorName].add(e.actorName, k);
    c[F.actorEmail].add(e.actorEmail, k);
    c[F.actorLogin].add(e.actorLogin, k);
    c[F.actorId].add(e.actorId, k);
    c[F.actorKind].add(e.actorKind, k);
    c[F.action].add(e.action, k);
    c[F.target].add(e.target, k);
    c[F.status].add(e.status, k);
    c[F.statusText].add(e.statusText, k);
    c[F.level].add(e.level, k);
    c[F.ip].add(e.ip, k);
    c[F.serviceType].add(e.serviceType, k);
    c[F.module].add(e.module, k);
    c[F.raw].add(e.raw, k);
    c[F.details].add(details, k);
    this.chars += e.raw.length + details.length + e.timeText.length;
  }

  /** Adds one event from its values in CHUNK_FIELDS order. */
  addValues(values: readonly string[], time: number, line: number, flags: number): void {
    const k = this.start(time, line, flags);
    for (let f = 0; f < this.cols.length; f++) {
      this.cols[f].add(values[f], k);
      this.chars += values[f].length;
    }
  }

  /** Adds event `k` of another chunk. */
  addFrom(c: ChunkData, k: number): void {
    const values = CHUNK_FIELDS.map((_, f) => valueAt(c, f, k));
    this.addValues(values, c.time[k], c.line[k], c.flags[k]);
  }

  /** The chunk of the events added since the last close, or null when there are none. */
  close(): ChunkData | null {
    const n = this.n;
    if (n === 0) return null;
    const kinds = this.cols.map((col) => col.kind(n));
    let entries = 0;
    let codeBytes = 0;
    this.cols.forEach((col, f) => {
      entries += kinds[f] === LAYOUT_PLAIN ? n : col.entries.length;
      codeBytes += kinds[f] === LAYOUT_CODE8 ? n : kinds[f] === LAYOUT_CODE16 ? 2 * n : 0;
    });
    const layout = new Uint32Array(CHUNK_FIELDS.length * LAYOUT_SLOT);
    const ends = new Uint32Array(entries);
    const codes = new Uint8Array(codeBytes);
    const parts = new Array<string>(entries);
    let e = 0;
    let at = 0;
    let codeAt = 0;
    this.cols.forEach((col, f) => {
      layout.set([e, kinds[f], codeAt], f * LAYOUT_SLOT);
      for (const v of col.entries) {
        parts[e] = v;
        at += v.length;
        ends[e++] = at;
      }
      codeAt = writeCodes(col.codes, kinds[f], n, codes, codeAt);
      col.reset(n);
    });
    const chunk = { count: n, time: this.time.slice(0, n), line: this.line.slice(0, n), flags: this.flags.slice(0, n), text: parts.join(''), ends, layout, codes };
    this.n = 0;
    this.chars = 0;
    return chunk;
  }

  private start(time: number, line: number, flags: number): number {
    const k = this.n++;
    this.time[k] = time;
    this.line[k] = line;
    this.flags[k] = flags;
    return k;
  }
}

/** Writes a coded column's codes at `at`; returns the offset after them. */
function writeCodes(src: Uint16Array, kind: number, n: number, out: Uint8Array, at: number): number {
  if (kind === LAYOUT_CODE8) {
    for (let k = 0; k < n; k++) out[at + k] = src[k];
    return at + n;
  }
  if (kind === LAYOUT_CODE16) {
    for (let k = 0; k < n; k++) {
      out[at + 2 * k] = src[k] & 255;
      out[at + 2 * k + 1] = src[k] >>> 8;
    }
    return at + 2 * n;
  }
  return at;
}

/** The events of `c` at `keep` (ascending indices), as a chunk of their own; null when none. */
export function selectEvents(c: ChunkData, keep: ArrayLike<number>): ChunkData | null {
  if (keep.length === 0) return null;
  const b = new ChunkBuilder(Math.max(1, keep.length));
  for (let i = 0; i < keep.length; i++) b.addFrom(c, keep[i]);
  return b.close();
}
