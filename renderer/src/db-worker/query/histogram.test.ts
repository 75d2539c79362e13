import { describe, expect, it } from 'vitest';
import type { Query } from '../../../../shared/filter/tree';
import { incidentEvents, JST } from '../test-support/incident';
import { indexOf } from '../test-support/index-of';
import { selectOf } from '../test-support/select';
import { histogram } from './histogram';

const events = incidentEvents();
const index = indexOf(events);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const q = (period: Query['period'] = {}, filter: Query['filter'] = null): Query => ({ filter, period, sort: { field: 'time', dir: 'desc' } });

describe('histogram', () => {
  it('covers the selection from its first to its last event, by status', async () => {
    const all = await selectOf(index, q());
    const h = histogram(index, all, {}, 'Asia/Tokyo');
    expect(h).toMatchObject({ unit: 'hour', step: 1 });
    expect(h.edges[0]).toBe(JST('09:00:00', 13));
    expect(h.edges.at(-1)).toBe(JST('09:00:00', 15));
    expect(h.edges).toHaveLength(48 + 1);
    const night = (JST('02:00:00') - JST('09:00:00', 13)) / 3_600_000;
    expect([h.failure[night], h.success[night], h.unknown[night]]).toEqual([4, 4, 0]);
    expect(h.success[night + 1]).toBe(1); // admin-3 at 03:12:45
    expect(sum(h.success) + sum(h.failure) + sum(h.unknown)).toBe(12);
    expect([h.success.length, h.failure.length, h.unknown.length]).toEqual([48, 48, 48]);
  });

  it('uses the period when both ends are set, and aims at the bars asked for', async () => {
    const period = { from: JST('00:00:00', 14), to: JST('00:00:00', 15) };
    const h = histogram(index, await selectOf(index, q(period)), period, 'Asia/Tokyo', 12);
    expect(h).toMatchObject({ unit: 'hour', step: 2 });
    expect(h.edges[0]).toBe(period.from);
    expect(h.edges.at(-1)).toBe(period.to);
    expect(sum(h.success) + sum(h.failure)).toBe(9);
    expect(h.failure[1]).toBe(4); // 02:00–04:00
  });

  it('aligns to another zone', async () => {
    const all = await selectOf(index, q());
    const h = histogram(index, all, {}, 'America/New_York');
    // New York is UTC-4 in May: its hours fall on whole UTC hours too, its days do not
    expect(h.edges[0] % 3_600_000).toBe(0);
    const days = histogram(index, all, {}, 'America/New_York', 3);
    expect(days).toMatchObject({ unit: 'day', step: 1 });
    expect(new Date(days.edges[0]).toISOString()).toBe('2024-05-12T04:00:00.000Z');
    expect(sum(days.success) + sum(days.failure) + sum(days.unknown)).toBe(12);
  });

  it('has no buckets for an empty selection without a closed period, empty ones with it', async () => {
    const none = await selectOf(index, q({}, { kind: 'cond', field: 'status', op: 'eq', value: 'nothing' }));
    expect(histogram(index, none, {}, 'UTC')).toMatchObject({ edges: [], success: [], failure: [], unknown: [] });
    expect(histogram(index, none, { from: JST('00:00:00', 14) }, 'UTC').edges).toEqual([]);
    const period = { from: Date.UTC(2024, 0, 1), to: Date.UTC(2024, 6, 1) };
    const h = histogram(index, none, period, 'Asia/Tokyo');
    expect(h.unit).toBe('week');
    expect(h.edges.length).toBeGreaterThan(20);
    expect(sum(h.success) + sum(h.failure) + sum(h.unknown)).toBe(0);
    expect(histogram(index, none, { from: 5, to: 5 }, 'UTC').edges).toEqual([]);
  });
});
