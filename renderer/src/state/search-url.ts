/**
 * The search in the URL's hash, so that back/forward step through searches and a link reopens one:
 *   #/events/naverworks.login?q=status:failure ip:203.0.113.0/24&tz=Asia/Tokyo&period=custom
 *     &from=2024-05-13T15:00:00.000Z&to=2024-05-14T15:00:00.000Z&sort=time:desc
 * The filter is written as quick-search text (readable, and the same syntax the box takes), its
 * dates in the zone `tz` names; period ends are UTC ISO instants. Only the hash is used: in web
 * mode the query string carries the session token on first load and belongs to the host.
 */
import { parseQuickSearch, formatQuickSearch } from '../../../shared/filter/quick-search';
import { validateFilter } from '../../../shared/filter/validate';
import { isValidTimeZone } from '../../../shared/util/timezone';
import {
  DEFAULT_SORT, DEFAULT_PERIOD, PERIOD_PRESETS, customPeriod, isEventsPage, type PeriodPreset, type PeriodSpec, type SearchSpec, type Sort,
} from './search-model';

const SORT_FIELD = /^[A-Za-z][\w.-]{0,199}$/;

/** The hash (with its leading `#`) for a search. */
export function encodeSearch(spec: SearchSpec, zone: string): string {
  if (!isEventsPage(spec.page)) return `#/${spec.page}`;
  const params = new URLSearchParams();
  const q = formatQuickSearch(spec.filter, { timeZone: zone });
  if (q) {
    params.set('q', q);
    params.set('tz', zone);
  }
  const p = spec.period;
  if (p.preset !== DEFAULT_PERIOD.preset) params.set('period', p.preset);
  if (p.preset === 'custom') {
    if (p.from !== undefined) params.set('from', new Date(p.from).toISOString());
    if (p.to !== undefined) params.set('to', new Date(p.to).toISOString());
  }
  if (spec.sort.field !== DEFAULT_SORT.field || spec.sort.dir !== DEFAULT_SORT.dir) params.set('sort', `${spec.sort.field}:${spec.sort.dir}`);
  // Spaces as %20 (a `+` would be ambiguous to a reader); characters a fragment may hold as they are
  // (`: / @ , ( ) * !`) left readable. `& = + # %` stay escaped: they delimit or escape.
  const text = params.toString().replace(/\+/g, '%20').replace(/%(3A|2F|40|2C|28|29|2A|21)/gi, (m) => decodeURIComponent(m));
  return `#/events/${encodeURIComponent(spec.page)}${text ? `?${text}` : ''}`;
}

export interface DecodedSearch {
  spec: SearchSpec;
  /** what could not be read (the rest of the search is still used), or null */
  problem: string | null;
}

/**
 * Reads a hash back into a search. Returns null for a hash that is not one of ours (empty, or
 * another route); a damaged part (a bad filter, date or sort) is dropped and named in `problem`.
 */
export function decodeSearch(hash: string, fallbackZone: string): DecodedSearch | null {
  const m = /^#\/([^?]*)(?:\?(.*))?$/.exec(hash);
  if (!m) return null;
  const route = m[1];
  if (!route.startsWith('events/')) {
    return isEventsPage(route) || route === '' ? null : { spec: { page: route, period: DEFAULT_PERIOD, filter: null, sort: DEFAULT_SORT }, problem: null };
  }
  let page: string;
  try {
    page = decodeURIComponent(route.slice('events/'.length)) || 'all';
  } catch {
    return null;
  }
  if (!isEventsPage(page)) page = 'all';
  const params = new URLSearchParams(m[2] ?? '');
  const problems: string[] = [];
  const filter = readFilter(params, fallbackZone, problems);
  const period = readPeriod(params, problems);
  const sort = readSort(params, problems);
  return { spec: { page, period, filter, sort }, problem: problems.length ? problems.join('; ') : null };
}

function readFilter(params: URLSearchParams, fallbackZone: string, problems: string[]): SearchSpec['filter'] {
  const q = params.get('q');
  if (!q) return null;
  const tz = params.get('tz');
  const zone = tz && isValidTimeZone(tz) ? tz : fallbackZone;
  if (tz && zone !== tz) problems.push(`unknown time zone "${tz}"; dates read in ${zone}`);
  const parsed = parseQuickSearch(q, { timeZone: zone });
  if (!parsed.ok) {
    problems.push(`filter: ${parsed.error.message} (at character ${parsed.error.position + 1})`);
    return null;
  }
  if (parsed.tree === null) return null;
  const bad = validateFilter(parsed.tree);
  if (bad.length) {
    problems.push(`filter: ${bad[0]}`);
    return null;
  }
  return parsed.tree;
}

function readInstant(text: string | null, name: string, problems: string[]): number | undefined {
  if (text === null || text === '') return undefined;
  const ms = Date.parse(text);
  if (!Number.isFinite(ms) || !/^\d{4}-\d{2}-\d{2}T/.test(text)) {
    problems.push(`${name}: not an ISO date and time`);
    return undefined;
  }
  return ms;
}

function readPeriod(params: URLSearchParams, problems: string[]): PeriodSpec {
  const preset = params.get('period') ?? DEFAULT_PERIOD.preset;
  if (!(PERIOD_PRESETS as readonly string[]).includes(preset)) {
    problems.push(`unknown period "${preset}"`);
    return DEFAULT_PERIOD;
  }
  if (preset !== 'custom') return { preset: preset as PeriodPreset };
  const from = readInstant(params.get('from'), 'from', problems);
  const to = readInstant(params.get('to'), 'to', problems);
  if (from !== undefined && to !== undefined && to < from) {
    problems.push('the period ends before it starts');
    return DEFAULT_PERIOD;
  }
  return customPeriod(from, to);
}

function readSort(params: URLSearchParams, problems: string[]): Sort {
  const text = params.get('sort');
  if (!text) return DEFAULT_SORT;
  const i = text.lastIndexOf(':');
  const field = text.slice(0, i);
  const dir = text.slice(i + 1);
  if (i < 1 || !SORT_FIELD.test(field) || (dir !== 'asc' && dir !== 'desc')) {
    problems.push(`sort: expected field:asc or field:desc, got "${text}"`);
    return DEFAULT_SORT;
  }
  return { field, dir };
}
