/**
 * AG Grid column definitions per page: the vendor's column set for a source page (see
 * display-columns.ts for PC vs mobile and the user's display items), and a merged set for All
 * events. Values come from the same cellText the CSV export uses, except time, shown as wall time
 * in the display zone (the header names the zone); the Menu column shows a fixed menu name in the UI
 * language (menuText).
 */
import type { ColDef, ICellRendererParams, ValueFormatterParams, ValueGetterParams } from 'ag-grid-community';
import type { AuditEvent } from '../../../shared/model/event';
import { label, menuLabel, type Lang, type SourceColumn } from '../../../shared/model/source-catalog';
import { pageOf } from './page-of';
import { formatInZone } from '../../../shared/util/timezone';
import { cellText } from '../db-worker/query/cell-text';
import type { DisplayColumn } from './display-columns';
import { StatusCellRenderer, TextCellRenderer, type CellOptions } from './dom-cells';
import { marksFor } from './value-marks';

/** The column set of All events: the normalized fields every source has. */
export const ALL_EVENTS_COLUMNS: SourceColumn[] = [
  { key: 'time', value: 'time', labels: { en: 'Date', ja: '日時', ko: '일시' }, pc: true, mobile: true, width: 190 },
  { key: 'category', value: 'category', labels: { en: 'Menu', ja: 'メニュー', ko: '메뉴' }, pc: true, mobile: false, width: 140 },
  { key: 'actor', value: 'actor', labels: { en: 'User', ja: 'ユーザー', ko: '사용자' }, pc: true, mobile: true, width: 260 },
  { key: 'action', value: 'action', labels: { en: 'Action', ja: '操作', ko: '작업' }, pc: true, mobile: true, width: 200 },
  { key: 'status', value: 'status', labels: { en: 'Status', ja: '結果', ko: '상태' }, pc: true, mobile: true, width: 110 },
  { key: 'ip', value: 'ip', labels: { en: 'IP Address', ja: 'IPアドレス', ko: 'IP 주소' }, pc: true, mobile: false, width: 170 },
  { key: 'serviceType', value: 'serviceType', labels: { en: 'Service Type', ja: 'サービスタイプ', ko: '서비스 유형' }, pc: true, mobile: false, width: 130 },
  { key: 'target', value: 'target', labels: { en: 'Target', ja: '対象', ko: '대상' }, pc: true, mobile: false, width: 220 },
  { key: 'statusText', value: 'statusText', labels: { en: 'Description', ja: '説明', ko: '설명' }, pc: true, mobile: false, width: 260 },
];

export function columnsForPage(page: string): SourceColumn[] {
  if (page === 'all') return ALL_EVENTS_COLUMNS;
  return pageOf(page)?.columns ?? ALL_EVENTS_COLUMNS;
}

/**
 * Sort keys the DB worker understands for a column's value: every filter field and `details.<key>`
 * and the line number (sorted in the worker, over the whole result); the source's own time text is
 * not a sort key (the time column sorts the same events by the instant).
 */
export function sortFieldOf(value: string): string | null {
  return value === 'timeText' ? null : value;
}

/** A column's header in the UI language; the time column names the display zone. */
export function headerOf(c: SourceColumn, zone: string, lang: Lang): string {
  return c.value === 'time' ? `${label(c.labels, lang)} (${zone})` : label(c.labels, lang);
}

/**
 * The Menu column in the UI language, as the side menu and the source facet name the page (see
 * menuLabel). Display only: pivots, copies and exports take the stored value, as for status words.
 */
export function menuText(sourceId: string, category: string, lang: Lang): string {
  return menuLabel(pageOf(sourceId), category, lang);
}

/** A column's value for an event (time as wall time in `zone`): what a pivot, a copy or an export reads. */
export function cellValue(event: AuditEvent, value: string, zone: string): string {
  return value === 'time' ? formatInZone(event.time, zone) : cellText(event, value, zone);
}

/** The text a column shows for an event: its value, the menu in `lang`. */
export function displayText(event: AuditEvent, value: string, zone: string, lang: Lang): string {
  return value === 'category' ? menuText(event.sourceId, event.category, lang) : cellValue(event, value, zone);
}

/**
 * Status and level cells are always drawn by a renderer (colour plus words); any other cell is
 * AG Grid's own text unless it carries a mark (formula, control characters, bad JSON): a renderer
 * per cell cost a component and two DOM nodes more for each of the ~250 cells a scroll redraws.
 */
function rendererOf(value: string, first: boolean): Pick<ColDef<AuditEvent>, 'cellRenderer' | 'cellRendererParams' | 'cellRendererSelector'> {
  if (value === 'status' || value === 'statusText') return { cellRenderer: StatusCellRenderer, cellRendererParams: { first } satisfies CellOptions };
  if (value === 'level') return { cellRenderer: TextCellRenderer, cellRendererParams: { first, level: true } satisfies CellOptions };
  return {
    cellRendererSelector: (p: ICellRendererParams<AuditEvent>) =>
      p.data && marksFor(typeof p.value === 'string' ? p.value : '', p.data.flags, first).length > 0
        ? { component: TextCellRenderer, params: { first } satisfies CellOptions }
        : undefined,
  };
}

export function toColDefs(columns: DisplayColumn[], zone: string, lang: Lang): ColDef<AuditEvent>[] {
  return columns.map(({ column: c, width, pinned }, i) => ({
    colId: c.value,
    headerName: headerOf(c, zone, lang),
    width: width ?? c.width ?? (c.value === 'time' ? 190 : 180),
    pinned: pinned ?? null,
    sortable: sortFieldOf(c.value) !== null,
    resizable: true,
    valueGetter: (p: ValueGetterParams<AuditEvent>) => (p.data ? cellValue(p.data, c.value, zone) : ''),
    ...(c.value === 'category' ? { valueFormatter: (p: ValueFormatterParams<AuditEvent>) => (p.data ? menuText(p.data.sourceId, p.data.category, lang) : '') } : {}),
    ...rendererOf(c.value, i === 0),
    tooltipValueGetter: (p) => (typeof p.value === 'string' && p.value.length > 40 ? p.value : undefined),
  }));
}
