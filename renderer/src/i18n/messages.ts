/**
 * UI strings and the i18next instance. The English dictionary below is the reference (and the
 * fallback); Japanese and Korean live in ja.ts / ko.ts, additions for the layouts in en-ui.ts.
 * `t()` stays a plain function so that non-React code (actions, notices) can use it too.
 */
import i18next from 'i18next';
import { EN_SEARCH } from './en-search';
import { EN_UI } from './en-ui';
import { EN_IMPORT_OPTIONS, JA_IMPORT_OPTIONS, KO_IMPORT_OPTIONS } from './import-options';
import { JA } from './ja';
import { JA_SEARCH } from './ja-search';
import { KO } from './ko';
import { KO_SEARCH } from './ko-search';

const en = {
  'app.title': 'Auditlens',
  'nav.all': 'All events',
  'nav.imports': 'Imports',
  'nav.sources': 'Sources',
  'action.open': 'Open files…',
  'action.export': 'Export CSV',
  'action.cancel': 'Cancel',
  'action.close': 'Close',
  'action.add': 'Add',
  'action.clear': 'Clear',
  'period.label': 'Period',
  'period.24h': 'Last 24 hours',
  'period.7d': 'Last 7 days',
  'period.30d': 'Last 30 days',
  'period.180d': 'Last 180 days',
  'period.all': 'All time',
  'period.custom': 'Custom range',
  'period.from': 'From',
  'period.to': 'To',
  'cond.label': 'Condition',
  'cond.field': 'Field',
  'cond.op': 'Operator',
  'cond.value': 'Value',
  'op.eq': 'is',
  'op.neq': 'is not',
  'op.contains': 'contains',
  'op.startsWith': 'starts with',
  'op.cidr': 'in CIDR',
  'count.events': '{n} events',
  'count.matching': '{n} matching events',
  'count.ms': 'in {ms} ms',
  'empty.title': 'No audit logs yet',
  'empty.body': 'Open or drop the audit-log exports of NAVER WORKS, Kintone, microCMS, Microsoft 365 and Entra ID, Okta, Google Workspace, Slack or GitHub: CSV or TSV, JSON or JSON Lines, XLSX, or ZIP and gzip archives of them.',
  'empty.mapping': 'Any other CSV or JSON log with a column of times is read through a column mapping, asked for once when it is opened.',
  'empty.noMatch': 'No events match this period and these conditions.',
  'drop.hint': 'Drop audit-log files to import them',
  'import.running': 'Importing {file}',
  'import.progress': '{read} read · {rejected} rejected · {pct}%',
  'import.uploading': 'Uploading {file} to the Auditlens host',
  'import.uploadProgress': '{loaded} of {total} MB · {pct}% · file {index} of {count}',
  'import.uploadCancelled': 'Upload of {file} cancelled; nothing was imported.',
  'import.summary': 'Import finished',
  'import.added': 'added',
  'import.duplicates': 'duplicates',
  'import.rejected': 'rejected',
  'import.reasons': 'Rejected lines',
  'import.noneAdded': 'Nothing new: every event in {file} was already stored.',
  'import.totals': '{files} files: {added} added, {duplicates} duplicates, {rejected} rejected, {skipped} skipped',
  'imports.title': 'Imports',
  'imports.empty': 'No imports yet.',
  'col.file': 'File',
  'col.size': 'Size',
  'col.sha256': 'SHA-256',
  'col.source': 'Source',
  'col.encoding': 'Encoding',
  'col.timeZone': 'Time zone',
  'col.read': 'Read',
  'col.added': 'Added',
  'col.duplicates': 'Duplicates',
  'col.rejected': 'Rejected',
  'col.status': 'Status',
  'col.started': 'Started',
  'col.line': 'Line',
  'col.reason': 'Reason',
  'col.raw': 'Text',
  'export.done': 'Exported {rows} events to {file}',
  'export.running': 'Exporting…',
  'zone.label': 'Time zone',
  'layout.toggle': 'Mobile layout',
  'start.failed': 'Auditlens could not start',
  'field.actor': 'User',
  'field.action': 'Action',
  'field.status': 'Status',
  'field.ip': 'IP address',
  'field.serviceType': 'Service type',
  'field.target': 'Target',
  'field.category': 'Menu',
  'field.text': 'Any field',
} as const;

