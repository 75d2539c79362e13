/** Known values of a field with their counts, for the builder's pickers (debounced, on a lane). */
import { useEffect, useState } from 'react';
import type { Query } from '../../../../shared/filter/tree';
import { isSuperseded, searchApi } from '../../api/search-api';
import type { FacetValue } from '../../db-worker/protocol';

export function useFieldValues(field: string, prefix: string, scope: Query, enabled: boolean, lane: string, limit = 50): { values: FacetValue[]; loading: boolean } {
  const [state, setState] = useState<{ values: FacetValue[]; loading: boolean }>({ values: [], loading: false });
  const scopeKey = JSON.stringify(scope);
  useEffect(() => {
    if (!enabled || field === 'text' || field === 'time') { setState({ values: [], loading: false }); return; }
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    const timer = setTimeout(() => {
      searchApi.values(field, prefix, limit, scope, lane)
        .then((r) => { if (live) setState({ values: r.values, loading: false }); })
        .catch((e: unknown) => { if (live && !isSuperseded(e)) setState({ values: [], loading: false }); });
    }, 80);
    return () => { live = false; clearTimeout(timer); };
    // deps: keyed by the scope's text
  }, [field, prefix, scopeKey, enabled, lane, limit]);
  return state;
}
