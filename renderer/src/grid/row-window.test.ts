import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '../../../shared/model/event';
import { blocksFor, MAX_BLOCKS, RowWindow } from './row-window';

const ev = (i: number) => ({ id: String(i) }) as AuditEvent;

describe('row window', () => {
  it('covers a range with blocks, clamped to the result', () => {
    expect(blocksFor(0, 9, 1000, 100)).toEqual([0]);
    expect(blocksFor(95, 205, 1000, 100)).toEqual([0, 1, 2]);
    expect(blocksFor(950, 1200, 1000, 100)).toEqual([9]);
    expect(blocksFor(0, 10, 0)).toEqual([]);
  });
  it('fetches each block once and keeps a bounded cache over a million rows', async () => {
    const total = 1_000_000;
    const calls: number[] = [];
    const w = new RowWindow(async (s, e) => { calls.push(s); return { rows: Array.from({ length: e - s }, (_, k) => ev(s + k)), total }; }, () => undefined, 100);
    w.ensure(0, 30);
    w.ensure(0, 30);
    await Promise.resolve(); await Promise.resolve();
    expect(calls).toEqual([0]);
    expect(w.total).toBe(total);
    expect(w.row(17)?.id).toBe('17');
    for (let i = 0; i < 60; i++) w.ensure(i * 10_000, i * 10_000 + 20);
    await new Promise((r) => setTimeout(r, 0));
    expect(w.cachedBlocks()).toBeLessThanOrEqual(MAX_BLOCKS);
    expect(w.row(590_005)?.id).toBe('590005');
  });
});
