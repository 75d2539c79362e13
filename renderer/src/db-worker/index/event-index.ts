/**
 * The in-memory columnar index of every stored event: time, line, where the event lives (chunk
 * number and offset), dictionary codes of the fields filters, sorts and facets use, and the
 * sources' own fields (detail-columns.ts). Positions are dense (0..size-1) in arrival order; a
 * rollback compacts them. ~70 MB per million events, plus a byte or more per detail key.
 */
import {
  FIELD, entryValue, isPlain, localCodes, valueRange, type PackedChunk,
} from '../../../../shared/model/packed-chunk';
import { actorKey } from './actor-key';
import { DetailColumns } from './detail-columns';
import { Dictionary } from './dictionary';
import { IpColumn } from './ip-column';
import { mergeByTimeDesc, sortByTimeDesc } from './time-order';

export const INDEX_COLUMNS = [
  'sourceId', 'category', 'actor', 'actorKind', 'action', 'target', 'status', 'statusText',
  'level', 'ip', 'serviceType', 'module', 'importId', 'actorId',
] as const;
export type IndexColumn = (typeof INDEX_COLUMNS)[number];

/** The columns read straight from a chunk field of the same name. */
const PLAIN_COLUMNS = ['sourceId', 'category', 'actorKind', 'action', 'target', 'status', 'statusText', 'level', 'serviceType', 'module', 'actorId'] as const;

export interface ChunkKey { importId: string; seq: number }

const FIRST_CAPACITY = 1024;

function grown<T extends Float64Array | Int32Array | Uint16Array>(a: T, capacity: number): T {
  const b = new (a.constructor as new (n: number) => T)(capacity);
  b.set(a);
  return b;
}

export class EventIndex {
  size = 0;
  /** bumped on every change; selections cached under an older version are stale */
  version = 0;
  /**
   * bumped when events are removed (positions move); while it stays, events are only appended,
   * so aggregates over positions 0..n-1 stay valid and can be extended with the new ones
   */
  removals = 0;
  time = new Float64Array(FIRST_CAPACITY);
  line = new Int32Array(FIRST_CAPACITY);
  chunkNo = new Int32Array(FIRST_CAPACITY);
  offset = new Uint16Array(FIRST_CAPACITY);
  readonly codes = {} as Record<IndexColumn, Int32Array>;
  readonly dicts = {} as Record<IndexColumn, Dictionary>;
  /** chunk number → its key in the chunks table; null once rolled back */
  readonly chunks: (ChunkKey | null)[] = [];
  /** the ip column's encoder and per-address values */
  readonly ips: IpColumn;
  readonly details = new DetailColumns(FIRST_CAPACITY);
  private order: Int32Array = new Int32Array(0);
  /** numbers of the distinct names, e-mails and logins (one dictionary for the three) */
  private readonly actorTexts = new Dictionary();
  private readonly actorCodes = new Map<number, Map<number, number>>();

  constructor() {
    for (const c of INDEX_COLUMNS) {
      this.codes[c] = new Int32Array(FIRST_CAPACITY);
      this.dicts[c] = new Dictionary();
    }
    this.ips = new IpColumn(this.dicts.ip);
  }

  /**
   * Appends a stored chunk's events. Values are resolved once per distinct entry of the chunk
   * (its dictionaries) and events get their codes through a typed-array lookup: a string hash per
   * event and column was most of the cost of indexing an import.
   */
  appendChunk(chunk: PackedChunk): void {
    const n = chunk.count;
    this.reserve(this.size + n);
    const chunkNo = this.chunks.length;
    this.chunks.push({ importId: chunk.importId, seq: chunk.seq });
    const base = this.size;
    for (let i = 0; i < n; i++) {
      this.time[base + i] = chunk.time[i];
      this.line[base + i] = chunk.line[i];
      this.chunkNo[base + i] = chunkNo;
      this.offset[base + i] = i;
    }
    for (const c of PLAIN_COLUMNS) {
      const dict = this.dicts[c];
      encodeField(chunk, FIELD[c], (v) => dict.encode(v), this.codes[c], base);
    }
    encodeField(chunk, FIELD.ip, (v) => this.ips.encode(v), this.codes.ip, base);
    this.encodeActors(chunk, base);
    this.codes.importId.fill(this.dicts.importId.encode(chunk.importId), base, base + n);
    this.details.appendChunk(chunk, base);
    this.size += n;
    this.version++;
  }

  /** Drops every event of an import, compacting positions. Returns how many were removed. */
  removeImport(importId: string): number {
    const code = this.dicts.importId.lookup(importId);
    if (code < 0) return 0;
    const imp = this.codes.importId;
    const remap = new Int32Array(this.size);
    let w = 0;
    for (let p = 0; p < this.size; p++) {
      if (imp[p] === code) { remap[p] = -1; continue; }
      remap[p] = w;
      if (w !== p) this.move(p, w);
      w++;
    }
    const removed = this.size - w;
    if (removed === 0) return 0;
    this.details.clear(w, this.size);
    this.size = w;
    this.removals++;
    this.order = remapOrder(this.order, remap);
    this.chunks.forEach((k, i) => { if (k?.importId === importId) this.chunks[i] = null; });
    this.version++;
    return removed;
  }

