import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { RpcReply, WorkerEvent } from '../db-worker/protocol';
import { freshDbName } from '../db-worker/test-support/harness';
import { startWorker, type WorkerScope } from '../db-worker/worker';
import { createDbClient, type WorkerLike } from './db-client';

/** A Worker whose other end is the real worker code, in this thread. */
function inProcessWorker(): WorkerLike {
  const toClient: ((e: MessageEvent) => void)[] = [];
  let toWorker: (e: { data: unknown }) => void = () => undefined;
  const scope: WorkerScope = {
    postMessage: (m: WorkerEvent | RpcReply) => { setTimeout(() => toClient.forEach((cb) => cb({ data: structuredClone(m) } as MessageEvent))); },
    addEventListener: (_t, cb) => { toWorker = cb; },
  };
  void startWorker(scope, { dbName: freshDbName() });
  return {
    postMessage: (m) => { setTimeout(() => toWorker({ data: structuredClone(m) })); },
    addEventListener: (_t, cb) => { toClient.push(cb); },
    terminate: () => undefined,
  };
}

describe('db client', () => {
  it('calls the worker and resolves with typed values, and delivers unsolicited messages', async () => {
    const worker = inProcessWorker();
    const client = createDbClient(worker);
    const ready = new Promise<{ events: number; indexMs: number }>((resolve) => {
      const off = client.on('ready', (m) => { off(); resolve(m); });
    });
    expect(await ready).toMatchObject({ events: 0 });
    expect(await client.stats()).toEqual({ events: 0, minTime: null, maxTime: null });
    expect(await client.count({ filter: null, period: {}, sort: { field: 'time', dir: 'desc' } })).toMatchObject({ total: 0 });
    expect(await client.imports()).toEqual([]);
    expect(await client.sources()).toEqual([]);
  });

  it('rejects with an AppError carrying the worker\'s code', async () => {
    const worker = inProcessWorker();
    const client = createDbClient(worker);
    await expect(client.count({ filter: { kind: 'cond', field: 'action', op: 'matches', value: '(' }, period: {}, sort: { field: 'time', dir: 'desc' } }))
      .rejects.toMatchObject({ name: 'AppError', code: 'invalid-input', message: expect.stringMatching(/bad regex: Invalid regular expression/) });
    await expect(client.page({ query: { filter: null, period: {}, sort: { field: 'time', dir: 'desc' } }, start: 0, end: 20_000 }))
      .rejects.toMatchObject({ code: 'invalid-input' });
  });

  it('rejects an older call on the same lane at once with `superseded`, and ignores its late reply', async () => {
    const listeners: ((e: MessageEvent) => void)[] = [];
    const posts: { id: number; method: string; lane?: string }[] = [];
    const worker: WorkerLike = {
      postMessage: (m) => posts.push(m as { id: number; method: string; lane?: string }),
      addEventListener: (_t, cb) => { listeners.push(cb); },
      terminate: () => undefined,
    };
    const reply = (data: unknown) => listeners.forEach((cb) => cb({ data } as MessageEvent));
    const client = createDbClient(worker);
    const ALL = { filter: null, period: {}, sort: { field: 'time', dir: 'desc' as const } };
    const first = client.count(ALL, { lane: 'count' });
    const other = client.summary({ query: ALL, facets: ['status'], limit: 5, zone: 'UTC' }, { lane: 'summary' });
    const second = client.count(ALL, { lane: 'count' });
    await expect(first).rejects.toMatchObject({ name: 'AppError', code: 'superseded' });
    expect(posts.map((p) => [p.id, p.method, p.lane])).toEqual([[1, 'count', 'count'], [2, 'summary', 'summary'], [3, 'count', 'count']]);
    reply({ id: 1, ok: true, value: { total: 99, ms: 1 } });
    reply({ id: 3, ok: true, value: { total: 12, ms: 1 } });
    reply({ id: 2, ok: false, error: { code: 'superseded', message: 'replaced' } });
    expect(await second).toEqual({ total: 12, ms: 1 });
    await expect(other).rejects.toMatchObject({ code: 'superseded' });
    // no lane: nothing supersedes anything
    const a = client.count(ALL);
    const b = client.count(ALL);
    reply({ id: 4, ok: true, value: { total: 1, ms: 0 } });
    reply({ id: 5, ok: true, value: { total: 2, ms: 0 } });
    expect([await a, await b]).toEqual([{ total: 1, ms: 0 }, { total: 2, ms: 0 }]);
    expect(posts.slice(3).every((p) => !('lane' in p))).toBe(true);
  });

  it('runs the search calls against the real worker', async () => {
    const client = createDbClient(inProcessWorker());
    const ALL = { filter: null, period: {}, sort: { field: 'time', dir: 'desc' as const } };
    expect(await client.fields()).toEqual({ details: [] });
    expect(await client.values({ field: 'actor', prefix: '', limit: 5 })).toMatchObject({ values: [] });
    expect(await client.histogram({ query: ALL, zone: 'Asia/Tokyo' })).toMatchObject({ edges: [], success: [] });
    expect(await client.summary({ query: ALL, facets: ['status', 'details.loginMethod'], limit: 5, zone: 'UTC' }, { lane: 'summary' }))
      .toMatchObject({ total: 0, facets: { status: [], 'details.loginMethod': [] }, histogram: { edges: [] } });
    await expect(client.histogram({ query: ALL, zone: 'Mars/Olympus' })).rejects.toMatchObject({ code: 'invalid-input' });
  });

  it('unsubscribes, ignores foreign messages, hands over the data channel and fails pending calls on dispose', async () => {
    const listeners: ((e: MessageEvent) => void)[] = [];
    const posts: { m: unknown; t?: unknown[] }[] = [];
    const worker: WorkerLike = { postMessage: (m, t) => posts.push({ m, t }), addEventListener: (_t, cb) => { listeners.push(cb); }, terminate: () => undefined };
    const client = createDbClient(worker);
    const seen: string[] = [];
    const off = client.on('data-changed', () => seen.push('changed'));
    const emit = (data: unknown) => listeners.forEach((cb) => cb({ data } as MessageEvent));
    emit({ type: 'data-changed' });
    off();
    emit({ type: 'data-changed' });
    emit({ something: 'else' });
    emit({ id: 999, ok: true, value: 1 });
    expect(seen).toEqual(['changed']);

    client.connectData({ wsUrl: 'ws://127.0.0.1:5/data' });
    const { port1 } = new MessageChannel();
    client.connectData({ port: port1 as unknown as MessagePort });
    expect(posts[0]).toEqual({ m: { type: 'connect-data', wsUrl: 'ws://127.0.0.1:5/data' }, t: undefined });
    expect(posts[1].t).toEqual([port1]);
    port1.close();

    const pending = client.stats();
    client.dispose();
    await expect(pending).rejects.toMatchObject({ code: 'internal' });
  });
});
