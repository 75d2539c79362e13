/** One column of a vendor page, written the same way by every page of the JSON sources. */
import type { Labels, SourceColumn } from '../model/source-catalog';

/** `both`: shown on PC and on mobile; `pc`: one of the PC layout's extra columns. */
export type ColumnLayout = 'both' | 'pc';

/**
 * A column whose header is `labels` in en/ja/ko and whose cell shows `value` (a normalized field,
 * `actor`, `time` or `details.<key>`); `width` in CSS pixels, else the grid's default.
 */
export function pageColumn(key: string, value: string, labels: Required<Labels>, layout: ColumnLayout, width?: number): SourceColumn {
  const c: SourceColumn = { key, value, labels, pc: true, mobile: layout === 'both' };
  if (width !== undefined) c.width = width;
  return c;
}
