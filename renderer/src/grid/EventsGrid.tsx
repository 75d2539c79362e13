/**
 * The PC events grid: AG Grid's infinite row model, whose blocks come from the DB worker's selection
 * for the current query and sort (never offsets into IndexedDB). Columns follow the page's display
 * items; dragging or resizing a column is saved back to them.
 */
import { AllCommunityModule, ModuleRegistry, colorSchemeVariable, themeQuartz, type CellContextMenuEvent, type CellKeyDownEvent, type GridApi, type IDatasource, type SortChangedEvent } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { Query } from '../../../shared/filter/tree';
import type { AuditEvent } from '../../../shared/model/event';
import { db } from '../api/db';
import { notify, useAppStore } from '../state/app-store';
import { useSearchStore } from '../state/search-store';
import { useColumnPrefs, useSettingsStore, useUi } from '../state/settings-store';
import { columnsForPage, sortFieldOf, toColDefs } from './columns';
import { pcColumns } from './display-columns';
import { registerGridFocus } from './grid-focus';
import { StaleRows } from './stale-rows';
import { openPivotMenu } from '../views/search/PivotMenu';

ModuleRegistry.registerModules([AllCommunityModule]);

// colorSchemeVariable follows body[data-ag-theme-mode], which the shell sets from the theme setting.
const baseTheme = themeQuartz.withPart(colorSchemeVariable);
const FONT = 'system-ui, "Segoe UI", "Hiragino Sans", "Noto Sans CJK JP", "Noto Sans", sans-serif';
const THEMES = {
  compact: baseTheme.withParams({ fontSize: 13, headerFontSize: 13, rowHeight: 30, headerHeight: 36, spacing: 5, fontFamily: FONT }),
  comfortable: baseTheme.withParams({ fontSize: 14, headerFontSize: 14, rowHeight: 42, headerHeight: 44, spacing: 8, fontFamily: FONT }),
};

interface Props { page: string; query: Query; zone: string; onSort(field: string, dir: 'asc' | 'desc'): void; onOpen(index: number): void }

/**
 * Whether a new query can reload the grid's rows where they are: on the same page (another page
 * brings other columns), with the first row in view and no more blocks than those near it (a
 * refresh reloads every cached block, up to 20 after a long scroll). Otherwise the rows would be
 * built anew anyway, and a new datasource does that without reloading blocks nobody looks at.
 */
function reloadInPlace(api: GridApi<AuditEvent>, samePage: boolean): boolean {
  if (!samePage) return false;
  if (api.getDisplayedRowCount() > 0 && api.getFirstDisplayedRowIndex() > 0) return false;
  return Object.keys(api.getCacheBlockState() as Record<string, unknown>).length <= 2;
}

