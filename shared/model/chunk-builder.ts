/**
 * Builds packed chunks (packed-chunk.ts) event by event: the ingest's batches, the DB worker's
 * chunks rebuilt without their duplicates, upgraded old chunks and test data. Each field keeps a
 * dictionary of the chunk's distinct values, and a field whose last chunk had nearly all-distinct
 * values (raw JSON records, times) skips it for a while: a Map lookup per event is the largest cost
 * of building a chunk. A CSV record's cells replace its raw line when they rebuild it, and fields
 * equal to a cell become aliases of it (row-cells.ts).
 */
import type { NormalizedEvent } from './event';
import { ALIAS_UNDECIDED, FieldColumn, NO_ALIAS } from './field-column';
import { findAlias, JOINED_QUOTED, joinsTo, NOT_JOINED } from './row-cells';
import {
  CHUNK_EVENTS, CHUNK_FIELDS, FIELD, LAYOUT_ALIAS, LAYOUT_CODE16, LAYOUT_CODE8, LAYOUT_SLOT, MAX_CELL_FIELDS, MAX_CHUNK_EVENTS, MAX_KEY_FIELDS, CHUNK_ONLY_FLAGS, RAW_FROM_CELLS, RAW_QUOTED,
  detailsAt, idAt, rawAt, setOwn, valueAt, type ChunkData,
} from './packed-chunk';
import { formatIdLanes, readIdLanes, readLanes } from '../util/id-lanes';

/** A chunk closes early past this many characters of values, far below V8's longest string (~2^29). */
export const MAX_CHUNK_CHARS = 32 * 1024 * 1024;
/** Per-key columns remembered between chunks (with their dictionary statistics). */
const KNOWN_KEYS = 1024;

const F = FIELD;
const FIXED = CHUNK_FIELDS.length;

export class ChunkBuilder {
  private readonly cols: FieldColumn[];
  /** this chunk's detail key columns, in first-seen order */
  private keyCols: FieldColumn[] = [];
  private keys: string[] = [];
  private readonly keyIndex = new Map<string, number>();
  /** the key fields of the event being added, in its own order */
  private readonly keyOrder = new Int32Array(MAX_KEY_FIELDS);
  private readonly known = new Map<string, FieldColumn>();
  /** CSV cell columns, kept across chunks; this chunk uses the first `cellCount` */
  private readonly cellCols: FieldColumn[] = [];
  private cellCount = 0;
  private cellSep = '';
  /** the current event's cells (null when it has none in this chunk's cell fields): what aliases compare with */
  private cellVals: readonly string[] | null = null;
  private readonly time: Float64Array;
  private readonly line: Int32Array;
  private readonly flags: Uint8Array;
  private readonly lanes: Float64Array;
  /** ids as text once one of this chunk's ids is not two lanes (test data, never the ingest) */
  private idTexts: string[] | null = null;
  private n = 0;
  private charCount = 0;

  constructor(readonly capacity = CHUNK_EVENTS) {
    if (!(capacity >= 1 && capacity <= MAX_CHUNK_EVENTS)) throw new RangeError(`a chunk holds 1 to ${MAX_CHUNK_EVENTS} events, not ${capacity}`);
    // raw is mostly empty (its cells rebuild it) or all distinct: the dictionary settles which
    this.cols = CHUNK_FIELDS.map((f) => new FieldColumn(capacity, f === 'timeText', f !== 'id' && f !== 'raw' && f !== 'detailsRest'));
    this.time = new Float64Array(capacity);
    this.line = new Int32Array(capacity);
    this.flags = new Uint8Array(capacity);
    this.lanes = new Float64Array(2 * capacity);
  }

  /** Events added since the last close. */
  get size(): number {
    return this.n;
  }

  /** Characters of values added since the last close (about the text's length). */
  get chars(): number {
    return this.charCount;
  }

  /** True when the next event would not fit: close first. */
  get full(): boolean {
    return this.n >= this.capacity || this.charCount >= MAX_CHUNK_CHARS;
  }

  /**
   * Adds one event. `lanes`: its id as two hash lanes, when the caller has them (the ingest);
   * otherwise `e.id` is read. `cells` and `sep`: the CSV record the event was read from, kept
   * instead of the raw line when they rebuild it exactly. Field by field: a loop of keyed reads
   * costs more.
   */
  add(e: NormalizedEvent, lanes?: ArrayLike<number>, cells?: readonly string[], sep = ''): void {
    const k = this.start(e.time, e.line, e.flags);
    this.setId(k, e.id, lanes);
    const c = this.cols;
    // cells first: the fields that are one of them store nothing (aliases)
    if (cells && this.addCells(k, e.raw, cells, sep)) c[F.raw].add('', k);
    else c[F.raw].add(e.raw, k);
    this.put(c[F.sourceId], e.sourceId, k);
    this.put(c[F.category], e.category, k);
    this.put(c[F.timeText], e.timeText, k);
    this.put(c[F.actorName], e.actorName, k);
    this.put(c[F.actorEmail], e.actorEmail, k);
    this.put(c[F.actorLogin], e.actorLogin, k);
    this.put(c[F.actorId], e.actorId, k);
    this.put(c[F.actorKind], e.actorKind, k);
    this.put(c[F.action], e.action, k);
    this.put(c[F.target], e.target, k);
    this.put(c[F.status], e.status, k);
    this.put(c[F.statusText], e.statusText, k);
    this.put(c[F.level], e.level, k);
    this.put(c[F.ip], e.ip, k);
    this.put(c[F.serviceType], e.serviceType, k);
    this.put(c[F.module], e.module, k);
    this.addDetails(e.details, k);
    this.charCount += e.raw.length + e.timeText.length + 64;
  }

