/**
 * What the renderer needs to know of a source: its page (vendor, menu label) and the columns the
 * vendor's own audit screen shows on PC and on mobile. Sources register here from shared/sources/.
 */

export type Lang = 'en' | 'ja' | 'ko';
export type Labels = { en: string; ja?: string; ko?: string };

/**
 * Where a column's value comes from: a normalized field, `actor` (display "Name (email)"),
 * `time` (formatted in the display zone) or `details.<key>` (the source's own field).
 */
export interface SourceColumn {
  key: string;
  value: string;
  labels: Labels;
  pc: boolean;
  mobile: boolean;
  width?: number;
}

export interface SourcePage {
  sourceId: string;
  vendor: string;
  /** the vendor's menu name, e.g. Login, Admin, Developer Console */
  labels: Labels;
  columns: SourceColumn[];
}

export function label(l: Labels, lang: Lang): string {
  return l[lang] ?? l.en;
}