  /** Every position, newest first (ties in arrival order). The array is never mutated later. */
  timeDesc(): Int32Array {
    if (this.order.length < this.size) {
      const fresh = sortByTimeDesc(this.time, this.order.length, this.size);
      this.order = this.order.length ? mergeByTimeDesc(this.time, this.order, fresh) : fresh;
    }
    return this.order;
  }

  /**
   * Actor codes by (name, email, login): each distinct entry of the three fields gets a number
   * (a dictionary of their texts), and a combination of numbers its actor code. Joining the three texts per event cost
   * more than the rest of indexing an event.
   */
  private encodeActors(chunk: PackedChunk, base: number): void {
    const out = this.codes.actor;
    const fields = [FIELD.actorName, FIELD.actorEmail, FIELD.actorLogin];
    const [names, emails, logins] = fields.map((f) => this.entryIds(chunk, f));
    const [nameOf, emailOf, loginOf] = fields.map((f) => localCodes(chunk, f));
    let lastPair = -1;
    let lastLogin = -1;
    let lastCode = -1;
    for (let i = 0; i < chunk.count; i++) {
      const name = names[nameOf[i]];
      const email = emails[emailOf[i]];
      const login = logins[loginOf[i]];
      // a text id is below 2^24 long before the dictionaries are, so the pair fits a double exactly
      const pair = name * 16_777_216 + email;
      if (pair !== lastPair || login !== lastLogin) {
        lastPair = pair;
        lastLogin = login;
        lastCode = this.actorCode(pair, login, name, email);
      }
      out[base + i] = lastCode;
    }
  }

  /** The actorTexts number of each value entry of field `f`. */
  private entryIds(chunk: PackedChunk, f: number): Int32Array {
    const { first, end } = valueRange(chunk, f);
    const out = new Int32Array(end - first);
    for (let e = first; e < end; e++) out[e - first] = this.actorTexts.encode(entryValue(chunk, f, e));
    return out;
  }

  private actorCode(pair: number, login: number, name: number, email: number): number {
    let byLogin = this.actorCodes.get(pair);
    if (!byLogin) this.actorCodes.set(pair, (byLogin = new Map()));
    let code = byLogin.get(login);
    if (code === undefined) {
      const t = this.actorTexts.values;
      byLogin.set(login, (code = this.dicts.actor.encode(actorKey(t[name], t[email], t[login]))));
    }
    return code;
  }

  private move(from: number, to: number): void {
    this.time[to] = this.time[from];
    this.line[to] = this.line[from];
    this.chunkNo[to] = this.chunkNo[from];
    this.offset[to] = this.offset[from];
    for (const c of INDEX_COLUMNS) this.codes[c][to] = this.codes[c][from];
    this.details.move(from, to);
  }

  private reserve(needed: number): void {
    if (needed <= this.time.length) return;
    let capacity = this.time.length;
    while (capacity < needed) capacity *= 2;
    this.time = grown(this.time, capacity);
    this.line = grown(this.line, capacity);
    this.details.reserve(capacity);
    this.chunkNo = grown(this.chunkNo, capacity);
    this.offset = grown(this.offset, capacity);
    for (const c of INDEX_COLUMNS) this.codes[c] = grown(this.codes[c], capacity);
  }
}

/**
 * Codes of field `f` for the chunk's events into `out` from `base`: each distinct entry encoded
 * once. A plain field (a value per event) is encoded event by event, skipping repeats.
 */
function encodeField(chunk: PackedChunk, f: number, encode: (v: string) => number, out: Int32Array, base: number): void {
  const n = chunk.count;
  const { first, end } = valueRange(chunk, f);
  if (isPlain(chunk, f)) {
    let last: string | undefined;
    let lastCode = -1;
    for (let i = 0; i < n; i++) {
      const v = entryValue(chunk, f, first + i);
      if (v !== last) { last = v; lastCode = encode(v); }
      out[base + i] = lastCode;
    }
    return;
  }
  const codes = new Int32Array(end - first);
  for (let e = first; e < end; e++) codes[e - first] = encode(entryValue(chunk, f, e));
  const local = localCodes(chunk, f);
  for (let i = 0; i < n; i++) out[base + i] = codes[local[i]];
}

/** A newest-first ordering after compaction: removed positions dropped, the rest renumbered. */
function remapOrder(order: Int32Array, remap: Int32Array): Int32Array {
  const out = new Int32Array(order.length);
  let w = 0;
  for (let k = 0; k < order.length; k++) {
    const p = remap[order[k]];
    if (p >= 0) out[w++] = p;
  }
  return out.slice(0, w);
}
