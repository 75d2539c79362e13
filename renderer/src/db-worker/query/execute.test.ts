import { describe, expect, it } from 'vitest';
import type { Query, Sort } from '../../../../shared/filter/tree';
import { ev, incidentEvents, JST } from '../test-support/incident';
import { appendEvents, idsAt, indexOf } from '../test-support/index-of';
import { selectOf, TEST_SELECT } from '../test-support/select';
import { SelectionCache } from './execute';
import { facetCounts } from './facets';
import { sourceSummaries, stats } from './summaries';

const events = incidentEvents();
const index = indexOf(events);
const q = (sort: Sort, period: Query['period'] = {}, filter: Query['filter'] = null): Query => ({ filter, period, sort });
const DESC: Sort = { field: 'time', dir: 'desc' };

describe('select: period and sort', () => {
  it('takes the period from inclusive to exclusive', async () => {
    expect(idsAt(events, await selectOf(index, q(DESC, { from: JST('02:05:03'), to: JST('02:31:18') })))).toEqual(['spray-4', 'spray-3', 'spray-2', 'spray-1']);
    expect(idsAt(events, await selectOf(index, q(DESC, { from: JST('03:12:45') })))).toEqual(['mobile', 'admin-3']);
    expect(idsAt(events, await selectOf(index, q(DESC, { to: JST('02:05:03') })))).toEqual(['office-2', 'office-1']);
    expect((await selectOf(index, q(DESC, { from: JST('05:00:00'), to: JST('04:00:00') }))).length).toBe(0);
  });

  it('sorts by time both ways', async () => {
    const desc = idsAt(events, await selectOf(index, q(DESC)));
    expect(desc[0]).toBe('mobile');
    expect(desc.at(-1)).toBe('office-1');
    expect(idsAt(events, await selectOf(index, q({ field: 'time', dir: 'asc' })))).toEqual([...desc].reverse());
  });

  it('sorts by actor display text, ties newest first', async () => {
    const asc = idsAt(events, await selectOf(index, q({ field: 'actor', dir: 'asc' })));
    expect(asc).toEqual(['spray-4', 'spray-2', 'office-2', 'mobile', 'admin-3', 'admin-2', 'admin-1', 'pc-web', 'break-in', 'spray-3', 'spray-1', 'office-1']);
    const desc = idsAt(events, await selectOf(index, q({ field: 'actor', dir: 'desc' })));
    expect(desc).toEqual(['pc-web', 'break-in', 'spray-3', 'spray-1', 'office-1', 'admin-3', 'admin-2', 'admin-1', 'mobile', 'spray-4', 'spray-2', 'office-2']);
  });

  it('sorts IPs by address, and combines sort with filter and period', async () => {
    const ips = Array.from(await selectOf(index, q({ field: 'ip', dir: 'asc' })), (p) => events[p].ip);
    expect(ips).toEqual(['198.51.100.10', '198.51.100.11', ...Array(5).fill('203.0.113.45'), ...Array(3).fill('203.0.113.77'), '2001:db8:4:12::7', '2001:db8:dead:beef::45']);
    const filtered = await selectOf(index, q({ field: 'serviceType', dir: 'asc' }, { from: JST('02:00:00'), to: JST('03:00:00') }, { kind: 'cond', field: 'actor', op: 'contains', value: 'yuki' }));
    expect(idsAt(events, filtered)).toEqual(['break-in', 'spray-1', 'pc-web', 'spray-3']);
  });

  it('refuses an unknown sort field before doing any work', async () => {
    await expect(selectOf(index, q({ field: 'nope', dir: 'asc' }))).rejects.toThrow(/unknown field nope/);
    await expect(selectOf(index, q({ field: 'text', dir: 'asc' }))).rejects.toThrow(/cannot be used here/);
  });

  it('sorts by a details key, events without it first when ascending, ties newest first', async () => {
    const ids = idsAt(events, await selectOf(index, q({ field: 'details.loginMethod', dir: 'asc' })));
    expect(ids.slice(-2)).toEqual(['break-in', 'office-1']);
    expect(ids.slice(0, -2)).toEqual(events.filter((e) => !e.details.loginMethod).map((e) => e.id).sort(byTimeDesc));
    const desc = idsAt(events, await selectOf(index, q({ field: 'details.loginMethod', dir: 'desc' })));
    expect(desc.slice(0, 2)).toEqual(['break-in', 'office-1']);
    // a key no event has: every event ties, newest first
    expect(idsAt(events, await selectOf(index, q({ field: 'details.nothing', dir: 'asc' })))).toEqual(events.map((e) => e.id).sort(byTimeDesc));
  });

  it('sorts by line and by the time as written (its instant)', async () => {
    const lines = Array.from(await selectOf(index, q({ field: 'line', dir: 'asc' })), (p) => events[p].line);
    expect(lines).toEqual(events.map((e) => e.line).sort((a, b) => a - b));
    const down = Array.from(await selectOf(index, q({ field: 'line', dir: 'desc' })), (p) => events[p].line);
    expect(down).toEqual([...lines].reverse());
    expect(await selectOf(index, q({ field: 'timeText', dir: 'desc' }))).toEqual(await selectOf(index, q(DESC)));
  });
});

describe('SelectionCache', () => {
  it('computes a query once per index version', async () => {
    const idx = indexOf(events.slice(0, 6));
    const cache = new SelectionCache();
    const query = q(DESC);
    const first = await cache.get(idx, query, TEST_SELECT);
    expect(first.cached).toBe(false);
    expect(await cache.get(idx, query, TEST_SELECT)).toEqual({ positions: first.positions, cached: true });
    appendEvents(idx, [ev({ id: 'late', time: JST('12:00:00', 16) })], 'imp_late');
    const after = await cache.get(idx, query, TEST_SELECT);
    expect(after.cached).toBe(false);
    expect(after.positions.length).toBe(7);
  });
});

describe('summaries', () => {
  it('counts events per source with their time range', () => {
    expect(sourceSummaries(index)).toEqual([
      { sourceId: 'naverworks.login', category: 'Login', count: 9, minTime: JST('09:01:10', 13), maxTime: JST('08:00:00', 15) },
      { sourceId: 'naverworks.admin', category: 'Admin', count: 3, minTime: JST('02:44:00'), maxTime: JST('03:12:45') },
    ]);
    expect(stats(index)).toEqual({ events: 12, minTime: JST('09:01:10', 13), maxTime: JST('08:00:00', 15) });
    expect(stats(indexOf([]))).toEqual({ events: 0, minTime: null, maxTime: null });
  });

  it('counts values of a field over a selection', async () => {
    const all = await selectOf(index, q(DESC));
    expect(facetCounts(index, all, 'serviceType', 3)).toEqual([
      { value: 'IMAP', count: 3 }, { value: 'PC Web', count: 3 }, { value: 'Admin', count: 3 },
    ].sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1)));
    expect(facetCounts(index, all, 'actorEmail', 10)[0]).toEqual({ value: 'yuki.tanaka@example.com', count: 5 });
  });
});

function byTimeDesc(a: string, b: string): number {
  const t = (id: string) => events.find((e) => e.id === id)!.time;
  return t(b) - t(a);
}
