/**
 * The geometry of the events-over-time chart, as pure functions: stacked bars per bucket, axis
 * labels in the display zone, and the mapping from a drag (or a bar) back to a period.
 */
import type { Histogram, HistogramUnit } from '../../db-worker/protocol';
import { formatInZone } from '../../../../shared/util/timezone';

/** Counts per bucket as the DB worker's `histogram` answers them (its `ms` is not needed here). */
export type HistogramData = Omit<Histogram, 'ms'>;
export type { HistogramUnit };

export const STACK = ['failure', 'unknown', 'success'] as const;
export type StackStatus = (typeof STACK)[number];

export interface Segment { status: StackStatus; y: number; h: number; count: number }
export interface Bar { i: number; x: number; w: number; total: number; segments: Segment[] }

export function bucketCount(h: HistogramData): number {
  return Math.max(0, h.edges.length - 1);
}

export function totalAt(h: HistogramData, i: number): number {
  return (h.success[i] ?? 0) + (h.failure[i] ?? 0) + (h.unknown[i] ?? 0);
}

/** 1, 2 or 5 times a power of ten, at least `n`: a round top for the count axis. */
export function niceMax(n: number): number {
  if (n <= 1) return 1;
  const p = 10 ** Math.floor(Math.log10(n));
  for (const m of [1, 2, 5, 10]) if (m * p >= n) return m * p;
  return 10 * p;
}

/** Bars stacked bottom-up failure, unknown, success, in a `width` × `height` box (y grows down). */
export function layoutBars(h: HistogramData, width: number, height: number): { bars: Bar[]; top: number } {
  const n = bucketCount(h);
  let max = 0;
  for (let i = 0; i < n; i++) max = Math.max(max, totalAt(h, i));
  const top = niceMax(max);
  const slot = n > 0 ? width / n : 0;
  const gap = slot > 6 ? 1 : 0;
  const bars: Bar[] = [];
  for (let i = 0; i < n; i++) {
    let y = height;
    const segments: Segment[] = [];
    for (const status of STACK) {
      const count = h[status][i] ?? 0;
      if (count === 0) continue;
      const segH = Math.max(1, (count / top) * height);
      y -= segH;
      segments.push({ status, y, h: segH, count });
    }
    bars.push({ i, x: i * slot + gap / 2, w: Math.max(1, slot - gap), total: totalAt(h, i), segments });
  }
  return { bars, top };
}

/** The bucket under x (clamped to the chart). */
export function bucketAt(n: number, width: number, x: number): number {
  if (n <= 0 || width <= 0) return 0;
  return Math.max(0, Math.min(n - 1, Math.floor((x / width) * n)));
}

/** The period a drag from x0 to x1 covers: every bucket it touches, whole. */
export function brushPeriod(edges: number[], width: number, x0: number, x1: number): { from: number; to: number } | null {
  const n = edges.length - 1;
  if (n <= 0) return null;
  const a = bucketAt(n, width, Math.min(x0, x1));
  const b = bucketAt(n, width, Math.max(x0, x1));
  return { from: edges[a], to: edges[b + 1] };
}

/** The period of buckets `a..b` (inclusive, either order). */
export function bucketsPeriod(edges: number[], a: number, b: number): { from: number; to: number } {
  const lo = Math.max(0, Math.min(a, b));
  const hi = Math.min(edges.length - 2, Math.max(a, b));
  return { from: edges[lo], to: edges[hi + 1] };
}

function wall(ms: number, zone: string): { date: string; clock: string } {
  const [date, clock] = formatInZone(ms, zone).split(' ');
  return { date, clock };
}

/** A boundary's label for the axis; `withDate` adds the day (first label, or a new day). */
export function edgeLabel(ms: number, unit: HistogramUnit, zone: string, withDate: boolean): string {
  const { date, clock } = wall(ms, zone);
  if (unit === 'month') return date.slice(0, 7);
  if (unit === 'day' || unit === 'week') return date.slice(5);
  const time = unit === 'second' ? clock : clock.slice(0, 5);
  return withDate ? `${date.slice(5)} ${time}` : time;
}

/**
 * Axis labels at bucket boundaries, evenly spaced, none overlapping another or the right edge; a
 * label carries the day when it is the first one or the day changed. `charPx` is the label font's
 * average character width.
 */
export function axisTicks(h: HistogramData, width: number, zone: string, charPx = 6.5): { x: number; label: string }[] {
  const n = bucketCount(h);
  if (n === 0) return [];
  const slot = width / n;
  const GAP = 10;
  const short = edgeLabel(h.edges[0], h.unit, zone, false).length * charPx + GAP;
  const every = Math.max(1, Math.ceil((short + GAP) / Math.max(slot, 0.001)));
  const ticks: { x: number; label: string }[] = [];
  let lastDate = '';
  let free = 0;
  for (let i = 0; i < n; i += every) {
    const x = i * slot;
    const { date } = wall(h.edges[i], zone);
    const label = edgeLabel(h.edges[i], h.unit, zone, date !== lastDate);
    const w = label.length * charPx + GAP;
    if (x < free || x + w > width) continue;
    ticks.push({ x, label });
    lastDate = date;
    free = x + w + GAP;
  }
  return ticks;
}

/** A bucket's span in words for the tooltip: `2024-05-14 02:10 – 02:15`. */
export function bucketRange(h: HistogramData, i: number, zone: string): string {
  const from = wall(h.edges[i], zone);
  const to = wall(h.edges[i + 1], zone);
  const cut = (c: string) => (h.unit === 'second' ? c : c.slice(0, 5));
  if (h.unit === 'day' || h.unit === 'week' || h.unit === 'month') {
    // a whole-day bucket ends at the next midnight: name its last day
    const last = wall(h.edges[i + 1] - 1, zone);
    return from.date === last.date ? from.date : `${from.date} – ${last.date}`;
  }
  return from.date === to.date ? `${from.date} ${cut(from.clock)} – ${cut(to.clock)}` : `${from.date} ${cut(from.clock)} – ${to.date} ${cut(to.clock)}`;
}
