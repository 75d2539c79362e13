/**
 * The committed search and the query built from it, memoized on the search's own key, the data
 * revision and the data range: relative presets are anchored when one of those changes, not on
 * every render.
 */
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Query } from '../../../../shared/filter/tree';
import { buildQuery, scopeQuery, searchKey, type SearchSpec } from '../../state/search-model';
import { useSearchStore } from '../../state/search-store';

/**
 * `key` names the search (stable across data changes); `runKey` changes whenever the query must run
 * again: another search, a new anchor for a relative period, or new data (the revision).
 */
export interface SearchQuery { spec: SearchSpec; query: Query; scope: Query; key: string; runKey: string }

export function useSearchSpec(): SearchSpec {
  return useSearchStore(useShallow((s) => ({ page: s.page, period: s.period, filter: s.filter, sort: s.sort })));
}

export function useSearchQuery(): SearchQuery {
  const spec = useSearchSpec();
  const revision = useSearchStore((s) => s.revision);
  const dataRange = useSearchStore((s) => s.dataRange);
  const key = searchKey(spec);
  return useMemo(() => {
    const now = Date.now();
    const query = buildQuery(spec, now, dataRange);
    return { spec, query, scope: scopeQuery(spec, now, dataRange), key, runKey: `${JSON.stringify(query)}#${revision}` };
    // deps: keyed by the search's text
  }, [key, revision, dataRange]);
}
