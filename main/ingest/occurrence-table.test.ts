import { describe, expect, it } from 'vitest';
import { OccurrenceTable } from './occurrence-table';

describe('OccurrenceTable', () => {
  it('counts earlier occurrences of each key, across growth', () => {
    const t = new OccurrenceTable();
    const keys = Array.from({ length: 200_000 }, (_, i) => [i * 7919 + 2 ** 40, i * 104729] as const);
    expect(keys.filter(([a, b]) => t.next(a, b) !== 0)).toEqual([]);
    expect(t.next(keys[5][0], keys[5][1])).toBe(1);
    expect(t.next(keys[5][0], keys[5][1])).toBe(2);
    expect(t.next(keys[199_999][0], keys[199_999][1])).toBe(1);
  });

  it('tells keys apart that share a lane', () => {
    const t = new OccurrenceTable();
    expect(t.next(42, 1)).toBe(0);
    expect(t.next(42, 2)).toBe(0);
    expect(t.next(42, 1)).toBe(1);
  });
});
