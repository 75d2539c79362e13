/**
 * An events page (All events or one source): toolbar and period, the search line (quick search,
 * advanced builder, saved searches, facets), the histogram, the count and time, then the grid or
 * cards with the facets beside them. Every part runs the one query built from the search.
 */
import { startTransition, useEffect, useState } from 'react';
import { isSuperseded, searchApi } from '../../api/search-api';
import { formatNumber, t } from '../../i18n/messages';
import { useAppStore } from '../../state/app-store';
import { sameSort } from '../../state/search-model';
import { useSearchStore } from '../../state/search-store';
import { useSearchUi } from '../../state/search-ui-store';
import { useLang } from '../../state/settings-store';
import { AdvancedPanel } from '../search/AdvancedPanel';
import { FacetsPanel } from '../search/FacetsPanel';
import { Histogram } from '../search/Histogram';
import { PivotMenu } from '../search/PivotMenu';
import { SearchBar } from '../search/SearchBar';
import { pageLabel } from '../search/search-words';
import { useSummary } from '../search/use-summary';
import { EmptyState } from './EmptyState';
import { EventsResult } from './EventsResult';
import { EventsToolbar } from './EventsToolbar';
import { ResultBar } from './ResultBar';
import { useSearchQuery } from './use-search-query';

/** Bars the histogram asks for: about one per 12 px on PC, fewer on a phone. */
const BUCKETS = { pc: 96, mobile: 36 } as const;

/** The count of the query (lane `count`) and the number of stored events with their time span. */
function useCounts(queryKey: string, run: () => ReturnType<typeof searchApi.count>) {
  const revision = useSearchStore((s) => s.revision);
  const [count, setCount] = useState<{ total: number; ms: number } | null>(null);
  const [stored, setStored] = useState<number | null>(null);
  useEffect(() => {
    let live = true;
    // a transition, as the summary's (use-summary.ts): the count re-renders the whole view
    run().then((c) => { if (live) startTransition(() => setCount(c)); }).catch((e: unknown) => { if (!isSuperseded(e)) setCount(null); });
    return () => { live = false; };
    // deps: keyed by the query's text
  }, [queryKey]);
  useEffect(() => {
    let live = true;
    searchApi.stats().then((st) => {
      if (!live) return;
      setStored(st.events);
      useSearchStore.getState().setDataRange(st.minTime !== null && st.maxTime !== null ? { min: st.minTime, max: st.maxTime } : null);
    }).catch(() => undefined);
    return () => { live = false; };
  }, [revision]);
  return { count, stored };
}

export function EventsView() {
  const sq = useSearchQuery();
  const { spec, query, scope } = sq;
  const zone = useAppStore((st) => st.displayZone);
  const layout = useAppStore((st) => st.layout);
  const searchOpen = useAppStore((st) => st.searchOpen);
  const detailOpen = useAppStore((st) => st.detailIndex !== null);
  const ui = useSearchUi();
  const lang = useLang();
  const queryKey = sq.runKey;
  const { count, stored } = useCounts(queryKey, () => searchApi.count(query, 'count'));
  const facetsShown = layout === 'pc' ? ui.facetsOpen : ui.facetsOpenMobile;
  const summary = useSummary(query, queryKey, zone, facetsShown, BUCKETS[layout]);
  const onSort = (field: string, dir: 'asc' | 'desc') => {
    if (!sameSort(useSearchStore.getState().sort, { field, dir })) useSearchStore.getState().setSort({ field, dir });
  };
  const closeSheet = () => ui.set({ facetsOpenMobile: false });

  const title = pageLabel(spec.page, lang);
  return (
    <section className={`events-view ${searchOpen ? 'search-open' : ''}`} aria-label={title}>
      <EventsToolbar title={title} page={spec.page} query={query} />
      <SearchBar sq={sq} />
      {ui.advancedOpen && <AdvancedPanel scope={scope} />}
      {stored !== 0 && (
        <Histogram data={summary.histogram} zone={zone} compact={layout === 'mobile'} onPeriod={(from, to) => useSearchStore.getState().setCustom(from, to)} />
      )}
      <ResultBar>
        <div className="count-line" data-testid="match-count" data-count={count?.total ?? ''}>
          {count ? <><b>{t('count.matching', { n: formatNumber(count.total) })}</b> <span className="muted">{t('count.ms', { ms: formatNumber(Number(count.ms.toFixed(1))) })} · {zone}</span></> : '…'}
        </div>
      </ResultBar>
      {stored === 0 ? (
        <EmptyState />
      ) : (
        <>
          {count?.total === 0 && <div className="empty-inline">{t('empty.noMatch')}</div>}
          <div className="result-area">
            <EventsResult page={spec.page} query={query} zone={zone} total={count?.total ?? null} onSort={onSort} />
            {layout === 'pc' && ui.facetsOpen && !detailOpen && <FacetsPanel facets={summary.facets} onClose={() => ui.set({ facetsOpen: false })} />}
          </div>
        </>
      )}
      {layout === 'mobile' && ui.facetsOpenMobile && (
        <div className="facets-sheet" role="dialog" aria-modal="true" aria-label={t('facets.title')} onKeyDown={(e) => { if (e.key === 'Escape') { closeSheet(); e.stopPropagation(); } }}>
          <FacetsPanel facets={summary.facets} onClose={closeSheet} />
        </div>
      )}
      <PivotMenu />
    </section>
  );
}
