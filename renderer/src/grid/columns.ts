/**
 * AG Grid column definitions per page: the vendor's PC column set for a source page, and a merged
 * set for All events. Values are computed by the same cellText the CSV export uses,
 * except time, shown as wall time in the display zone.
 */
import type { ColDef, ValueGetterParams } from 'ag-grid-community';
import type { AuditEvent } from '../../../shared/model/event';
import { label, type SourceColumn } from '../../../shared/model/source-catalog';
import { pageFor } from '../../../shared/sources/catalog';
import { cellText } from '../db-worker/query/cell-text';
import { formatInZone } from '../../../shared/util/timezone';
import { StatusCell } from './StatusCell';

/** The column set of All events: the normalized fields every source has. */
export const ALL_EVENTS_COLUMNS: SourceColumn[] = [
  { key: 'time', value: 'time', labels: { en: 'Date' }, pc: true, mobile: true, width: 190 },
  { key: 'category', value: 'category', labels: { en: 'Menu' }, pc: true, mobile: false, width: 140 },
  { key: 'actor', value: 'actor', labels: { en: 'User' }, pc: true, mobile: true, width: 260 },
  { key: 'action', value: 'action', labels: { en: 'Action' }, pc: true, mobile: true, width: 200 },
  { key: 'status', value: 'status', labels: { en: 'Status' }, pc: true, mobile: true, width: 110 },
  { key: 'ip', value: 'ip', labels: { en: 'IP Address' }, pc: true, mobile: false, width: 170 },
  { key: 'serviceType', value: 'serviceType', labels: { en: 'Service Type' }, pc: true, mobile: false, width: 130 },
  { key: 'target', value: 'target', labels: { en: 'Target' }, pc: true, mobile: false, width: 220 },
  { key: 'statusText', value: 'statusText', labels: { en: 'Description' }, pc: true, mobile: false, width: 260 },
];

export function columnsForPage(page: string): SourceColumn[] {
  if (page === 'all') return ALL_EVENTS_COLUMNS;
  return pageFor(page)?.columns ?? ALL_EVENTS_COLUMNS;
}

/** Sort keys the DB worker understands for a column's value. */
export function sortFieldOf(value: string): string | null {
  if (value === 'time') return 'time';
  if (value === 'actor') return 'actor';
  if (value.startsWith('details.')) return null;
  return value;
}

export function toColDefs(columns: SourceColumn[], zone: string, layout: 'pc' | 'mobile'): ColDef<AuditEvent>[] {
  return columns
    .filter((c) => (layout === 'pc' ? c.pc : c.mobile))
    .map((c) => ({
      colId: c.value,
      headerName: c.value === 'time' ? `${label(c.labels, 'en')} (${zone})` : label(c.labels, 'en'),
      width: c.width ?? (c.value === 'time' ? 190 : 180),
      sortable: sortFieldOf(c.value) !== null,
      resizable: true,
      // The grid shows wall time without the offset (the header names the zone); export keeps ISO-8601.
      valueGetter: (p: ValueGetterParams<AuditEvent>) => (!p.data ? '' : c.value === 'time' ? formatInZone(p.data.time, zone) : cellText(p.data, c.value, zone)),
      cellRenderer: c.value === 'status' || c.value === 'statusText' ? StatusCell : undefined,
      tooltipValueGetter: (p) => (typeof p.value === 'string' && p.value.length > 40 ? p.value : undefined),
    }));
}
