/**
 * Saved and recent searches as stored in the DB worker's settings table, and how they are read
 * back: each entry goes through a schema with per-field defaults, a damaged entry is dropped on
 * its own, and a filter tree that no longer validates is dropped with its entry (never run).
 */
import { z } from 'zod';
import { FilterNodeSchema, SortSchema } from '../../../shared/filter/tree';
import { validateFilter } from '../../../shared/filter/validate';
import { DEFAULT_PERIOD, DEFAULT_SORT, PERIOD_PRESETS, searchKey, type SearchSpec } from './search-model';

/** `page`: opens on the page it was saved on; `global`: applies to whichever page is open. */
export const SAVED_SCOPES = ['page', 'global'] as const;
export type SavedScope = (typeof SAVED_SCOPES)[number];

export interface SavedSearch {
  id: string;
  name: string;
  scope: SavedScope;
  spec: SearchSpec;
  createdAt: number;
  updatedAt: number;
}

export interface RecentSearch { spec: SearchSpec; at: number }

export const MAX_SAVED = 500;
export const MAX_RECENT = 20;
export const MAX_NAME = 200;

const PeriodSchema = z.object({
  preset: z.enum(PERIOD_PRESETS).catch(DEFAULT_PERIOD.preset),
  from: z.number().finite().optional().catch(undefined),
  to: z.number().finite().optional().catch(undefined),
});

const SpecSchema = z.object({
  page: z.string().min(1).max(200).catch('all'),
  period: PeriodSchema.catch(DEFAULT_PERIOD),
  filter: FilterNodeSchema.nullable().refine((f) => f === null || validateFilter(f).length === 0, { message: 'the filter does not validate' }),
  sort: SortSchema.catch(DEFAULT_SORT),
});

const SavedSchema = z.object({
  id: z.string().min(1).max(100),
  name: z.string().max(MAX_NAME).catch('').transform((s) => s.trim()),
  scope: z.enum(SAVED_SCOPES).catch('global'),
  spec: SpecSchema,
  createdAt: z.number().finite().catch(0),
  updatedAt: z.number().finite().catch(0),
});

const RecentSchema = z.object({ spec: SpecSchema, at: z.number().finite().catch(0) });

function cleanPeriod(spec: SearchSpec): SearchSpec {
  const p = spec.period;
  if (p.preset !== 'custom') return { ...spec, period: { preset: p.preset } };
  const period = { preset: p.preset, ...(p.from !== undefined ? { from: p.from } : {}), ...(p.to !== undefined ? { to: p.to } : {}) };
  return { ...spec, period };
}

/** Restores the saved list: bad entries dropped, unnamed ones named by `untitled`, ids unique. */
export function restoreSaved(raw: unknown, untitled = 'Untitled search'): SavedSearch[] {
  if (!Array.isArray(raw)) return [];
  const seen = new Set<string>();
  const out: SavedSearch[] = [];
  for (const item of raw.slice(0, MAX_SAVED)) {
    const r = SavedSchema.safeParse(item);
    if (!r.success || seen.has(r.data.id)) continue;
    seen.add(r.data.id);
    out.push({ ...r.data, name: r.data.name || untitled, spec: cleanPeriod(r.data.spec) });
  }
  return out;
}

/** Restores the recent list, newest first, at most MAX_RECENT, one entry per distinct search. */
export function restoreRecent(raw: unknown): RecentSearch[] {
  if (!Array.isArray(raw)) return [];
  const out: RecentSearch[] = [];
  for (const item of raw) {
    const r = RecentSchema.safeParse(item);
    if (r.success) out.push({ spec: cleanPeriod(r.data.spec), at: r.data.at });
  }
  return dedupeRecent(out.sort((a, b) => b.at - a.at));
}

function dedupeRecent(list: RecentSearch[]): RecentSearch[] {
  const seen = new Set<string>();
  return list.filter((r) => {
    const k = searchKey(r.spec);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  }).slice(0, MAX_RECENT);
}

/** The recent list after running `spec` at `at`: moved to the top, the oldest dropped past MAX_RECENT. */
export function pushRecent(list: RecentSearch[], spec: SearchSpec, at: number): RecentSearch[] {
  return dedupeRecent([{ spec, at }, ...list]);
}

/** True for a search worth remembering: one with conditions or a period other than all time. */
export function isWorthRecording(spec: SearchSpec): boolean {
  return spec.filter !== null || spec.period.preset !== DEFAULT_PERIOD.preset;
}
