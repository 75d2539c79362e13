/**
 * The events grid: AG Grid's infinite row model, whose blocks come from the DB worker's selection
 * for the current query and sort (never offsets into IndexedDB).
 */
import { AllCommunityModule, ModuleRegistry, themeQuartz, type GridApi, type IDatasource, type SortChangedEvent } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { Query } from '../../../shared/filter/tree';
import type { AuditEvent } from '../../../shared/model/event';
import { db } from '../api/db';
import { notify } from '../state/app-store';
import { columnsForPage, sortFieldOf, toColDefs } from './columns';

ModuleRegistry.registerModules([AllCommunityModule]);

const theme = themeQuartz.withParams({
  fontSize: 13, headerFontSize: 13, rowHeight: 32, headerHeight: 36, spacing: 6,
  fontFamily: 'system-ui, "Segoe UI", "Hiragino Sans", "Noto Sans CJK JP", "Noto Sans", sans-serif',
});

interface Props { page: string; query: Query; zone: string; onSort(field: string, dir: 'asc' | 'desc'): void }

export function EventsGrid({ page, query, zone, onSort }: Props) {
  const apiRef = useRef<GridApi<AuditEvent> | null>(null);
  const queryRef = useRef(query);
  queryRef.current = query;
  const columnDefs = useMemo(() => toColDefs(columnsForPage(page), zone, 'pc'), [page, zone]);

  const datasource = useMemo<IDatasource>(() => ({
    getRows: (p) => {
      const q = queryRef.current;
      db().page({ query: q, start: p.startRow, end: p.endRow })
        .then((r) => p.successCallback(r.rows, r.total))
        .catch((e: Error) => { notify('error', e.message); p.failCallback(); });
    },
  }), []);

  // A new query (period, conditions, sort, data) restarts the grid's block cache.
  const queryKey = JSON.stringify(query);
  useEffect(() => {
    apiRef.current?.setGridOption('datasource', datasource);
  }, [queryKey, datasource]);

  const onSortChanged = useCallback((e: SortChangedEvent<AuditEvent>) => {
    const col = e.api.getColumnState().find((c) => c.sort);
    const field = col ? sortFieldOf(col.colId) : null;
    if (col && field) onSort(field, col.sort === 'asc' ? 'asc' : 'desc');
    else onSort('time', 'desc');
  }, [onSort]);

  return (
    <div className="grid-wrap" data-testid="events-grid">
      <AgGridReact<AuditEvent>
        theme={theme}
        rowModelType="infinite"
        datasource={datasource}
        columnDefs={columnDefs}
        cacheBlockSize={200}
        maxBlocksInCache={50}
        infiniteInitialRowCount={1}
        getRowId={(p) => p.data.id}
        onGridReady={(e) => { apiRef.current = e.api; }}
        onSortChanged={onSortChanged}
        suppressCellFocus={false}
        enableCellTextSelection
        tooltipShowDelay={400}
      />
    </div>
  );
}
