/**
 * The result of an events page in the layout in effect: the PC grid or the mobile cards, the
 * event detail over it, and the display-items dialog. Both layouts page the same query.
 */
import { useCallback, useEffect } from 'react';
import type { Query } from '../../../../shared/filter/tree';
import { EventCards } from '../../grid/EventCards';
import { EventsGrid } from '../../grid/EventsGrid';
import { useAppStore } from '../../state/app-store';
import { DisplayItemsDialog } from '../display-items/DisplayItemsDialog';
import { EventDetail } from '../detail/EventDetail';

interface Props { page: string; query: Query; zone: string; total: number | null; onSort(field: string, dir: 'asc' | 'desc'): void }

export function EventsResult({ page, query, zone, total, onSort }: Props) {
  const layout = useAppStore((s) => s.layout);
  const detailIndex = useAppStore((s) => s.detailIndex);
  const itemsOpen = useAppStore((s) => s.displayItemsOpen);
  const open = useCallback((i: number) => useAppStore.getState().openDetail(i), []);
  // A position means nothing in another result: a new query closes the detail and resets the cursor.
  const queryKey = JSON.stringify(query);
  useEffect(() => () => { useAppStore.setState({ detailIndex: null, cursor: 0 }); }, [queryKey]);
  return (
    <div className={`result result-${layout} ${detailIndex !== null ? 'with-detail' : ''}`}>
      {layout === 'mobile'
        ? <EventCards page={page} query={query} zone={zone} total={total ?? 0} onOpen={open} />
        : <EventsGrid page={page} query={query} zone={zone} onSort={onSort} onOpen={open} />}
      {detailIndex !== null && total !== null && total > 0 && (
        <EventDetail query={query} index={Math.min(detailIndex, total - 1)} total={total} zone={zone} />
      )}
      {itemsOpen && layout === 'pc' && <DisplayItemsDialog page={page} />}
    </div>
  );
}
