/**
 * Which columns a page shows. PC: the page's display items (the vendor's PC set unless the user
 * edited them), in the user's order, with widths and pins. Mobile: exactly the vendor's mobile set,
 * which display items never change (the vendors' app screens have no such option).
 */
import type { SourceColumn } from '../../../shared/model/source-catalog';
import type { ColumnPrefs } from '../state/settings-schema';

export interface DisplayColumn { column: SourceColumn; width?: number; pinned?: 'left' | 'right' }

/** Normalized fields offered as extra columns on every page (hidden until the user shows them). */
export const EXTRA_COLUMNS: SourceColumn[] = [
  { key: 'time', value: 'time', labels: { en: 'Date', ja: '日時', ko: '일시' }, pc: false, mobile: false, width: 190 },
  { key: 'actor', value: 'actor', labels: { en: 'User', ja: 'ユーザー', ko: '사용자' }, pc: false, mobile: false, width: 260 },
  { key: 'action', value: 'action', labels: { en: 'Action', ja: '操作', ko: '작업' }, pc: false, mobile: false, width: 200 },
  { key: 'status', value: 'status', labels: { en: 'Status', ja: '結果', ko: '상태' }, pc: false, mobile: false, width: 110 },
  { key: 'statusText', value: 'statusText', labels: { en: 'Description', ja: '説明', ko: '설명' }, pc: false, mobile: false, width: 260 },
  { key: 'target', value: 'target', labels: { en: 'Target', ja: '対象', ko: '대상' }, pc: false, mobile: false, width: 220 },
  { key: 'ip', value: 'ip', labels: { en: 'IP Address', ja: 'IPアドレス', ko: 'IP 주소' }, pc: false, mobile: false, width: 170 },
  { key: 'serviceType', value: 'serviceType', labels: { en: 'Service Type', ja: 'サービスタイプ', ko: '서비스 유형' }, pc: false, mobile: false, width: 130 },
  { key: 'category', value: 'category', labels: { en: 'Menu', ja: 'メニュー', ko: '메뉴' }, pc: false, mobile: false, width: 140 },
  { key: 'module', value: 'module', labels: { en: 'Module', ja: 'モジュール', ko: '모듈' }, pc: false, mobile: false, width: 140 },
  { key: 'level', value: 'level', labels: { en: 'Level', ja: 'レベル', ko: '레벨' }, pc: false, mobile: false, width: 110 },
  { key: 'actorKind', value: 'actorKind', labels: { en: 'User kind', ja: 'ユーザー種別', ko: '사용자 유형' }, pc: false, mobile: false, width: 130 },
  { key: 'sourceId', value: 'sourceId', labels: { en: 'Source', ja: 'ソース', ko: '소스' }, pc: false, mobile: false, width: 170 },
  { key: 'timeText', value: 'timeText', labels: { en: 'Time as written', ja: '元の日時表記', ko: '원본 일시 표기' }, pc: false, mobile: false, width: 220 },
  { key: 'line', value: 'line', labels: { en: 'Line', ja: '行', ko: '줄' }, pc: false, mobile: false, width: 80 },
];

/** Every column the page can show: its own, then the normalized fields it does not already show. */
export function availableColumns(pageColumns: SourceColumn[]): SourceColumn[] {
  const have = new Set(pageColumns.map((c) => c.value));
  return [...pageColumns, ...EXTRA_COLUMNS.filter((c) => !have.has(c.value))];
}

export function mobileColumns(pageColumns: SourceColumn[]): SourceColumn[] {
  return pageColumns.filter((c) => c.mobile);
}

/** The PC columns of a page after the user's display items; unknown ids in the prefs are ignored. */
export function pcColumns(pageColumns: SourceColumn[], prefs?: ColumnPrefs): DisplayColumn[] {
  const all = availableColumns(pageColumns);
  const byValue = new Map(all.map((c) => [c.value, c]));
  const chosen = prefs ? prefs.visible.flatMap((v) => (byValue.has(v) ? [byValue.get(v)!] : [])) : [];
  const list = chosen.length ? chosen : pageColumns.filter((c) => c.pc);
  return list.map((column) => {
    const d: DisplayColumn = { column };
    const w = prefs?.widths[column.value];
    const p = prefs?.pinned[column.value];
    if (w !== undefined) d.width = w;
    if (p) d.pinned = p;
    return d;
  });
}

/** Prefs equal to what the page shows now, as the starting point of an edit. */
export function prefsOf(pageColumns: SourceColumn[], prefs?: ColumnPrefs): ColumnPrefs {
  const shown = pcColumns(pageColumns, prefs);
  return { visible: shown.map((d) => d.column.value), widths: { ...(prefs?.widths ?? {}) }, pinned: { ...(prefs?.pinned ?? {}) } };
}

/** Moves `value` one place up (-1) or down (+1) among the visible columns. */
export function moveColumn(prefs: ColumnPrefs, value: string, step: -1 | 1): ColumnPrefs {
  const v = [...prefs.visible];
  const i = v.indexOf(value);
  const j = i + step;
  if (i < 0 || j < 0 || j >= v.length) return prefs;
  [v[i], v[j]] = [v[j], v[i]];
  return { ...prefs, visible: v };
}

/** Shows or hides a column; the last visible column cannot be hidden (an empty grid helps nobody). */
export function toggleColumn(prefs: ColumnPrefs, value: string, show: boolean): ColumnPrefs {
  const has = prefs.visible.includes(value);
  if (show && !has) return { ...prefs, visible: [...prefs.visible, value] };
  if (!show && has && prefs.visible.length > 1) return { ...prefs, visible: prefs.visible.filter((x) => x !== value) };
  return prefs;
}
