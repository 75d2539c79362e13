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
  /** the menu name its importer stores as `category`, where that is not `labels.en` */
  menu?: string;
  columns: SourceColumn[];
}

export function label(l: Labels, lang: Lang): string {
  return l[lang] ?? l.en;
}

/**
 * An event's menu (`category`) in the UI language: the page's label when it is the fixed menu name
 * the page's importer stores (NAVER WORKS "Login", Okta "System Log"), else as the data has it (a
 * menu read from the records, such as Kintone's service). For display: searches keep the stored value.
 */
export function menuLabel(page: SourcePage | undefined, category: string, lang: Lang): string {
  return page !== undefined && category !== '' && category === storedMenu(page) ? label(page.labels, lang) : category;
}

/** The menu name a page's importer stores as `category`. */
export function storedMenu(page: SourcePage): string {
  return page.menu ?? page.labels.en;
}