const EN = { ...en, ...EN_UI, ...EN_SEARCH, ...EN_IMPORT_OPTIONS };
export type MessageKey = keyof typeof EN;

export type UiLang = 'en' | 'ja' | 'ko';
export const UI_LANGS: readonly UiLang[] = ['en', 'ja', 'ko'];
/** Each language named in itself, for the language switch. */
export const LANG_NAMES: Record<UiLang, string> = { en: 'English', ja: '日本語', ko: '한국어' };

/**
 * One i18next instance, initialised synchronously so `t()` works at import time. Placeholders stay
 * `{name}` (not i18next's `{{name}}`) so the first dictionary needed no rewrite. No escaping here:
 * React renders every string as text, and log content never reaches markup.
 */
export const i18n = i18next.createInstance();
void i18n.init({
  resources: { en: { translation: EN }, ja: { translation: { ...JA, ...JA_SEARCH, ...JA_IMPORT_OPTIONS } }, ko: { translation: { ...KO, ...KO_SEARCH, ...KO_IMPORT_OPTIONS } } },
  lng: 'en',
  fallbackLng: 'en',
  initAsync: false,
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false, prefix: '{', suffix: '}' },
});

type Vars = Record<string, string | number>;
const translate = i18n.t.bind(i18n) as unknown as (key: string, vars?: Vars) => string;

/** The string for `key` in the current language, with `{name}` placeholders filled in. */
export function t(key: MessageKey, vars: Vars = {}): string {
  return translate(key, vars);
}

/** The string for `key` with its `{name}` placeholders left in place, for templates filled elsewhere. */
export function template(key: MessageKey): string {
  const own: unknown = i18n.getResource(currentLang(), 'translation', key);
  return typeof own === 'string' ? own : (EN as Record<string, string>)[key];
}

export function currentLang(): UiLang {
  const l = i18n.language;
  return l === 'ja' || l === 'ko' ? l : 'en';
}

/** Switches the UI language; React views re-render through react-i18next. */
export async function setLanguage(lang: UiLang): Promise<void> {
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
  if (i18n.language !== lang) await i18n.changeLanguage(lang);
}

const LOCALES: Record<UiLang, string> = { en: 'en-US', ja: 'ja-JP', ko: 'ko-KR' };

/** One formatter per language: building an Intl.NumberFormat per call cost ~1.6 s of the UI thread per 1M-event import. */
const numberFormats = new Map<UiLang, Intl.NumberFormat>();

export function formatNumber(n: number, lang: UiLang = currentLang()): string {
  let f = numberFormats.get(lang);
  if (!f) numberFormats.set(lang, (f = new Intl.NumberFormat(LOCALES[lang])));
  return f.format(n);
}

/** A date and time for reading (not for the grid, which keeps sortable ISO-like wall time). */
export function formatDateTime(ms: number, zone: string, lang: UiLang = currentLang()): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'medium', timeStyle: 'medium', timeZone: zone }).format(ms);
}

export function formatBytes(n: number, lang: UiLang = currentLang()): string {
  const f = (v: number, d: number) => new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: d, maximumFractionDigits: d }).format(v);
  if (n < 1024) return `${f(n, 0)} B`;
  if (n < 1024 ** 2) return `${f(n / 1024, 1)} KB`;
  if (n < 1024 ** 3) return `${f(n / 1024 ** 2, 1)} MB`;
  return `${f(n / 1024 ** 3, 2)} GB`;
}
