import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { ToMain } from '../../../shared/data-channel';
import type { SocketLike } from './data-link';
import type { RpcReply, WorkerEvent } from './protocol';
import { freshDbName } from './test-support/harness';
import { batchFrame, beginText, incidentEvents, record } from './test-support/incident';
import { startWorker, type WorkerScope } from './worker';

function fakeScope() {
  const posted: (WorkerEvent | RpcReply)[] = [];
  let listener: (e: { data: unknown }) => void = () => undefined;
  const scope: WorkerScope = { postMessage: (m) => posted.push(m), addEventListener: (_t, cb) => { listener = cb; } };
  return { scope, posted, send: (data: unknown) => listener({ data }) };
}

function fakeSocket() {
  const handlers = new Map<string, (e: { data: unknown }) => void>();
  const sent: ToMain[] = [];
  const socket = {
    readyState: 1,
    send: (t: string) => sent.push(JSON.parse(t) as ToMain),
    close: () => undefined,
    addEventListener: (type: string, cb: (e: { data: unknown }) => void) => { handlers.set(type, cb); },
  };
  return { socket: socket as unknown as SocketLike, sent, fromMain: (data: string | ArrayBuffer) => handlers.get('message')?.({ data }) };
}

/** Polls until `ok()` holds (fake-indexeddb is asynchronous and slower under a parallel test run). */
async function until(ok: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
}
const has = (posted: unknown[], pred: (m: Record<string, unknown>) => boolean) => posted.some((m) => pred(m as Record<string, unknown>));

describe('worker entry', () => {
  it('says ready, answers RPC (also requests sent before ready) and takes the data channel', async () => {
    const { scope, posted, send } = fakeScope();
    const ws = fakeSocket();
    const started = startWorker(scope, { dbName: freshDbName(), dataChangedMs: 0, openSocket: () => ws.socket });
    send({ id: 1, method: 'stats', params: {} });
    await started;
    await until(() => has(posted, (m) => m.id === 1));
    expect(posted[0]).toMatchObject({ type: 'ready', events: 0 });
    expect(posted).toContainEqual({ id: 1, ok: true, value: { events: 0, minTime: null, maxTime: null } });

    send({ type: 'connect-data', wsUrl: 'ws://127.0.0.1:1/data' });
    await new Promise((r) => setTimeout(r, 0));
    ws.fromMain(beginText(record('imp_a')));
    ws.fromMain(batchFrame('imp_a', 0, incidentEvents()));
    await until(() => ws.sent.length > 0);
    expect(ws.sent).toEqual([{ t: 'ack', importId: 'imp_a', seq: 0, added: 12, duplicates: 0 }]);
    expect(posted.some((m) => 'type' in m && m.type === 'import-progress')).toBe(true);
    expect(posted.some((m) => 'type' in m && m.type === 'data-changed')).toBe(true);

    send({ id: 2, method: 'count', params: { filter: null, period: {}, sort: { field: 'time', dir: 'desc' } } });
    await until(() => has(posted, (m) => m.id === 2));
    expect(posted).toContainEqual(expect.objectContaining({ id: 2, ok: true, value: expect.objectContaining({ total: 12 }) }));
  });

  it('refuses a data channel URL that is not a WebSocket', async () => {
    const { scope, posted, send } = fakeScope();
    await startWorker(scope, { dbName: freshDbName() });
    send({ type: 'connect-data', wsUrl: 'http://example.com/' });
    await until(() => has(posted, (m) => m.type === 'start-failed'));
    expect(posted.at(-1)).toMatchObject({ type: 'start-failed', message: expect.stringMatching(/not a WebSocket URL/) });
  });
});
