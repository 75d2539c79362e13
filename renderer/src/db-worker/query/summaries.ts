/**
 * Aggregates over the whole index: per-source counts for the menu and overall stats.
 * Facets and value lists are in facets.ts.
 */
import { AppendedAggregate } from '../index/appended';
import type { EventIndex } from '../index/event-index';

export interface SourceSummary { sourceId: string; category: string; count: number; minTime: number; maxTime: number }
export interface Stats { events: number; minTime: number | null; maxTime: number | null }
/** A value and how many events have it; `label` is how to show it when that differs (the actor). */
export interface FacetValue { value: string; count: number; label?: string }

/** Per source code: events, time range, and events per category code. */
interface SourceState { count: number[]; min: number[]; max: number[]; cats: Map<number, number>[] }

const perSource = new AppendedAggregate<SourceState>(
  () => ({ count: [], min: [], max: [], cats: [] }),
  (index, st, from, to) => {
    const src = index.codes.sourceId;
    const cat = index.codes.category;
    const time = index.time;
    // Runs of one source and category (a chunk is one file) count once into the map.
    let runS = -1;
    let runC = -1;
    let run = 0;
    const flush = () => { if (run) st.cats[runS].set(runC, (st.cats[runS].get(runC) ?? 0) + run); };
    for (let p = from; p < to; p++) {
      const s = src[p];
      const t = time[p];
      if (st.count[s] === undefined) { st.count[s] = 0; st.min[s] = Infinity; st.max[s] = -Infinity; st.cats[s] = new Map(); }
      st.count[s]++;
      if (t < st.min[s]) st.min[s] = t;
      if (t > st.max[s]) st.max[s] = t;
      if (s === runS && cat[p] === runC) { run++; continue; }
      flush();
      runS = s; runC = cat[p]; run = 1;
    }
    flush();
  },
);

/**
 * One entry per source, most events first. `category` is the source's most frequent menu, since
 * the menu shows one entry per source.
 */
export function sourceSummaries(index: EventIndex): SourceSummary[] {
  const st = perSource.get(index);
  const out: SourceSummary[] = [];
  st.count.forEach((count, s) => {
    if (!count) return;
    let best = -1;
    let bestN = 0;
    for (const [c, n] of st.cats[s]) if (n > bestN) { best = c; bestN = n; }
    out.push({ sourceId: index.dicts.sourceId.values[s], category: best >= 0 ? index.dicts.category.values[best] : '', count, minTime: st.min[s], maxTime: st.max[s] });
  });
  return out.sort((a, b) => b.count - a.count || a.sourceId.localeCompare(b.sourceId));
}

export function stats(index: EventIndex): Stats {
  if (index.size === 0) return { events: 0, minTime: null, maxTime: null };
  const order = index.timeDesc();
  return { events: index.size, minTime: index.time[order[order.length - 1]], maxTime: index.time[order[0]] };
}

