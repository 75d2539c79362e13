import { describe, expect, it } from 'vitest';
import { bucketEdges, chooseBucketSize } from './histogram-edges';

const H = 3_600_000;
const at = (iso: string) => Date.parse(iso);
const diffs = (edges: number[]) => edges.slice(1).map((e, i) => e - edges[i]);

describe('bucket size', () => {
  it('is the smallest step that fits the range in the bars asked for', () => {
    expect(chooseBucketSize(90_000, 80)).toEqual({ unit: 'second', step: 2 });
    expect(chooseBucketSize(60 * 60_000, 80)).toEqual({ unit: 'minute', step: 1 });
    expect(chooseBucketSize(7 * 24 * H, 80)).toEqual({ unit: 'hour', step: 3 });
    expect(chooseBucketSize(7 * 24 * H, 10)).toEqual({ unit: 'day', step: 1 });
    expect(chooseBucketSize(150 * 24 * H, 80)).toEqual({ unit: 'day', step: 2 });
    expect(chooseBucketSize(180 * 24 * H, 80)).toEqual({ unit: 'week', step: 1 });
    expect(chooseBucketSize(180 * 24 * H, 20)).toEqual({ unit: 'month', step: 1 });
    expect(chooseBucketSize(3 * 365 * 24 * H, 80)).toEqual({ unit: 'month', step: 1 });
    expect(chooseBucketSize(30 * 365.25 * 24 * H, 10)).toEqual({ unit: 'month', step: 60 });
  });
});

describe('bucket edges in the display zone', () => {
  it('Asia/Tokyo: 3-hour buckets start at local midnight (15:00 UTC)', () => {
    const from = at('2024-05-13T01:30:00+09:00');
    const edges = bucketEdges(from, at('2024-05-20T00:00:00+09:00'), { unit: 'hour', step: 3 }, 'Asia/Tokyo');
    expect(edges[0]).toBe(at('2024-05-13T00:00:00+09:00'));
    expect(edges.at(-1)).toBe(at('2024-05-20T00:00:00+09:00'));
    expect(new Set(diffs(edges))).toEqual(new Set([3 * H]));
    expect(edges).toHaveLength(7 * 8 + 1);
  });

  it('Asia/Tokyo: days at local midnight, the last edge at or after the end', () => {
    const edges = bucketEdges(at('2024-05-13T08:59:59Z'), at('2024-05-15T16:00:00Z'), { unit: 'day', step: 1 }, 'Asia/Tokyo');
    expect(edges).toEqual(['2024-05-12T15:00:00Z', '2024-05-13T15:00:00Z', '2024-05-14T15:00:00Z', '2024-05-15T15:00:00Z', '2024-05-16T15:00:00Z'].map(at));
  });

  it('America/New_York: the days of the DST changes are 23 and 25 hours long', () => {
    const spring = bucketEdges(at('2024-03-09T12:00:00-05:00'), at('2024-03-11T12:00:00-04:00'), { unit: 'day', step: 1 }, 'America/New_York');
    expect(spring).toEqual(['2024-03-09T05:00:00Z', '2024-03-10T05:00:00Z', '2024-03-11T04:00:00Z', '2024-03-12T04:00:00Z'].map(at));
    expect(diffs(spring)).toEqual([24 * H, 23 * H, 24 * H]);
    const fall = bucketEdges(at('2024-11-03T00:30:00-04:00'), at('2024-11-03T23:00:00-05:00'), { unit: 'day', step: 1 }, 'America/New_York');
    expect(diffs(fall)).toEqual([25 * H]);
  });

  it('America/New_York: hourly buckets stay an hour long across the change; 3-hour ones keep 00/03/06', () => {
    const hourly = bucketEdges(at('2024-03-10T00:10:00-05:00'), at('2024-03-10T04:00:00-04:00'), { unit: 'hour', step: 1 }, 'America/New_York');
    expect(hourly).toEqual(['2024-03-10T05:00:00Z', '2024-03-10T06:00:00Z', '2024-03-10T07:00:00Z', '2024-03-10T08:00:00Z'].map(at));
    const three = bucketEdges(at('2024-03-10T00:10:00-05:00'), at('2024-03-10T07:00:00-04:00'), { unit: 'hour', step: 3 }, 'America/New_York');
    // 00:00 EST, 03:00 EDT (two real hours later), 06:00 EDT
    expect(three).toEqual(['2024-03-10T05:00:00Z', '2024-03-10T07:00:00Z', '2024-03-10T10:00:00Z', '2024-03-10T13:00:00Z'].map(at));
  });

  it('months start on the 1st at local midnight, whatever their length', () => {
    const tokyo = bucketEdges(at('2024-01-15T00:00:00+09:00'), at('2024-05-02T00:00:00+09:00'), { unit: 'month', step: 1 }, 'Asia/Tokyo');
    expect(tokyo).toEqual(['2024-01-01', '2024-02-01', '2024-03-01', '2024-04-01', '2024-05-01', '2024-06-01'].map((d) => at(`${d}T00:00:00+09:00`)));
    const ny = bucketEdges(at('2024-02-10T00:00:00Z'), at('2024-04-10T00:00:00Z'), { unit: 'month', step: 1 }, 'America/New_York');
    expect(ny).toEqual(['2024-02-01T05:00:00Z', '2024-03-01T05:00:00Z', '2024-04-01T04:00:00Z', '2024-05-01T04:00:00Z'].map(at));
    const quarters = bucketEdges(at('2024-05-20T00:00:00Z'), at('2024-08-20T00:00:00Z'), { unit: 'month', step: 3 }, 'UTC');
    expect(quarters).toEqual(['2024-04-01', '2024-07-01', '2024-10-01'].map((d) => at(`${d}T00:00:00Z`)));
    const years = bucketEdges(at('2013-06-01T00:00:00Z'), at('2021-01-01T00:00:00Z'), { unit: 'month', step: 60 }, 'UTC');
    expect(years).toEqual(['2010-01-01', '2015-01-01', '2020-01-01', '2025-01-01'].map((d) => at(`${d}T00:00:00Z`)));
  });

  it('weeks start on Monday', () => {
    const edges = bucketEdges(at('2024-05-15T12:00:00Z'), at('2024-05-21T00:00:00Z'), { unit: 'week', step: 1 }, 'UTC');
    expect(edges).toEqual(['2024-05-13T00:00:00Z', '2024-05-20T00:00:00Z', '2024-05-27T00:00:00Z'].map(at));
  });

  it('minutes are aligned to the wall clock, also in a zone 5:45 from UTC', () => {
    const edges = bucketEdges(at('2024-05-14T10:07:30+05:45'), at('2024-05-14T10:21:00+05:45'), { unit: 'minute', step: 5 }, 'Asia/Kathmandu');
    expect(edges).toEqual(['10:05', '10:10', '10:15', '10:20', '10:25'].map((t) => at(`2024-05-14T${t}:00+05:45`)));
    const secs = bucketEdges(at('2024-05-14T10:00:07.5Z'), at('2024-05-14T10:00:12Z'), { unit: 'second', step: 2 }, 'UTC');
    expect(secs).toEqual([6, 8, 10, 12].map((s) => at(`2024-05-14T10:00:${String(s).padStart(2, '0')}Z`)));
  });
});