  /** Adds one event from its values: `values[f]` for the fixed fields but id and detailsRest (raw verbatim). */
  addValues(id: string, values: readonly string[], details: Record<string, string>, time: number, line: number, flags: number): void {
    const k = this.start(time, line, flags);
    this.setId(k, id);
    this.skipCells(k);
    for (let f = 0; f < FIXED; f++) {
      if (f === F.id || f === F.detailsRest) continue;
      this.put(this.cols[f], values[f], k);
      this.charCount += values[f].length;
    }
    this.addDetails(details, k);
  }

  /** Adds event `k` of another chunk (its raw line verbatim). */
  addFrom(c: ChunkData, k: number, parse: (json: string) => Record<string, string>): void {
    const values = CHUNK_FIELDS.map((_, f) => (f === F.id || f === F.detailsRest ? '' : f === F.raw ? rawAt(c, k) : valueAt(c, f, k)));
    this.addValues(idAt(c, k), values, detailsAt(c, k, parse), c.time[k], c.line[k], c.flags[k]);
  }

  /** The chunk of the events added since the last close, or null when there are none. */
  close(): ChunkData | null {
    const n = this.n;
    if (n === 0) return null;
    const idCol = this.cols[F.id];
    for (let k = 0; k < n; k++) idCol.add(this.idTexts ? this.idTexts[k] : '', k);
    this.skipCells(n - 1);
    const fields = [...this.cols, ...this.keyCols, ...this.cellCols.slice(0, this.cellCount)];
    const kinds = fields.map((col) => col.kind(n));
    let entries = 0;
    let codeBytes = 0;
    fields.forEach((col, f) => {
      entries += col.entryCount(kinds[f], n);
      codeBytes += (kinds[f] & 3) === LAYOUT_CODE8 ? n : (kinds[f] & 3) === LAYOUT_CODE16 ? 2 * n : 0;
    });
    const layout = new Uint32Array(fields.length * LAYOUT_SLOT);
    const ends = new Uint32Array(entries);
    const codes = new Uint8Array(codeBytes);
    const parts: string[] = [];
    let codeAt = 0;
    const firstCell = FIXED + this.keys.length;
    fields.forEach((col, f) => {
      layout.set([parts.length, kinds[f], kinds[f] & LAYOUT_ALIAS ? firstCell + col.alias : codeAt], f * LAYOUT_SLOT);
      col.writeEntries(kinds[f], n, parts);
      codeAt = col.writeCodes(kinds[f], n, codes, codeAt);
    });
    let at = 0;
    for (let e = 0; e < parts.length; e++) ends[e] = at += parts[e].length;
    const chunk: ChunkData = {
      count: n, time: this.time.slice(0, n), line: this.line.slice(0, n), flags: this.flags.slice(0, n),
      ids: this.idTexts ? new Float64Array(0) : this.lanes.slice(0, 2 * n), keys: this.keys, cells: this.cellCount, cellSep: this.cellSep,
      text: parts.join(''), ends, layout, codes,
    };
    this.reset(n);
    return chunk;
  }

  private reset(n: number): void {
    for (const col of this.cols) col.reset(n);
    for (const col of this.keyCols) col.reset(n);
    for (let i = 0; i < this.cellCount; i++) this.cellCols[i].reset(n);
    this.cellCount = 0;
    this.cellSep = '';
    this.keyCols = [];
    this.keys = [];
    this.keyIndex.clear();
    this.idTexts = null;
    this.n = 0;
    this.charCount = 0;
  }

  /**
   * Field value `v` of event `k` into `col`. A column whose first value of the chunk is one of the
   * event's cells becomes an alias of that cell and stores nothing as long as it keeps having the
   * cell's value (statusText, serviceType, the details of a CSV row: the very same strings).
   */
  private put(col: FieldColumn, v: string, k: number): void {
    const a = col.alias;
    if (a >= 0) {
      if (this.cellVals !== null && col.matches(v, this.cellVals[a])) {
        col.filled = k + 1;
        return;
      }
      col.adopt(this.cellCols[a], k);
    } else if (a === ALIAS_UNDECIDED) {
      col.alias = NO_ALIAS;
      if (k === 0 && v !== '' && this.cellVals !== null && findAlias(col, v, this.cellVals)) {
        col.filled = 1;
        return;
      }
    }
    col.add(v, k);
  }

