import { describe, expect, it } from 'vitest';
import { axisTicks, brushPeriod, bucketAt, bucketRange, bucketsPeriod, layoutBars, niceMax, type HistogramData } from './histogram-geometry';

const H = 3_600_000;
const start = Date.UTC(2024, 4, 13, 15); // 2024-05-14 00:00 in Tokyo
const data: HistogramData = {
  unit: 'hour', step: 1,
  edges: Array.from({ length: 7 }, (_, i) => start + i * H),
  success: [1, 0, 0, 2, 0, 5],
  failure: [0, 30, 0, 1, 0, 0],
  unknown: [0, 0, 0, 0, 4, 0],
};

describe('histogram geometry', () => {
  it('rounds the count axis to 1, 2 or 5 times a power of ten', () => {
    expect([0, 1, 3, 7, 30, 31, 120, 999].map(niceMax)).toEqual([1, 1, 5, 10, 50, 50, 200, 1000]);
  });

  it('stacks failure, unknown, success bottom-up, scaled to the round top', () => {
    const { bars, top } = layoutBars(data, 600, 100);
    expect(top).toBe(50);
    expect(bars).toHaveLength(6);
    expect(bars[1].segments).toEqual([{ status: 'failure', y: 40, h: 60, count: 30 }]);
    expect(bars[3].segments.map((s) => s.status)).toEqual(['failure', 'success']);
    expect(bars[3].segments[1].y).toBeLessThan(bars[3].segments[0].y);
    expect(bars[2].segments).toEqual([]);
    expect(bars[5].x).toBeCloseTo(500.5);
  });

  it('turns a drag into whole buckets, in either direction, clamped to the chart', () => {
    expect(bucketAt(6, 600, 250)).toBe(2);
    expect(bucketAt(6, 600, -10)).toBe(0);
    expect(bucketAt(6, 600, 9999)).toBe(5);
    expect(brushPeriod(data.edges, 600, 320, 110)).toEqual({ from: start + H, to: start + 4 * H });
    expect(brushPeriod(data.edges, 600, 10, 10)).toEqual({ from: start, to: start + H });
    expect(brushPeriod([start], 600, 0, 10)).toBeNull();
    expect(bucketsPeriod(data.edges, 4, 2)).toEqual({ from: start + 2 * H, to: start + 5 * H });
  });

  it('labels the axis and the tooltip in the display zone', () => {
    const ticks = axisTicks(data, 600, 'Asia/Tokyo');
    expect(ticks.map((t) => t.label)).toEqual(['05-14 00:00', '01:00', '02:00', '03:00', '04:00', '05:00']);
    expect(axisTicks(data, 600, 'UTC')[0].label).toBe('05-13 15:00');
    // narrow: every other boundary, the day-long first label never overlapping the next
    const narrow = axisTicks(data, 240, 'Asia/Tokyo');
    expect(narrow.map((t) => t.label)).toEqual(['05-14 00:00', '04:00']);
    for (let i = 1; i < narrow.length; i++) expect(narrow[i].x).toBeGreaterThan(narrow[i - 1].x + 11 * 6.5);
    expect(bucketRange(data, 2, 'Asia/Tokyo')).toBe('2024-05-14 02:00 – 03:00');
    const days: HistogramData = { ...data, unit: 'day', edges: [start, start + 24 * H, start + 48 * H] };
    expect(bucketRange(days, 0, 'Asia/Tokyo')).toBe('2024-05-14');
  });
});

describe('datetime inputs in the display zone', async () => {
  const { fromWallInput, toWallInput } = await import('./wall-input');
  it('reads and writes wall time in the named zone', () => {
    expect(toWallInput(start, 'Asia/Tokyo')).toBe('2024-05-14T00:00');
    expect(toWallInput(start + 5000, 'Asia/Tokyo')).toBe('2024-05-14T00:00:05');
    expect(fromWallInput('2024-05-14T00:00', 'Asia/Tokyo')).toBe(start);
    expect(fromWallInput('2024-05-14T00:00:05', 'Asia/Tokyo')).toBe(start + 5000);
    expect(fromWallInput('2024-05-14', 'Asia/Tokyo')).toBeUndefined();
    expect(toWallInput(undefined, 'UTC')).toBe('');
  });
});