export function EventsGrid({ page, query, zone, onSort, onOpen }: Props) {
  const apiRef = useRef<GridApi<AuditEvent> | null>(null);
  const queryRef = useRef(query);
  queryRef.current = query;
  const queryKey = JSON.stringify(query);
  const keyRef = useRef(queryKey);
  keyRef.current = queryKey;
  const stale = useMemo(() => new StaleRows(), []);
  const attachStale = useCallback((el: HTMLDivElement | null) => stale.attach(el), [stale]);
  const ui = useUi();
  const prefs = useColumnPrefs(page);
  const detailIndex = useAppStore((s) => s.detailIndex);
  const columnDefs = useMemo(() => toColDefs(pcColumns(columnsForPage(page), prefs), zone, ui.lang), [page, prefs, zone, ui.lang]);

  const datasource = useMemo<IDatasource>(() => ({
    getRows: (p) => {
      const q = queryRef.current;
      const key = keyRef.current;
      db().page({ query: q, start: p.startRow, end: p.endRow })
        .then((r) => {
          p.successCallback(r.rows, r.total);
          stale.loaded(key, p.startRow, p.endRow, r.total, apiRef.current?.getFirstDisplayedRowIndex() ?? 0);
        })
        .catch((e: Error) => { notify('error', e.message); p.failCallback(); stale.failed(key); });
    },
  }), [stale]);

  // New data (the revision, every few seconds during an import) reloads the grid's blocks in place,
  // rows and count; so does a new query (period, conditions, sort) while the grid shows its first
  // rows (reloadInPlace). Restarting the block cache (a new datasource) rebuilds every row of the
  // grid: ~0.25 s of the UI thread per refresh at 1M events, a 26–75 ms task on Enter in quick search.
  const revision = useSearchStore((s) => s.revision);
  const shownKey = useRef('');
  const shownPage = useRef(page);
  useEffect(() => {
    const api = apiRef.current;
    if (!api) return;
    const newQuery = shownKey.current !== queryKey;
    // (either way: a mark left by the query before must not outlive it)
    if (newQuery) stale.begin(queryKey);
    if (newQuery && !reloadInPlace(api, shownPage.current === page)) api.setGridOption('datasource', datasource);
    else api.refreshInfiniteCache();
    shownKey.current = queryKey;
    shownPage.current = page;
  }, [page, queryKey, revision, datasource, stale]);

  useEffect(() => {
    if (detailIndex !== null) apiRef.current?.ensureIndexVisible(detailIndex);
  }, [detailIndex]);

  // The sort comes from the search (a restored URL, a saved search): show it in the headers.
  const sortKey = `${query.sort.field}:${query.sort.dir}`;
  const showSort = useCallback((api: GridApi<AuditEvent>) => {
    const [field, dir] = [query.sort.field, query.sort.dir];
    api.applyColumnState({ state: [{ colId: field, sort: dir }], defaultState: { sort: null } });
    // deps: keyed by sortKey
  }, [sortKey]);
  useEffect(() => { if (apiRef.current) showSort(apiRef.current); }, [showSort, columnDefs]);
  useEffect(() => () => registerGridFocus(null), []);

  const onSortChanged = useCallback((e: SortChangedEvent<AuditEvent>) => {
    // only the analyst's clicks on a header change the search; the grid showing it does not
    if (e.source !== 'uiColumnSorted') return;
    const col = e.api.getColumnState().find((c) => c.sort);
    const field = col ? sortFieldOf(col.colId) : null;
    if (col && field) onSort(field, col.sort === 'asc' ? 'asc' : 'desc');
    else onSort('time', 'desc');
  }, [onSort]);

  /** Saves the order and widths the user dragged into the page's display items. */
  const saveLayout = useCallback((api: GridApi<AuditEvent>) => {
    const state = api.getColumnState().filter((c) => !c.hide);
    const widths: Record<string, number> = {};
    const pinned: Record<string, 'left' | 'right'> = {};
    for (const c of state) {
      if (c.width) widths[c.colId] = Math.round(c.width);
      if (c.pinned === 'left' || c.pinned === 'right') pinned[c.colId] = c.pinned;
    }
    useSettingsStore.getState().setColumns(page, { visible: state.map((c) => c.colId), widths, pinned });
  }, [page]);

  const onKey = useCallback((e: CellKeyDownEvent<AuditEvent>) => {
    const ev = e.event as KeyboardEvent | null;
    const key = ev?.key;
    if (stale.stale) return;
    if (key === 'Enter' && e.rowIndex !== null) onOpen(e.rowIndex);
    // the keyboard's way to the pivot menu: the context-menu key or Shift+F10 on a cell
    if ((key === 'ContextMenu' || (key === 'F10' && ev?.shiftKey)) && e.data && e.colDef.colId) {
      ev?.preventDefault();
      const cell = (ev?.target instanceof HTMLElement ? ev.target.closest<HTMLElement>('.ag-cell') : null);
      openPivotMenu(e.data, e.colDef.colId, cell ?? { x: 200, y: 200 });
    }
  }, [onOpen, stale]);

  const onContextMenu = useCallback((e: CellContextMenuEvent<AuditEvent>) => {
    const ev = e.event as MouseEvent | null;
    if (!e.data || !e.colDef.colId || !ev || stale.stale) return;
    openPivotMenu(e.data, e.colDef.colId, { x: ev.clientX, y: ev.clientY });
  }, [stale]);

  return (
    <div className="grid-wrap" ref={attachStale} data-testid="events-grid" data-density={ui.density}>
      <AgGridReact<AuditEvent>
        theme={THEMES[ui.density]}
        rowModelType="infinite"
        datasource={datasource}
        columnDefs={columnDefs}
        // Blocks of 500 (~10 ms from the worker's selection) and a small row buffer: a jump far into
        // the result straddles fewer blocks and renders fewer rows, each render being the cost.
        // Two rows (60 px) still cover a wheel notch's or a trackpad's per-frame step, so slow
        // scrolling shows no blank edge (none saved ~10 ms a fling frame before the frame budget).
        cacheBlockSize={500}
        maxBlocksInCache={20}
        rowBuffer={2}
        infiniteInitialRowCount={1}
        getRowId={(p) => p.data.id}
        onGridReady={(e) => {
          apiRef.current = e.api;
          // the grid starts with the datasource of the query shown now
          shownKey.current = JSON.stringify(queryRef.current);
          showSort(e.api);
          registerGridFocus((i) => {
            const first = e.api.getAllDisplayedColumns()[0];
            if (!first) return;
            e.api.ensureIndexVisible(i);
            e.api.setFocusedCell(i, first);
          });
        }}
        onSortChanged={onSortChanged}
        onDragStopped={(e) => saveLayout(e.api)}
        onColumnResized={(e) => { if (e.finished && e.source === 'uiColumnResized') saveLayout(e.api); }}
        onCellKeyDown={onKey}
        onCellContextMenu={onContextMenu}
        preventDefaultOnContextMenu
        onRowClicked={(e) => { if (e.rowIndex !== null && e.data && !stale.stale) onOpen(e.rowIndex); }}
        onCellFocused={(e) => {
          if (typeof e.rowIndex !== 'number') return;
          // With the detail open, moving through the grid moves the detail along.
          const st = useAppStore.getState();
          if (st.detailIndex !== null && st.detailIndex !== e.rowIndex) st.openDetail(e.rowIndex);
          else st.setCursor(e.rowIndex);
        }}
        suppressCellFocus={false}
        // Cell text stays selectable by CSS (styles.css) rather than enableCellTextSelection, which
        // wraps every cell's value in two more elements: ~40% of the rows' DOM, rebuilt per scroll.
        // Tooltips are the cell's title attribute: AG Grid's tooltip component gives each cell its
        // own tooltip manager and listeners, made and torn down with every row a scroll brings in.
        enableBrowserTooltips
        // 'legacy' builds a row's cells inside AG Grid's per-row animation-frame task; 'default'
        // defers every new row's cells to one React pass after the frame's tasks, out of reach of
        // the frame budget (scripts/ag-grid-frame-budget.mts): a fling's frame stayed at 60–110 ms.
        renderingMode="legacy"
      />
    </div>
  );
}
