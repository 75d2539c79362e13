import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Query } from '../../../shared/filter/tree';
import type { WorkerContext } from './context';
import { createDispatcher } from './dispatch';
import type { RpcReply } from './protocol';
import type { RegexRunner } from './regex/regex-runner';
import { openHarness } from './test-support/harness';
import { batchFrame, beginText, endText, incidentEvents, record } from './test-support/incident';

const ALL: Query = { filter: null, period: {}, sort: { field: 'time', dir: 'desc' } };
const REGEX: Query = { ...ALL, filter: { kind: 'cond', field: 'action', op: 'matches', value: '^change' } };

async function loaded(): Promise<WorkerContext> {
  const h = await openHarness();
  await h.sink.receive(beginText(record('imp_a')));
  await h.sink.receive(batchFrame('imp_a', 0, incidentEvents()));
  await h.sink.receive(endText('imp_a', 12));
  return h.ctx;
}

/** A dispatcher whose deferred starts run only when the test says so. */
function manual(ctx: WorkerContext) {
  const queued: (() => void)[] = [];
  const replies: RpcReply[] = [];
  const rpc = createDispatcher(ctx, (r) => replies.push(r), (run) => queued.push(run));
  const drain = async () => {
    while (queued.length) queued.shift()!();
    for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 0));
  };
  return { rpc, replies, drain, byId: (id: number) => replies.find((r) => r.id === id) };
}

describe('lanes', () => {
  it('answers calls superseded before they started without running them; the newest runs', async () => {
    const { rpc, drain, byId } = manual(await loaded());
    rpc.receive({ id: 1, method: 'count', params: ALL, lane: 'count' });
    rpc.receive({ id: 2, method: 'count', params: { ...ALL, period: { from: 0 } }, lane: 'count' });
    rpc.receive({ id: 3, method: 'count', params: { ...ALL, filter: { kind: 'cond', field: 'status', op: 'eq', value: 'failure' } }, lane: 'count' });
    rpc.receive({ id: 4, method: 'count', params: ALL, lane: 'other' });
    await drain();
    expect(byId(1)).toEqual({ id: 1, ok: false, error: { code: 'superseded', message: 'a newer request on the lane "count" replaced this one' } });
    expect(byId(2)).toMatchObject({ ok: false, error: { code: 'superseded' } });
    expect(byId(3)).toMatchObject({ ok: true, value: { total: 4 } });
    expect(byId(4)).toMatchObject({ ok: true, value: { total: 12 } });
  });

  it('runs calls without a lane at once', async () => {
    const { rpc, replies } = manual(await loaded());
    rpc.receive({ id: 7, method: 'stats', params: {} });
    await new Promise((r) => setTimeout(r, 0));
    expect(replies).toEqual([{ id: 7, ok: true, value: expect.objectContaining({ events: 12 }) }]);
  });

  it('stops a running call at its next check when a newer one arrives on its lane', async () => {
    const ctx = await loaded();
    let started = 0;
    // A regex that never finishes on its own: only cancellation ends it.
    const stuck: RegexRunner = {
      tables: (_p, _c, _l, _b, token) => new Promise((_, reject) => { started++; token.onCancel(reject); }),
      dispose: () => undefined,
    };
    const { rpc, drain, byId } = manual({ ...ctx, regex: stuck });
    rpc.receive({ id: 1, method: 'page', params: { query: REGEX, start: 0, end: 10 }, lane: 'grid' });
    await drain();
    expect(started).toBe(1);
    expect(byId(1)).toBeUndefined();
    rpc.receive({ id: 2, method: 'count', params: ALL, lane: 'grid' });
    await drain();
    expect(byId(1)).toMatchObject({ ok: false, error: { code: 'superseded' } });
    expect(byId(2)).toMatchObject({ ok: true, value: { total: 12 } });
  });
});
