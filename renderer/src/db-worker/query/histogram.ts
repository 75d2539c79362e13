/**
 * The timeline histogram of a selection: events per time bucket, split by status. The range is the
 * query's period when both ends are set, else the selection's own first and last event; the bucket
 * size is chosen from it (histogram-edges.ts).
 */
import type { Period } from '../../../../shared/filter/tree';
import type { EventIndex } from '../index/event-index';
import { bucketEdges, chooseBucketSize, type HistogramUnit } from './histogram-edges';

export type { HistogramUnit };

export interface Histogram {
  unit: HistogramUnit;
  /** units per bucket, e.g. 5 (minutes) */
  step: number;
  /** n+1 bucket boundaries, epoch ms: bucket i is [edges[i], edges[i+1]) */
  edges: number[];
  success: number[];
  failure: number[];
  unknown: number[];
  ms: number;
}

export const DEFAULT_BUCKETS = 80;

/** Status per status-dictionary code: 0 success, 1 failure, 2 anything else. */
function statusSlots(index: EventIndex): Uint8Array {
  const values = index.dicts.status.values;
  return Uint8Array.from(values, (v) => (v === 'success' ? 0 : v === 'failure' ? 1 : 2));
}

/** [lo, hi) to cover, or null when there is nothing to show. */
function rangeOf(index: EventIndex, positions: Int32Array, period: Period): [number, number] | null {
  if (period.from !== undefined && period.to !== undefined) return period.to > period.from ? [period.from, period.to] : null;
  if (positions.length === 0) return null;
  const time = index.time;
  let lo = Infinity;
  let hi = -Infinity;
  for (let k = 0; k < positions.length; k++) {
    const t = time[positions[k]];
    if (t < lo) lo = t;
    if (t > hi) hi = t;
  }
  return [lo, hi + 1];
}

export function histogram(index: EventIndex, positions: Int32Array, period: Period, zone: string, buckets = DEFAULT_BUCKETS): Histogram {
  const t0 = performance.now();
  const range = rangeOf(index, positions, period);
  if (!range) return { unit: 'day', step: 1, edges: [], success: [], failure: [], unknown: [], ms: performance.now() - t0 };
  const size = chooseBucketSize(range[1] - range[0], buckets);
  const edges = bucketEdges(range[0], range[1], size, zone);
  const n = edges.length - 1;
  const counts = new Int32Array(n * 3);
  const slots = statusSlots(index);
  const status = index.codes.status;
  const time = index.time;
  const first = edges[0];
  const last = edges[n];
  let b = 0;
  for (let k = 0; k < positions.length; k++) {
    const p = positions[k];
    const t = time[p];
    if (t < first || t >= last) continue;
    // Selections are mostly in time order: the previous event's bucket usually holds this one.
    if (t < edges[b] || t >= edges[b + 1]) b = bucketOf(edges, t);
    counts[b * 3 + slots[status[p]]]++;
  }
  const column = (s: number) => Array.from({ length: n }, (_, i) => counts[i * 3 + s]);
  return { unit: size.unit, step: size.step, edges, success: column(0), failure: column(1), unknown: column(2), ms: performance.now() - t0 };
}

/** The i with edges[i] <= t < edges[i+1] (t within the edges). */
function bucketOf(edges: number[], t: number): number {
  let lo = 0;
  let hi = edges.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (edges[mid] <= t) lo = mid; else hi = mid - 1;
  }
  return lo;
}