  private start(time: number, line: number, flags: number): number {
    const k = this.n++;
    this.time[k] = time;
    this.line[k] = line;
    this.flags[k] = flags & ~CHUNK_ONLY_FLAGS;
    return k;
  }

  /**
   * Keeps event `k`'s cells when they rebuild its raw line exactly (and fit this chunk's cells):
   * true when they were taken and the event carries RAW_FROM_CELLS.
   */
  private addCells(k: number, raw: string, cells: readonly string[], sep: string): boolean {
    if (this.cellCount === 0 && sep.length === 1 && cells.length <= MAX_CELL_FIELDS) this.startCells(cells.length, sep, k);
    if (cells.length !== this.cellCount || sep !== this.cellSep) {
      this.skipCells(k);
      return false;
    }
    // kept even when they do not rebuild the line: other fields may be aliases of them
    for (let i = 0; i < cells.length; i++) this.cellCols[i].add(cells[i], k);
    this.cellVals = cells;
    const joined = joinsTo(raw, cells, sep);
    if (joined === NOT_JOINED) return false;
    this.flags[k] |= joined === JOINED_QUOTED ? RAW_FROM_CELLS | RAW_QUOTED : RAW_FROM_CELLS;
    return true;
  }

  private startCells(count: number, sep: string, k: number): void {
    while (this.cellCols.length < count) this.cellCols.push(new FieldColumn(this.capacity, false, false));
    this.cellCount = count;
    this.cellSep = sep;
    // the events before it kept their raw lines
    for (let i = 0; i < k; i++) this.skipCells(i);
  }

  /** Empty cells for event `k` (and any event before it that has none yet). */
  private skipCells(k: number): void {
    this.cellVals = null;
    for (let i = 0; i < this.cellCount; i++) {
      const col = this.cellCols[i];
      while (col.filled <= k) col.add('', col.filled);
    }
  }

  private setId(k: number, id: string, lanes?: ArrayLike<number>): void {
    const known = lanes !== undefined || (this.idTexts === null && readIdLanes(id));
    const a = lanes ? lanes[0] : readLanes[0];
    const b = lanes ? lanes[1] : readLanes[1];
    if (this.idTexts) {
      this.idTexts.push(lanes ? formatIdLanes(a, b) : id);
    } else if (known) {
      this.lanes[2 * k] = a;
      this.lanes[2 * k + 1] = b;
    } else {
      // an id that is not two lanes: this chunk keeps its ids as text
      this.idTexts = [];
      for (let i = 0; i < k; i++) this.idTexts.push(formatIdLanes(this.lanes[2 * i], this.lanes[2 * i + 1]));
      this.idTexts.push(id);
    }
  }

  /**
   * One value per key field for event `k` ('' for a key it lacks); keys past MAX_KEY_FIELDS as
   * JSON. Reading puts the key fields first, in the chunk's order, then the JSON's keys: an event
   * whose own key order differs from that keeps its details whole in the JSON, so that they read
   * back in the order the source gave them.
   */
  private addDetails(d: Record<string, string>, k: number): void {
    const order = this.keyOrder;
    let count = 0;
    let rest: Record<string, string> | null = null;
    let inOrder = true;
    for (const key in d) {
      let j = this.keyIndex.get(key);
      if (j === undefined && this.keys.length < MAX_KEY_FIELDS) j = this.newKey(key, k);
      if (j === undefined) {
        setOwn((rest ??= {}), key, d[key]);
      } else if (rest !== null || (count > 0 && j <= order[count - 1])) {
        inOrder = false;
        break;
      } else {
        order[count++] = j;
      }
    }
    if (inOrder) {
      for (let i = 0; i < count; i++) this.put(this.keyCols[order[i]], d[this.keys[order[i]]], k);
    }
    for (const col of this.keyCols) if (col.filled <= k) this.put(col, '', k);
    this.cols[F.detailsRest].add(!inOrder ? JSON.stringify(d) : rest ? JSON.stringify(rest) : '', k);
  }


  private newKey(key: string, k: number): number {
    let col = this.known.get(key);
    if (!col) {
      if (this.known.size >= KNOWN_KEYS) this.known.clear();
      col = new FieldColumn(this.capacity, false);
      this.known.set(key, col);
    }
    // a key first met at event k: the events before it have no value for it
    if (k > 0) col.alias = NO_ALIAS;
    for (let i = 0; i < k; i++) col.add('', i);
    this.keyIndex.set(key, this.keys.length);
    this.keys.push(key);
    this.keyCols.push(col);
    return this.keys.length - 1;
  }
}

/** The events of `c` at `keep` (ascending indices), as a chunk of their own; null when none. */
export function selectEvents(c: ChunkData, keep: ArrayLike<number>, parse: (json: string) => Record<string, string>): ChunkData | null {
  if (keep.length === 0) return null;
  const b = new ChunkBuilder(Math.max(1, keep.length));
  for (let i = 0; i < keep.length; i++) b.addFrom(c, keep[i], parse);
  return b.close();
}
