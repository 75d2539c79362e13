/**
 * The in-memory columnar index of every stored event: time, line, where the event lives (chunk
 * number and offset), dictionary codes of the fields filters, sorts and facets use, and the
 * sources' own fields (detail-columns.ts). Positions are dense (0..size-1) in arrival order; a
 * rollback compacts them. ~70 MB per million events, plus a byte or more per detail key.
 */
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

/** What the index reads from a chunk record (a ChunkRecord satisfies it). */
export interface IndexSource {
  importId: string;
  seq: number;
  count: number;
  time: ArrayLike<number>;
  line: ArrayLike<number>;
  sourceId: string[]; category: string[]; actorName: string[]; actorEmail: string[]; actorLogin: string[];
  actorId: string[]; actorKind: string[]; action: string[]; target: string[]; status: string[]; statusText: string[];
  level: string[]; ip: string[]; serviceType: string[]; module: string[];
  /** one JSON object text per event */
  details: string[];
}

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
  private readonly actorCodes = new Map<string, Map<string, Map<string, number>>>();

  constructor() {
    for (const c of INDEX_COLUMNS) {
      this.codes[c] = new Int32Array(FIRST_CAPACITY);
      this.dicts[c] = new Dictionary();
    }
    this.ips = new IpColumn(this.dicts.ip);
  }

  appendChunk(chunk: IndexSource): void {
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
    for (const c of INDEX_COLUMNS) {
      if (c === 'actor' || c === 'importId' || c === 'ip') continue;
      encodeInto(this.dicts[c], chunk[c], this.codes[c], base, n);
    }
    const ipCodes = this.codes.ip;
    for (let i = 0; i < n; i++) ipCodes[base + i] = this.ips.encode(chunk.ip[i]);
    this.encodeActors(chunk, base, n);
    this.codes.importId.fill(this.dicts.importId.encode(chunk.importId), base, base + n);
    this.details.append(chunk.details, base, n);
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
   * Nested maps by name, email and login instead of one joined key per event: joining allocates
   * and hashes a fresh string for each of a million events.
   */
  private encodeActors(chunk: IndexSource, base: number, n: number): void {
    const out = this.codes.actor;
    for (let i = 0; i < n; i++) {
      const name = chunk.actorName[i];
      const email = chunk.actorEmail[i];
      const login = chunk.actorLogin[i];
      let byEmail = this.actorCodes.get(name);
      if (!byEmail) this.actorCodes.set(name, (byEmail = new Map()));
      let byLogin = byEmail.get(email);
      if (!byLogin) byEmail.set(email, (byLogin = new Map()));
      let code = byLogin.get(login);
      if (code === undefined) byLogin.set(login, (code = this.dicts.actor.encode(actorKey(name, email, login))));
      out[base + i] = code;
    }
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

function encodeInto(dict: Dictionary, values: string[], out: Int32Array, base: number, n: number): void {
  // Neighbouring events often share a value (same source, user, status): skip the map lookup.
  let last: string | undefined;
  let lastCode = -1;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v !== last) { last = v; lastCode = dict.encode(v); }
    out[base + i] = lastCode;
  }
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
