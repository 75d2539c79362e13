/**
 * The shape of the persisted preferences and how they are restored: whatever is read back from
 * the database goes through these schemas, and anything unknown or damaged falls back to a
 * default field by field (an old or hand-edited record never blocks start-up).
 */
import { z } from 'zod';
import { isValidTimeZone } from '../../../shared/util/timezone';

export const THEMES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEMES)[number];
export const DENSITIES = ['compact', 'comfortable'] as const;
export type Density = (typeof DENSITIES)[number];
export const LAYOUTS = ['auto', 'pc', 'mobile'] as const;
export type LayoutChoice = (typeof LAYOUTS)[number];
export const LANGS = ['en', 'ja', 'ko'] as const;
export type Lang = (typeof LANGS)[number];

/** `zone` is `local` (follow the system) or an IANA zone name such as `Asia/Tokyo` or `UTC`. */
export interface UiSettings { lang: Lang; theme: ThemeChoice; zone: string; density: Density; layout: LayoutChoice }

/** The UI language for a browser language tag: ja-*, ko-*, else English. */
export function langFromLocale(tag: string | undefined): Lang {
  const base = (tag ?? '').toLowerCase().split('-')[0];
  return base === 'ja' || base === 'ko' ? base : 'en';
}

export function defaultUi(locale?: string): UiSettings {
  return { lang: langFromLocale(locale), theme: 'system', zone: 'local', density: 'compact', layout: 'auto' };
}

export function restoreUi(raw: unknown, locale?: string): UiSettings {
  const d = defaultUi(locale);
  const schema = z.object({
    lang: z.enum(LANGS).catch(d.lang),
    theme: z.enum(THEMES).catch(d.theme),
    zone: z.string().refine((v) => v === 'local' || isValidTimeZone(v)).catch(d.zone),
    density: z.enum(DENSITIES).catch(d.density),
    layout: z.enum(LAYOUTS).catch(d.layout),
  });
  const r = schema.safeParse(typeof raw === 'object' && raw !== null ? raw : {});
  return r.success ? r.data : d;
}

/** The zone to display times in for a `zone` setting. */
export function resolveZone(zone: string, systemZone: string): string {
  return zone === 'local' ? systemZone : zone;
}

/** Per page: which columns show, in what order, their widths and pins. Absent = the vendor's PC set. */
export interface ColumnPrefs { visible: string[]; widths: Record<string, number>; pinned: Record<string, 'left' | 'right'> }

const ColumnPrefsSchema = z.object({
  visible: z.array(z.string().max(200)).max(200),
  widths: z.record(z.string(), z.number().min(30).max(2000)).catch({}),
  pinned: z.record(z.string(), z.enum(['left', 'right'])).catch({}),
});

/** Restores the `columns` setting; a damaged page entry is dropped (that page shows its defaults). */
export function restoreColumns(raw: unknown): Record<string, ColumnPrefs> {
  if (typeof raw !== 'object' || raw === null) return {};
  const out: Record<string, ColumnPrefs> = {};
  for (const [page, v] of Object.entries(raw)) {
    const r = ColumnPrefsSchema.safeParse(v);
    if (r.success) out[page] = r.data;
  }
  return out;
}

/** One finished export, for the Log Download page. */
export interface ExportEntry { at: number; page: string; format: string; rows: number; fileName: string }

const ExportEntrySchema = z.object({ at: z.number(), page: z.string(), format: z.string(), rows: z.number(), fileName: z.string() });
export const MAX_EXPORTS_KEPT = 200;

export function restoreExports(raw: unknown): ExportEntry[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((e) => { const r = ExportEntrySchema.safeParse(e); return r.success ? [r.data] : []; }).slice(0, MAX_EXPORTS_KEPT);
}
