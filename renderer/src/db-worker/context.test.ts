import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { FilterNode, Query } from '../../../shared/filter/tree';
import { openContext } from './context';
import { materialize } from './query/materialize';
import { selectOf } from './test-support/select';
import { freshDbName, openHarness } from './test-support/harness';
import { batchFrame, beginText, endText, incidentEvents, JST, record } from './test-support/incident';

const queries: Query[] = [
  { filter: null, period: {}, sort: { field: 'time', dir: 'desc' } },
  { filter: null, period: {}, sort: { field: 'actor', dir: 'asc' } },
  { filter: { kind: 'cond', field: 'ip', op: 'cidr', value: '203.0.113.0/24' }, period: { from: JST('02:00:00') }, sort: { field: 'time', dir: 'asc' } },
  { filter: { kind: 'or', children: [{ kind: 'cond', field: 'status', op: 'eq', value: 'failure' }, { kind: 'cond', field: 'text', op: 'contains', value: 'mobile' }] } as FilterNode, period: {}, sort: { field: 'ip', dir: 'desc' } },
];

describe('opening the database', () => {
  it('rebuilds an identical index from the chunk records', async () => {
    const name = freshDbName();
    const h = await openHarness(name);
    const events = incidentEvents();
    await h.sink.receive(beginText(record('imp_a', 'a.csv', 1)));
    await h.sink.receive(batchFrame('imp_a', 0, events.slice(0, 7)));
    await h.sink.receive(endText('imp_a', 7));
    await h.sink.receive(beginText(record('imp_b', 'b.csv', 2)));
    await h.sink.receive(batchFrame('imp_b', 0, events.slice(7)));
    await h.sink.receive(endText('imp_b', 5));
    const ids = async (ctx: typeof h.ctx, query: Query) => (await materialize(ctx.index, ctx.chunkCache, await selectOf(ctx.index, query))).map((e) => e.id);
    const before = await Promise.all(queries.map((query) => ids(h.ctx, query)));
    h.ctx.db.close();

    const { ctx, indexMs } = await openContext({ dbName: name, emit: () => undefined });
    expect(indexMs).toBeGreaterThanOrEqual(0);
    expect(ctx.index.size).toBe(12);
    expect(ctx.ids).toEqual(h.ctx.ids);
    expect(ctx.index.chunks).toEqual(h.ctx.index.chunks);
    for (const col of ['time', 'chunkNo', 'offset'] as const) expect(ctx.index[col].subarray(0, 12)).toEqual(h.ctx.index[col].subarray(0, 12));
    expect(await Promise.all(queries.map((query) => ids(ctx, query)))).toEqual(before);
    expect(before[0]).toHaveLength(12);
    ctx.db.close();
  });

  it('rolls back an import left running by a closed window', async () => {
    const name = freshDbName();
    const h = await openHarness(name);
    await h.sink.receive(beginText(record('imp_done', 'a.csv', 1)));
    await h.sink.receive(batchFrame('imp_done', 0, incidentEvents().slice(0, 3)));
    await h.sink.receive(endText('imp_done', 3));
    await h.sink.receive(beginText(record('imp_cut', 'b.csv', 2)));
    await h.sink.receive(batchFrame('imp_cut', 0, incidentEvents().slice(3)));
    h.ctx.db.close();

    const { ctx } = await openContext({ dbName: name, emit: () => undefined });
    expect(ctx.index.size).toBe(3);
    expect(await ctx.db.imports.get('imp_cut')).toMatchObject({ status: 'failed', added: 0, message: expect.stringMatching(/interrupted/) });
    expect(await ctx.db.chunks.count()).toBe(1);
    ctx.db.close();
  });
});
