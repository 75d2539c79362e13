/**
 * The search line of an events page: the quick-search box, then Advanced (with the number of
 * conditions), Saved searches and Facets. While the draft differs from what runs it says so, with
 * the number of events the draft would give.
 */
import { useEffect, useState } from 'react';
import { isSuperseded, searchApi } from '../../api/search-api';
import { formatNumber, t } from '../../i18n/messages';
import { useAppStore } from '../../state/app-store';
import { countConditions } from '../../state/filter-edit';
import { buildQuery } from '../../state/search-model';
import { hasPendingDraft, useSearchStore } from '../../state/search-store';
import { useSearchUi } from '../../state/search-ui-store';
import type { SearchQuery } from '../events/use-search-query';
import { QuickSearch } from './QuickSearch';
import { SavedMenu } from './SavedMenu';

/** How many events the draft would match, asked on its own lane while the draft is pending. */
function useDraftCount(sq: SearchQuery): number | null {
  const draft = useSearchStore((s) => s.draft);
  const pending = useSearchStore(hasPendingDraft);
  const dataRange = useSearchStore((s) => s.dataRange);
  const [n, setN] = useState<number | null>(null);
  const key = pending ? JSON.stringify([draft, sq.key]) : '';
  useEffect(() => {
    setN(null);
    if (!pending) return;
    let live = true;
    const timer = setTimeout(() => {
      searchApi.count(buildQuery({ ...sq.spec, filter: draft }, Date.now(), dataRange), 'draft-count')
        .then((r) => { if (live) setN(r.total); })
        .catch((e: unknown) => { if (!isSuperseded(e) && live) setN(null); });
    }, 120);
    return () => { live = false; clearTimeout(timer); };
    // deps: keyed by draft and search
  }, [key]);
  return n;
}

export function SearchBar({ sq }: { sq: SearchQuery }) {
  const ui = useSearchUi();
  const layout = useAppStore((s) => s.layout);
  const draft = useSearchStore((s) => s.draft);
  const pending = useSearchStore(hasPendingDraft);
  const preview = useDraftCount(sq);
  const n = countConditions(draft);
  const facetsOn = layout === 'mobile' ? ui.facetsOpenMobile : ui.facetsOpen;
  return (
    <div className="search-bar" data-search-panel>
      <QuickSearch scope={sq.scope} />
      <div className="search-buttons">
        <button
          type="button" className={ui.advancedOpen ? 'toggled' : ''} aria-expanded={ui.advancedOpen} data-testid="advanced-toggle"
          onClick={() => ui.set({ advancedOpen: !ui.advancedOpen })}
        >{t('builder.open')}{n > 0 && <span className="pill" data-testid="condition-count">{n}</span>}</button>
        <SavedMenu />
        <button
          type="button" className={facetsOn ? 'toggled' : ''} aria-pressed={facetsOn} data-testid="facets-toggle"
          onClick={() => ui.set(layout === 'mobile' ? { facetsOpenMobile: !ui.facetsOpenMobile } : { facetsOpen: !ui.facetsOpen })}
        >{t('facets.title')}</button>
      </div>
      {pending && (
        <div className="pending-line" role="status" data-testid="draft-pending">
          {t('qs.pending')}{preview !== null && <> · <b data-testid="draft-count" data-count={preview}>{t('count.events', { n: formatNumber(preview) })}</b></>}
        </div>
      )}
    </div>
  );
}
