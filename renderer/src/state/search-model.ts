/**
 * The search as data: the page, the period (a preset or a custom range), the filter tree and the
 * sort. The grid, the cards, the count, the export, the facets and the histogram all run the query
 * built here, so they always agree. Pure: the store, the URL and saved searches share it.
 */
import { DEFAULT_SORT, type Condition, type FilterNode, type Period, type Query, type Sort } from '../../../shared/filter/tree';

/** `all` (every source), a sourceId, or one of the non-event pages. */
export type PageId = string;
export const OTHER_PAGES = ['imports', 'downloads', 'settings'] as const;

export const PERIOD_PRESETS = ['1h', '24h', '7d', '30d', '180d', 'data', 'all', 'custom'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];
const PRESET_MS: Partial<Record<PeriodPreset, number>> = {
  '1h': 3_600_000, '24h': 86_400_000, '7d': 7 * 86_400_000, '30d': 30 * 86_400_000, '180d': 180 * 86_400_000,
};

/**
 * A period as the analyst chose it. Relative presets are anchored when the query is built (so a
 * saved "last 24 hours" means the last 24 hours when it is opened); `data` is the loaded data's own
 * range; `custom` carries `from` (inclusive) and `to` (exclusive), epoch ms, either end open.
 */
export interface PeriodSpec { preset: PeriodPreset; from?: number; to?: number }

export interface SearchSpec { page: PageId; period: PeriodSpec; filter: FilterNode | null; sort: Sort }

/** The time span of the stored events, epoch ms (from the DB worker's stats). */
export interface DataRange { min: number; max: number }

export const DEFAULT_PERIOD: PeriodSpec = { preset: 'all' };
export const DEFAULT_SEARCH: SearchSpec = { page: 'all', period: DEFAULT_PERIOD, filter: null, sort: DEFAULT_SORT };

export function isEventsPage(page: PageId): boolean {
  return !(OTHER_PAGES as readonly string[]).includes(page);
}

/** A custom period; an end that is not a finite number is left open. */
export function customPeriod(from: number | undefined, to: number | undefined): PeriodSpec {
  const out: PeriodSpec = { preset: 'custom' };
  if (from !== undefined && Number.isFinite(from)) out.from = from;
  if (to !== undefined && Number.isFinite(to)) out.to = to;
  return out;
}

/** The concrete period a spec means at `now`, given the loaded data's range. */
export function periodOf(p: PeriodSpec, now: number, data: DataRange | null): Period {
  if (p.preset === 'all') return {};
  if (p.preset === 'custom') {
    const out: Period = {};
    if (p.from !== undefined) out.from = p.from;
    if (p.to !== undefined) out.to = p.to;
    return out;
  }
  if (p.preset === 'data') return data ? { from: data.min, to: data.max + 1 } : {};
  return { from: now - (PRESET_MS[p.preset] ?? 0), to: now + 1 };
}

/** The condition a source page adds to every query. */
export function pageCondition(page: PageId): Condition | null {
  if (page === 'all' || !isEventsPage(page)) return null;
  return { kind: 'cond', field: 'sourceId', op: 'eq', value: page, caseSensitive: true };
}

/** The page's condition and the analyst's tree, joined by AND. */
export function pageFilter(page: PageId, filter: FilterNode | null): FilterNode | null {
  const own = pageCondition(page);
  if (!own) return filter;
  if (!filter) return { kind: 'and', children: [own] };
  return { kind: 'and', children: [own, filter] };
}

/** The query the grid, the count, the export, the facets and the histogram all run. */
export function buildQuery(spec: SearchSpec, now: number, data: DataRange | null): Query {
  return { filter: pageFilter(spec.page, spec.filter), period: periodOf(spec.period, now, data), sort: spec.sort };
}

/** The same query without the analyst's conditions: what value pickers count over. */
export function scopeQuery(spec: SearchSpec, now: number, data: DataRange | null): Query {
  return buildQuery({ ...spec, filter: null, sort: DEFAULT_SORT }, now, data);
}

/** A stable text for comparing searches (field order is fixed by how specs are built). */
export function searchKey(spec: SearchSpec): string {
  return JSON.stringify([spec.page, spec.period.preset, spec.period.from ?? null, spec.period.to ?? null, spec.filter, spec.sort.field, spec.sort.dir]);
}

export function sameSort(a: Sort, b: Sort): boolean {
  return a.field === b.field && a.dir === b.dir;
}

export { DEFAULT_SORT };
export type { Sort };
