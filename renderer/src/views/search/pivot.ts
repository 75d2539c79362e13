/**
 * Pivots: from a value seen in the grid, the detail or a facet to a search. "Filter to this" and
 * "Exclude this" narrow the current search; "New search with this" starts over on All events, all
 * time, with only that condition (every event with this IP, across every source).
 */
import { isFilterField } from '../../../../shared/filter/fields';
import type { Condition } from '../../../../shared/filter/tree';
import type { AuditEvent } from '../../../../shared/model/event';
import { withCondition } from '../../state/filter-edit';
import { DEFAULT_PERIOD, DEFAULT_SORT, customPeriod, type PeriodSpec, type SearchSpec } from '../../state/search-model';

export type PivotAction = 'filter' | 'exclude' | 'new';

/** A field and the value to pivot on, as the tree names them. */
export interface PivotTarget { field: string; value: string }

/** Columns that show a value but name no filter field (ids, line numbers, the source's wording of the time). */
const NOT_FILTERABLE = new Set(['id', 'line', 'timeText', 'actorId', 'raw', 'flags', 'time', 'text']);

/** The person an actor value names: the e-mail when there is one, else the login, else the name. */
export function actorValue(e: Pick<AuditEvent, 'actorEmail' | 'actorLogin' | 'actorName'>): string {
  return e.actorEmail || e.actorLogin || e.actorName;
}

/**
 * The value behind a displayed actor (`Name (e-mail)` as the grid and the facets show it): the
 * e-mail, which the `actor` field matches exactly, or the text itself when it is a single part.
 */
export function actorFromDisplay(display: string): string {
  const m = /\(([^()]*@[^()]*)\)$/.exec(display);
  return m ? m[1] : display;
}

/** What a grid column or detail field of an event pivots on, or null when it names no field. */
export function pivotTarget(event: AuditEvent, column: string): PivotTarget | null {
  if (column.startsWith('details.')) {
    const key = column.slice('details.'.length);
    return key ? { field: column, value: event.details[key] ?? '' } : null;
  }
  if (NOT_FILTERABLE.has(column) || !isFilterField(column)) return null;
  if (column === 'actor') return { field: 'actor', value: actorValue(event) };
  const value = (event as unknown as Record<string, unknown>)[column];
  return typeof value === 'string' ? { field: column, value } : null;
}

/** The condition a pivot adds: equals the value (ignoring case), or "is empty" for an empty value. */
export function pivotCondition(t: PivotTarget): Condition {
  if (t.value === '') return { kind: 'cond', field: t.field, op: 'empty' };
  return { kind: 'cond', field: t.field, op: 'eq', value: t.value };
}

/** The search after a pivot on `cond` from the search `spec`. */
export function pivotSpec(spec: SearchSpec, cond: Condition, action: PivotAction): SearchSpec {
  if (action === 'new') return { page: 'all', period: DEFAULT_PERIOD, filter: cond, sort: DEFAULT_SORT };
  return { ...spec, filter: withCondition(spec.filter, cond, action === 'filter' ? 'include' : 'exclude') };
}

/** The period from `minutes` before an event to `minutes` after it (its context). */
export function aroundTime(ms: number, minutes: number): PeriodSpec {
  return customPeriod(ms - minutes * 60_000, ms + minutes * 60_000 + 1);
}
