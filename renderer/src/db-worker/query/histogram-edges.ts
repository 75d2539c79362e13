/**
 * Bucket boundaries of the timeline histogram, aligned to the display zone's wall clock: minutes
 * and hours on round values, days at local midnight, weeks on Monday, months on the 1st. Steps of
 * an hour or less are fixed lengths of time from an aligned start (DST shifts whole hours, so they
 * stay aligned); longer steps are counted on the wall clock, so a day across a DST change is 23 or
 * 25 hours long. Pure functions of epoch ms and an IANA zone.
 */
import { wallToEpoch, zoneOffsetMinutes } from '../../../../shared/util/timezone';

export type HistogramUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month';

export interface BucketSize { unit: HistogramUnit; step: number }

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Nominal length of one unit, for choosing a size (months and DST days are not all this long). */
const UNIT_MS: Record<HistogramUnit, number> = { second: SECOND, minute: MINUTE, hour: HOUR, day: DAY, week: 7 * DAY, month: 30.44 * DAY };

const LADDER: BucketSize[] = [
  ...[1, 2, 5, 10, 15, 30].map((step) => ({ unit: 'second' as const, step })),
  ...[1, 2, 5, 10, 15, 30].map((step) => ({ unit: 'minute' as const, step })),
  ...[1, 2, 3, 6, 12].map((step) => ({ unit: 'hour' as const, step })),
  { unit: 'day', step: 1 }, { unit: 'day', step: 2 }, { unit: 'week', step: 1 },
  ...[1, 2, 3, 6, 12].map((step) => ({ unit: 'month' as const, step })),
];

/** The smallest bucket size that covers `spanMs` in at most about `buckets` buckets. */
export function chooseBucketSize(spanMs: number, buckets: number): BucketSize {
  for (const size of LADDER) if (spanMs / (UNIT_MS[size.unit] * size.step) <= buckets) return size;
  // Longer than the ladder: whole years, 1-2-5 steps.
  const years = spanMs / (UNIT_MS.month * 12) / buckets;
  const magnitude = 10 ** Math.floor(Math.log10(Math.max(years, 1)));
  const factor = [1, 2, 5, 10].find((f) => f * magnitude >= years) ?? 10;
  return { unit: 'month', step: 12 * factor * magnitude };
}

interface Wall { year: number; month: number; day: number; hour: number; minute: number; second: number }

function wallOf(ms: number, zone: string): Wall {
  const d = new Date(ms + zoneOffsetMinutes(zone, ms) * MINUTE);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds() };
}

/** Epoch ms of a wall-clock time in `zone`; out-of-range fields roll over (day 32 → next month). */
function epochOf(w: Wall, zone: string): number {
  const n = new Date(Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second));
  return wallToEpoch(zone, { year: n.getUTCFullYear(), month: n.getUTCMonth() + 1, day: n.getUTCDate(), hour: n.getUTCHours(), minute: n.getUTCMinutes(), second: n.getUTCSeconds() });
}

/** The aligned wall-clock start of the bucket holding `ms`. */
function alignedStart(ms: number, { unit, step }: BucketSize, zone: string): Wall {
  const w = wallOf(ms, zone);
  const down = (v: number, base = 0) => Math.floor((v - base) / step) * step + base;
  switch (unit) {
    case 'second': return { ...w, second: down(w.second) };
    case 'minute': return { ...w, minute: down(w.minute), second: 0 };
    case 'hour': return { ...w, hour: down(w.hour), minute: 0, second: 0 };
    case 'day': return { ...w, hour: 0, minute: 0, second: 0 };
    case 'week': {
      const weekday = (new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay() + 6) % 7; // Monday = 0
      return { ...w, day: w.day - weekday, hour: 0, minute: 0, second: 0 };
    }
    case 'month': {
      const months = down(w.year * 12 + (w.month - 1));
      return { year: Math.floor(months / 12), month: (months % 12) + 1, day: 1, hour: 0, minute: 0, second: 0 };
    }
  }
}

function advance(w: Wall, { unit, step }: BucketSize): Wall {
  switch (unit) {
    case 'hour': return { ...w, hour: w.hour + step };
    case 'day': return { ...w, day: w.day + step };
    case 'week': return { ...w, day: w.day + 7 * step };
    case 'month': return { ...w, month: w.month + step };
    default: return w; // fixed-length units advance in ms
  }
}

/**
 * Strictly increasing edges from the aligned start at or before `from` until the first edge at
 * or after `to` (so every instant in [from, to) falls in a bucket). `to` > `from`.
 */
export function bucketEdges(from: number, to: number, size: BucketSize, zone: string): number[] {
  const fixed = size.unit === 'second' || size.unit === 'minute' || (size.unit === 'hour' && size.step === 1);
  let wall = alignedStart(from, size, zone);
  let edge = epochOf(wall, zone);
  // A local midnight that does not exist (a DST gap at 00:00) can land after `from`.
  if (edge > from) edge = from;
  const edges = [edge];
  const stepMs = fixed ? size.step * UNIT_MS[size.unit] : 0;
  while (edge < to) {
    if (fixed) {
      edge += stepMs;
    } else {
      wall = advance(wall, size);
      const next = epochOf(wall, zone);
      if (next <= edge) continue; // a repeated or skipped wall time: no empty bucket
      edge = next;
    }
    edges.push(edge);
  }
  return edges;
}
