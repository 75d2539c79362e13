/**
 * Aggregates over the index: per-source counts for the menu, overall stats, and value counts of a
 * field over a selection (facets). One pass over the positions each.
 */
import type { EventIndex } from '../index/event-index';
import { resolveSortField, viewTexts } from './fields';

export interface SourceSummary { sourceId: string; category: string; count: number; minTime: number; maxTime: number }
export interface Stats { events: number; minTime: number | null; maxTime: number | null }
export interface FacetValue { value: string; count: number }

/**
 * One entry per source, most events first. `category` is the source's most frequent menu, since
 * the menu shows one entry per source.
 */
export function sourceSummaries(index: EventIndex): SourceSummary[] {
  const src = index.codes.sourceId;
  const cat = index.codes.category;
  const nSrc = index.dicts.sourceId.size;
  const count = new Float64Array(nSrc);
  const min = new Float64Array(nSrc).fill(Infinity);
  const max = new Float64Array(nSrc).fill(-Infinity);
  const cats = new Map<number, number>();
  const nCat = index.dicts.category.size;
  for (let p = 0; p < index.size; p++) {
    const s = src[p];
    const t = index.time[p];
    count[s]++;
    if (t < min[s]) min[s] = t;
    if (t > max[s]) max[s] = t;
    const pair = s * nCat + cat[p];
    cats.set(pair, (cats.get(pair) ?? 0) + 1);
  }
  const topCat = new Map<number, { code: number; n: number }>();
  for (const [pair, n] of cats) {
    const s = Math.floor(pair / nCat);
    const best = topCat.get(s);
    if (!best || n > best.n) topCat.set(s, { code: pair % nCat, n });
  }
  const out: SourceSummary[] = [];
  for (let s = 0; s < nSrc; s++) {
    if (count[s] === 0) continue;
    const c = topCat.get(s);
    out.push({ sourceId: index.dicts.sourceId.values[s], category: c ? index.dicts.category.values[c.code] : '', count: count[s], minTime: min[s], maxTime: max[s] });
  }
  return out.sort((a, b) => b.count - a.count || a.sourceId.localeCompare(b.sourceId));
}

export function stats(index: EventIndex): Stats {
  if (index.size === 0) return { events: 0, minTime: null, maxTime: null };
  const order = index.timeDesc();
  return { events: index.size, minTime: index.time[order[order.length - 1]], maxTime: index.time[order[0]] };
}

/** How many events of `positions` have each value of `field`, most frequent first. */
export function facetCounts(index: EventIndex, positions: Int32Array, field: string, limit: number): FacetValue[] {
  const { column, view } = resolveSortField(field);
  const codes = index.codes[column];
  const perCode = new Int32Array(index.dicts[column].size);
  for (let k = 0; k < positions.length; k++) perCode[codes[positions[k]]]++;
  const texts = viewTexts(index, column, view, false);
  const byText = new Map<string, number>();
  for (let c = 0; c < perCode.length; c++) if (perCode[c]) byText.set(texts[c], (byText.get(texts[c]) ?? 0) + perCode[c]);
  return [...byText].map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1))
    .slice(0, limit);
}
