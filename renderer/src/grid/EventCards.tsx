/**
 * The mobile layout's events: one card per event with the page's mobile column set, like the
 * vendors' app screens. Virtualized: only the cards in view (plus a margin) exist, and their rows
 * come from the DB worker block by block as the list scrolls.
 */
import { useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { Query } from '../../../shared/filter/tree';
import { db } from '../api/db';
import { useAppStore } from '../state/app-store';
import { useSearchStore } from '../state/search-store';
import { useUi } from '../state/settings-store';
import { t } from '../i18n/messages';
import { columnsForPage } from './columns';
import { EventCard } from './EventCard';
import { mobileColumns } from './display-columns';
import { RowWindow } from './row-window';

const OVERSCAN = 6;

interface Props { page: string; query: Query; zone: string; total: number; onOpen(index: number): void }

export function EventCards({ page, query, zone, total, onOpen }: Props) {
  const ui = useUi();
  const cursor = useAppStore((s) => s.cursor);
  const columns = useMemo(() => mobileColumns(columnsForPage(page)), [page]);
  const lineH = ui.density === 'compact' ? 22 : 26;
  const cardH = 20 + columns.length * lineH + 10;
  const scroller = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, height: 800 });
  const [, rerender] = useReducer((n: number) => n + 1, 0);

  // new data (the revision) counts as a new query: the cached blocks are stale
  const revision = useSearchStore((s) => s.revision);
  const queryKey = `${JSON.stringify(query)}#${revision}`;
  const rows = useMemo(() => new RowWindow(
    (start, end) => db().page({ query, start, end }).then((r) => ({ rows: r.rows, total: r.total })),
    rerender,
  ), [queryKey]); // a new window per query, keyed by its text

  useEffect(() => { scroller.current?.scrollTo({ top: 0 }); }, [queryKey]);
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => setView({ top: el.scrollTop, height: el.clientHeight });
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  const first = Math.max(0, Math.floor(view.top / cardH) - OVERSCAN);
  const last = Math.min(total - 1, Math.ceil((view.top + view.height) / cardH) + OVERSCAN);
  useEffect(() => {
    if (total > 0) rows.ensure(first, last);
  }, [rows, first, last, total]);

  // Keep the keyboard cursor in view.
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const top = cursor * cardH;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + cardH > el.scrollTop + el.clientHeight) el.scrollTop = top + cardH - el.clientHeight;
  }, [cursor, cardH]);

  const items = [];
  for (let i = first; i <= last; i++) {
    items.push(
      <EventCard
        key={i} index={i} event={rows.row(i)} columns={columns} zone={zone} lang={ui.lang}
        top={i * cardH} height={cardH - 8} active={i === cursor} onOpen={onOpen}
      />,
    );
  }
  return (
    <div
      className="cards-scroll" ref={scroller} data-testid="event-cards" role="list" aria-label={t('cards.label')}
      onScroll={(e) => { const el = e.currentTarget; setView({ top: el.scrollTop, height: el.clientHeight }); }}
    >
      <div className="cards-space" style={{ height: Math.max(0, total) * cardH }}>{items}</div>
    </div>
  );
}
