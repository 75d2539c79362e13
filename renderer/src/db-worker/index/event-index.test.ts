import { describe, expect, it } from 'vitest';
import { ev, incidentEvents } from '../test-support/incident';
import { appendEvents, indexOf } from '../test-support/index-of';
import { mergeByTimeDesc, sortByTimeDesc } from './time-order';

function reference(time: Float64Array, n: number): number[] {
  return Array.from({ length: n }, (_, i) => i).sort((a, b) => time[b] - time[a] || a - b);
}

describe('time ordering', () => {
  it('radix-sorts newest first, ties in arrival order, for any input including negative times', () => {
    let seed = 7;
    const rnd = () => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed / 0x7fffffff; };
    const n = 50_000;
    const time = new Float64Array(n);
    for (let i = 0; i < n; i++) time[i] = i % 10 === 0 ? -Math.floor(rnd() * 1e9) : 1.7e12 + Math.floor(rnd() * 3e10) * (i % 3 === 0 ? 0 : 1) + (i % 7) / 2;
    expect(Array.from(sortByTimeDesc(time, 0, n))).toEqual(reference(time, n));
    expect(Array.from(sortByTimeDesc(time, 100, 3000))).toEqual(reference(time, n).filter((p) => p >= 100 && p < 3000));
  });

  it('merges two orderings', () => {
    const time = new Float64Array([5, 1, 5, 9, 3, 5]);
    const merged = mergeByTimeDesc(time, sortByTimeDesc(time, 0, 3), sortByTimeDesc(time, 3, 6));
    expect(Array.from(merged)).toEqual(reference(time, 6));
  });

  it('takes the short ways for input already in order and for ranges apart in time, ties in arrival order', () => {
    const desc = Float64Array.from({ length: 5000 }, (_, i) => 1e6 - Math.floor(i / 3));
    expect(Array.from(sortByTimeDesc(desc, 0, 5000))).toEqual(reference(desc, 5000));
    const cases = [[9, 8, 8, 7, 7, 7, 6], [3, 3, 2, 9, 8, 3], [3, 2, 2, 2, 1, 3], [5, 5, 5, 5, 5, 5], [1, 2, 3, 4, 5, 6]];
    for (const c of cases) {
      const time = Float64Array.from(c);
      for (let cut = 0; cut <= c.length; cut++) {
        const merged = mergeByTimeDesc(time, sortByTimeDesc(time, 0, cut), sortByTimeDesc(time, cut, c.length));
        expect(Array.from(merged)).toEqual(reference(time, c.length));
      }
    }
  });
});

describe('EventIndex', () => {
  it('dictionary-encodes the columns and keeps chunk references', () => {
    const events = incidentEvents();
    const index = indexOf(events, 'imp_a', 5);
    expect(index.size).toBe(12);
    expect(index.dicts.status.values).toEqual(['success', 'failure']);
    expect(index.dicts.importId.values).toEqual(['imp_a']);
    expect(index.chunks).toEqual([{ importId: 'imp_a', seq: 0 }, { importId: 'imp_a', seq: 1 }, { importId: 'imp_a', seq: 2 }]);
    expect([index.chunkNo[7], index.offset[7]]).toEqual([1, 2]);
    expect(index.dicts.actor.size).toBe(4);
  });

  it('grows past its first capacity and keeps the ordering current as events arrive', () => {
    const index = indexOf([], 'imp_0');
    const many = Array.from({ length: 3000 }, (_, i) => ev({ time: (i * 7919) % 3001 }));
    const other = indexOf(many, 'imp_b', 1000);
    expect(other.size).toBe(3000);
    expect(index.timeDesc().length).toBe(0);
    const order = other.timeDesc();
    for (let k = 1; k < order.length; k++) expect(other.time[order[k - 1]]).toBeGreaterThanOrEqual(other.time[order[k]]);
  });

  it('removes one import, compacting positions and the ordering', () => {
    const events = incidentEvents();
    const index = indexOf(events.slice(0, 7), 'imp_a', 3);
    const before = index.timeDesc();
    expect(before.length).toBe(7);
    appendEvents(index, events.slice(7), 'imp_b', 3);
    expect(index.timeDesc().length).toBe(12);
    const version = index.version;
    expect(index.removeImport('imp_a')).toBe(7);
    expect(index.version).toBeGreaterThan(version);
    expect(index.size).toBe(5);
    expect(Array.from(index.timeDesc(), (p) => index.time[p])).toEqual(events.slice(7).map((e) => e.time).sort((x, y) => y - x));
    expect(index.chunks.slice(0, 3)).toEqual([null, null, null]);
    expect(Array.from(index.chunkNo.subarray(0, 5))).toEqual([3, 3, 3, 4, 4]);
    expect(index.removeImport('imp_none')).toBe(0);
  });
});
