/**
 * The sources' own fields (`details.<key>`) as index columns: one dictionary per key, and per event
 * the code of its value (0 = no value). Codes start one byte wide and widen when a key has more
 * distinct values, because most keys have a handful (login method, HTTP method) and a column per
 * key costs its width times the number of events.
 */
import { parseDetails } from '../../../../shared/model/batch';
import { CHUNK_FIELDS, FIELD, entryValue, isPlain, localCodes, valueRange, type ChunkData } from '../../../../shared/model/packed-chunk';
import { detach, Dictionary } from './dictionary';

/**
 * Keys indexed at most. Past this, a file that uses record ids as keys would cost a column per
 * record; conditions and sorts on the keys beyond it are refused with their name.
 */
export const MAX_DETAIL_KEYS = 256;

type Codes = Uint8Array | Uint16Array | Int32Array;

export class DetailColumn {
  /** code 0 is the empty text: the event has no value for the key */
  readonly dict = new Dictionary();
  codes: Codes;

  constructor(readonly key: string, capacity: number) {
    this.dict.encode('');
    this.codes = new Uint8Array(capacity);
  }

  set(position: number, code: number): void {
    if (code > 255 && this.codes instanceof Uint8Array) this.codes = widen(this.codes, Uint16Array);
    if (code > 65_535 && this.codes instanceof Uint16Array) this.codes = widen(this.codes, Int32Array);
    this.codes[position] = code;
  }
}

function widen<T extends Codes>(from: Codes, to: new (n: number) => T): T {
  const out = new to(from.length);
  out.set(from);
  return out;
}

/** One event's details resolved to columns and codes, cached per details text. */
interface Resolved { columns: DetailColumn[]; codes: number[] }

const NOTHING: Resolved = { columns: [], codes: [] };

/**
 * Calls `put(event, code)` for each event of the chunk with `encode(value)` of its value of field
 * `f`, encoding each distinct value once (a plain field: once per run of equal values).
 */
function encodeValues(chunk: ChunkData, f: number, encode: (v: string) => number, put: (event: number, code: number) => void): void {
  const n = chunk.count;
  const { first, end } = valueRange(chunk, f);
  if (isPlain(chunk, f)) {
    let last: string | undefined;
    let code = 0;
    for (let i = 0; i < n; i++) {
      const v = entryValue(chunk, f, first + i);
      if (v !== last) { last = v; code = encode(v); }
      put(i, code);
    }
    return;
  }
  const codes = new Int32Array(end - first);
  for (let e = first; e < end; e++) codes[e - first] = encode(entryValue(chunk, f, e));
  const local = localCodes(chunk, f);
  for (let i = 0; i < n; i++) put(i, codes[local[i]]);
}

/**
 * Distinct details texts remembered across chunks, per generation (two generations: an
 * approximate LRU). NAVER WORKS Login rows repeat ~20k shapes per million events; parsing each
 * text instead costs ~1.8 s per million, a cache that was too small thrashed into the same.
 */
const RESOLVED_GENERATION = 32_768;

export class DetailColumns {
  readonly byKey = new Map<string, DetailColumn>();
  /** keys seen past MAX_DETAIL_KEYS, so that a condition on one can say why it cannot run */
  readonly refused = new Set<string>();
  private capacity: number;
  private young = new Map<string, Resolved>();
  private old = new Map<string, Resolved>();

  constructor(capacity: number) {
    this.capacity = capacity;
  }

  get(key: string): DetailColumn | undefined {
    return this.byKey.get(key);
  }

  reserve(capacity: number): void {
    this.capacity = capacity;
    for (const col of this.byKey.values()) col.codes = grow(col.codes, capacity);
  }

  /**
   * Encodes the details of a chunk's events, from position `base`: each key field's distinct
   * values once, then a typed-array read per event; the keys beyond the chunk's key fields
   * (`detailsRest`, JSON) per distinct text.
   */
  appendChunk(chunk: ChunkData, base: number): void {
    chunk.keys.forEach((key, j) => {
      const col = this.column(key);
      if (col) encodeValues(chunk, CHUNK_FIELDS.length + j, (v) => col.dict.encode(v), (i, code) => col.set(base + i, code));
    });
    const resolved: Resolved[] = [];
    encodeValues(chunk, FIELD.detailsRest, (text) => resolved.push(this.resolve(text)) - 1, (i, r) => this.put(resolved[r], base + i));
  }

  private put(r: Resolved, position: number): void {
    for (let k = 0; k < r.columns.length; k++) r.columns[k].set(position, r.codes[k]);
  }

  /** Copies position `from` to `to` (compaction after a rollback). */
  move(from: number, to: number): void {
    for (const col of this.byKey.values()) col.codes[to] = col.codes[from];
  }

  /** Clears positions `from..to-1`, so that later events start with no value for any key. */
  clear(from: number, to: number): void {
    for (const col of this.byKey.values()) col.codes.fill(0, from, to);
  }

  private resolve(text: string): Resolved {
    if (text === '') return NOTHING;
    const hit = this.young.get(text) ?? this.old.get(text);
    if (hit) return hit;
    const columns: DetailColumn[] = [];
    const codes: number[] = [];
    const details = parseDetails(text);
    for (const key in details) {
      const value = details[key];
      if (value === '') continue;
      const col = this.column(key);
      if (!col) continue;
      columns.push(col);
      codes.push(col.dict.encode(value));
    }
    const r = { columns, codes };
    if (this.young.size >= RESOLVED_GENERATION) {
      this.old = this.young;
      this.young = new Map();
    }
    // A slice of a chunk's packed text would keep that whole text alive as a map key.
    this.young.set(detach(text), r);
    return r;
  }

  private column(key: string): DetailColumn | null {
    let col = this.byKey.get(key);
    if (col) return col;
    if (this.byKey.size >= MAX_DETAIL_KEYS) {
      if (this.refused.size < 10_000) this.refused.add(key);
      return null;
    }
    col = new DetailColumn(key, this.capacity);
    this.byKey.set(key, col);
    return col;
  }
}

function grow(codes: Codes, capacity: number): Codes {
  if (codes.length >= capacity) return codes;
  const out = new (codes.constructor as new (n: number) => Codes)(capacity);
  out.set(codes);
  return out;
}
