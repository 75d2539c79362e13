/**
 * The facets and the histogram of the current query: one `summary` call (lane `summary`) when the
 * facets are shown, else one `histogram` call. Stale answers are dropped; superseded calls ignored.
 */
import { startTransition, useEffect, useState } from 'react';
import type { Query } from '../../../../shared/filter/tree';
import { isSuperseded, searchApi } from '../../api/search-api';
import type { FacetValue } from '../../db-worker/protocol';
import type { HistogramData } from './histogram-geometry';

/** The facet fields, in the order the panel lists them. */
export const FACET_FIELDS = ['actor', 'ip', 'action', 'status', 'serviceType', 'level', 'sourceId'] as const;
export const FACET_LIMIT = 8;

export interface SummaryState {
  histogram: HistogramData | null;
  facets: Record<string, FacetValue[]> | null;
  /** the query key these answers are for */
  key: string;
  error: string | null;
}

export function useSummary(query: Query, queryKey: string, zone: string, wantFacets: boolean, buckets: number): SummaryState {
  const [state, setState] = useState<SummaryState>({ histogram: null, facets: null, key: '', error: null });
  useEffect(() => {
    let live = true;
    const key = `${queryKey}|${zone}|${buckets}`;
    // A transition: React renders the panels in slices that yield to input, where a default update
    // rendered them in one task (up to 30–60 ms here for the facets and the histogram at once).
    const done = (histogram: HistogramData, facets: Record<string, FacetValue[]> | null) => {
      if (live) startTransition(() => setState((s) => ({ histogram, facets: facets ?? (s.key === key ? s.facets : null), key, error: null })));
    };
    const fail = (e: unknown) => {
      if (live && !isSuperseded(e)) startTransition(() => setState((s) => ({ ...s, key, error: e instanceof Error ? e.message : String(e) })));
    };
    if (wantFacets) {
      searchApi.summary(query, [...FACET_FIELDS], FACET_LIMIT, zone, buckets).then((r) => done(r.histogram, r.facets), fail);
    } else {
      searchApi.histogram(query, zone, buckets).then((r) => done(r, null), fail);
    }
    return () => { live = false; };
    // deps: keyed by the query's key
  }, [queryKey, zone, wantFacets, buckets]);
  return state;
}
