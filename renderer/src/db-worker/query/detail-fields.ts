/**
 * The `details.<key>` keys the stored events hold, for field pickers and autocompletion: how many
 * events have a value for each and which sources they come from. Extended as events arrive.
 */
import { AppendedAggregate } from '../index/appended';
import type { EventIndex } from '../index/event-index';

export interface DetailField {
  key: string;
  /** events with a non-empty value */
  count: number;
  /** source ids of those events, by name */
  sources: string[];
}

/** Per key: events with a value, and a flag per source code. */
type KeyState = Map<string, { count: number; sources: Uint8Array }>;

const perKey = new AppendedAggregate<KeyState>(
  () => new Map(),
  (index, st, from, to) => {
    const src = index.codes.sourceId;
    const nSources = index.dicts.sourceId.size;
    for (const col of index.details.byKey.values()) {
      let e = st.get(col.key);
      if (!e) st.set(col.key, (e = { count: 0, sources: new Uint8Array(nSources) }));
      if (e.sources.length < nSources) { const grown = new Uint8Array(nSources); grown.set(e.sources); e.sources = grown; }
      const codes = col.codes;
      for (let p = from; p < to; p++) {
        if (codes[p] !== 0) { e.count++; e.sources[src[p]] = 1; }
      }
    }
  },
);

/** Every details key with at least one value, most used first (ties by key). */
export function detailFields(index: EventIndex): DetailField[] {
  const names = index.dicts.sourceId.values;
  const fields: DetailField[] = [];
  for (const [key, e] of perKey.get(index)) {
    if (e.count === 0) continue;
    fields.push({ key, count: e.count, sources: names.filter((_, code) => e.sources[code] === 1).sort() });
  }
  return fields.sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
