/** An events page (All events or one source): toolbar, conditions, count and the grid. */
import { useEffect, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { label } from '../../../../shared/model/source-catalog';
import { pageFor } from '../../../../shared/sources/catalog';
import { db } from '../../api/db';
import { formatNumber, t } from '../../i18n/messages';
import { useAppStore } from '../../state/app-store';
import { useLang } from '../../state/settings-store';
import { EventsResult } from './EventsResult';
import { ResultBar } from './ResultBar';
import { buildQuery, useSearchStore } from '../../state/search-store';
import { ConditionBar } from './ConditionBar';
import { EventsToolbar } from './EventsToolbar';

export function EventsView() {
  const s = useSearchStore(useShallow((st) => ({ page: st.page, preset: st.preset, custom: st.custom, conditions: st.conditions, sort: st.sort, revision: st.revision, setSort: st.setSort })));
  const zone = useAppStore((st) => st.displayZone);
  const lang = useLang();
  const searchOpen = useAppStore((st) => st.searchOpen);
  // Relative presets are anchored when the query changes, not on every render.
  const query = useMemo(() => buildQuery(s.page, s.preset, s.custom, s.conditions, s.sort), [s.page, s.preset, s.custom, s.conditions, s.sort, s.revision]);
  const [count, setCount] = useState<{ total: number; ms: number } | null>(null);
  const [stored, setStored] = useState<number | null>(null);

  useEffect(() => {
    let live = true;
    db().count(query).then((c) => { if (live) setCount(c); }).catch(() => undefined);
    db().stats().then((st) => { if (live) setStored(st.events); }).catch(() => undefined);
    return () => { live = false; };
  }, [query]);

  const title = s.page === 'all' ? t('nav.all') : (() => { const p = pageFor(s.page); return p ? `${p.vendor} › ${label(p.labels, lang)}` : s.page; })();
  return (
    <section className={`events-view ${searchOpen ? 'search-open' : ''}`} aria-label={title}>
      <EventsToolbar title={title} page={s.page} query={query} />
      <ConditionBar />
      <ResultBar>
        <div className="count-line" data-testid="match-count" data-count={count?.total ?? ''}>
          {count ? <><b>{t('count.matching', { n: formatNumber(count.total) })}</b> <span className="muted">{t('count.ms', { ms: formatNumber(Number(count.ms.toFixed(1))) })} · {zone}</span></> : '…'}
        </div>
      </ResultBar>
      {stored === 0 ? (
        <div className="empty" data-testid="empty-state">
          <h2>{t('empty.title')}</h2>
          <p>{t('empty.body')}</p>
        </div>
      ) : (
        <>
          {count?.total === 0 && <div className="empty-inline">{t('empty.noMatch')}</div>}
          <EventsResult page={s.page} query={query} zone={zone} total={count?.total ?? null} onSort={(field, dir) => s.setSort({ field, dir })} />
        </>
      )}
    </section>
  );
}
