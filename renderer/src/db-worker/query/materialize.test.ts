import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '../../../../shared/model/event';
import { openHarness } from '../test-support/harness';
import { batchFrame, beginText, incidentEvents, record } from '../test-support/incident';
import { selectOf } from '../test-support/select';
import { materialize } from './materialize';

describe('page materialization', () => {
  it('returns full events in result order across chunk boundaries', async () => {
    const h = await openHarness();
    const events = incidentEvents();
    await h.sink.receive(beginText(record('imp_a')));
    await h.sink.receive(batchFrame('imp_a', 0, events));
    const expected: AuditEvent[] = events.map((e) => ({ ...e, importId: 'imp_a' })).sort((a, b) => b.time - a.time);

    const positions = await selectOf(h.ctx.index, { filter: null, period: {}, sort: { field: 'time', dir: 'desc' } });
    const page = await materialize(h.ctx.index, h.ctx.chunkCache, positions.subarray(2, 9));
    expect(page).toEqual(expected.slice(2, 9));
    expect(new Set(Array.from(positions.subarray(2, 9), (p) => h.ctx.index.chunkNo[p])).size).toBeGreaterThan(1);

    const asc = await selectOf(h.ctx.index, { filter: null, period: {}, sort: { field: 'time', dir: 'asc' } });
    expect(await materialize(h.ctx.index, h.ctx.chunkCache, asc)).toEqual([...expected].reverse());
    const admin3 = (await materialize(h.ctx.index, h.ctx.chunkCache, positions.subarray(1, 2)))[0];
    expect(admin3.details).toEqual({ service: 'Contacts', formula: '=1+1' });
  });

  it('fails clearly when the rows were rolled back meanwhile', async () => {
    const h = await openHarness();
    await h.sink.receive(beginText(record('imp_a')));
    await h.sink.receive(batchFrame('imp_a', 0, incidentEvents()));
    await h.ctx.db.chunks.clear();
    const positions = await selectOf(h.ctx.index, { filter: null, period: {}, sort: { field: 'time', dir: 'desc' } });
    await expect(materialize(h.ctx.index, h.ctx.chunkCache, positions)).rejects.toMatchObject({ code: 'not-found' });
  });
});
