/**
 * Measures the in-memory index on synthetic data shaped like research/perf-limits.md (500 users,
 * 30 actions, 10% failures, 10% of IPs in 203.0.113.0/24, ~460k distinct IPs, one year ascending):
 * building it, a 4-condition filter (count and first page) and sorting by actor. Runtime-neutral
 * (Node or a worker), for `npm run bench` and ad-hoc runs; no assertions.
 */
import type { FilterNode, Query } from '../../../shared/filter/tree';
import { ChunkBuilder } from '../../../shared/model/chunk-builder';
import { CHUNK_FIELDS, type PackedChunk } from '../../../shared/model/packed-chunk';
import { EventIndex } from './index/event-index';
import { NOT_CANCELLED } from './query/cancel';
import { select } from './query/execute';
import { inThreadRegexRunner } from './regex/regex-runner';

export interface IndexBenchResult {
  events: number;
  /** appending every chunk, and the newest-first ordering after it */
  buildMs: { append: number; order: number };
  distinctIps: number;
  filter: { coldMs: number; warmMs: number; matches: number; firstPage: number[] };
  sortActor: { coldMs: number; warmMs: number };
  sortActorFiltered: { warmMs: number; matches: number };
  textContains: { coldMs: number; warmMs: number; matches: number };
}

export const BENCH_FILTER: FilterNode = {
  kind: 'and',
  children: [
    { kind: 'cond', field: 'status', op: 'eq', value: 'failure' },
    { kind: 'cond', field: 'action', op: 'in', value: ['action-1', 'action-2', 'action-3'] },
    { kind: 'cond', field: 'ip', op: 'cidr', value: '203.0.113.0/24' },
    { kind: 'cond', field: 'actor', op: 'contains', value: 'user1' },
  ],
};

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Synthetic chunks of `size` events, packed as an import stores them (raw and timeText left empty). */
export function* syntheticChunks(events: number, size = 1000, seed = 12345): Generator<PackedChunk> {
  const rnd = mulberry32(seed);
  const start = Date.UTC(2024, 0, 1);
  const step = (365 * 86_400_000) / events;
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)];
  const services = ['PC Web', 'Mobile', 'IMAP', 'POP3', 'SMTP', 'Admin', 'Drive', 'Calendar'];
  const b = new ChunkBuilder(size);
  const v: Record<string, string> = Object.fromEntries(CHUNK_FIELDS.map((f) => [f, '']));
  for (let base = 0, seq = 0; base < events; base += size, seq++) {
    const n = Math.min(size, events - base);
    for (let i = 0; i < n; i++) {
      const user = Math.floor(rnd() * 500);
      const failed = rnd() < 0.1;
      const ipn = Math.floor(rnd() * 600_000);
      const details = { loginMethod: pick(['Password', 'SSO', 'Password + 2-step verification']) };
      v.sourceId = `source.${Math.floor(rnd() * 20)}`;
      v.category = 'Login';
      v.actorName = `User ${user}`;
      v.actorEmail = `user${user}@example.com`;
      v.actorKind = 'member';
      v.action = `action-${Math.floor(rnd() * 30)}`;
      v.target = `doc-${Math.floor(rnd() * 5000)}`;
      v.status = failed ? 'failure' : 'success';
      v.statusText = failed ? 'Fail' : 'OK';
      v.level = pick(['info', 'warning', 'error']);
      v.ip = rnd() < 0.1 ? `203.0.113.${Math.floor(rnd() * 256)}` : `100.${64 + (ipn >> 16)}.${(ipn >> 8) & 255}.${ipn & 255}`;
      v.serviceType = pick(services);
      v.module = pick(['auth', 'admin', 'drive', 'mail']);
      b.addValues(`ev-${base + i}`, CHUNK_FIELDS.map((f) => v[f]), details, start + Math.floor((base + i) * step), base + i + 2, 0);
    }
    // A structured clone, as chunks come out of IndexedDB.
    yield structuredClone({ importId: 'imp_bench', seq, ...(b.close() as NonNullable<ReturnType<ChunkBuilder['close']>>) });
  }
}

function timed<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const v = fn();
  return [v, performance.now() - t0];
}

async function timedAsync<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const v = await fn();
  return [v, performance.now() - t0];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (ms: number) => Math.round(ms * 10) / 10;

/** Builds an index of `events` synthetic events and times the queries; warm figures are medians of `runs`. */
export async function benchIndex(opts: { events?: number; runs?: number } = {}): Promise<IndexBenchResult> {
  const events = opts.events ?? 1_000_000;
  const runs = opts.runs ?? 5;
  const index = new EventIndex();
  // Generated first: the build figure is the index's own cost, as when chunks arrive from IndexedDB.
  const chunks = [...syntheticChunks(events)];
  const [, appendMs] = timed(() => { for (const chunk of chunks) index.appendChunk(chunk); });
  chunks.length = 0;
  const [, orderMs] = timed(() => index.timeDesc());
  const query = (filter: FilterNode | null, field = 'time'): Query => ({ filter, period: {}, sort: { field, dir: field === 'time' ? 'desc' : 'asc' } });
  const opts2 = { regex: inThreadRegexRunner, token: NOT_CANCELLED };
  const measure = async (q: Query) => {
    const [first, coldMs] = await timedAsync(() => select(index, q, opts2));
    const warm: number[] = [];
    for (let i = 0; i < runs; i++) warm.push((await timedAsync(() => select(index, q, opts2)))[1]);
    return { positions: first, coldMs: round(coldMs), warmMs: round(median(warm)) };
  };
  const filter = await measure(query(BENCH_FILTER));
  const sortActor = await measure(query(null, 'actor'));
  const sortFiltered = await measure(query({ kind: 'cond', field: 'status', op: 'eq', value: 'failure' }, 'actor'));
  const text = await measure(query({ kind: 'cond', field: 'text', op: 'contains', value: 'user42@' }));
  return {
    events: index.size,
    buildMs: { append: Math.round(appendMs), order: Math.round(orderMs) },
    distinctIps: index.dicts.ip.size,
    filter: { coldMs: filter.coldMs, warmMs: filter.warmMs, matches: filter.positions.length, firstPage: Array.from(filter.positions.subarray(0, 100)) },
    sortActor: { coldMs: sortActor.coldMs, warmMs: sortActor.warmMs },
    sortActorFiltered: { warmMs: sortFiltered.warmMs, matches: sortFiltered.positions.length },
    textContains: { coldMs: text.coldMs, warmMs: text.warmMs, matches: text.positions.length },
  };
}
