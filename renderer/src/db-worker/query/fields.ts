/**
 * What a filter, sort or facet field name means over the index: which column of codes it reads
 * (a normalized index column or a `details.<key>` column), and which text of each dictionary entry
 * it compares (the value itself, or one part of the actor).
 */
import { AppError } from '../../../../shared/errors';
import { detailsKeyOf } from '../../../../shared/filter/fields';
import { FILTER_FIELDS } from '../../../../shared/model/event';
import { actorKeyDisplay, actorPart, type ActorPart } from '../index/actor-key';
import { MAX_DETAIL_KEYS } from '../index/detail-columns';
import { Dictionary } from '../index/dictionary';
import { INDEX_COLUMNS, type EventIndex, type IndexColumn } from '../index/event-index';

/** One text per dictionary entry: the value, an actor part, or the actor's display text. */
export type TextView = 'value' | ActorPart | 'display';

/** Per-event codes into a dictionary; `null` codes mean every event has code 0 (the empty text). */
export interface CodeColumn {
  /** `actor`, `ip` … or `details.<key>` */
  name: string;
  dict: Dictionary;
  codes(): ArrayLike<number> | null;
}

export interface DictField {
  column: CodeColumn;
  /** an entry matches a condition when any of these texts does */
  views: TextView[];
  /**
   * Code 0 (no value) never matches: `text` reads the details an event has, and a key it lacks
   * is not an empty value there (shared/filter/evaluate.ts).
   */
  absentNeverMatches?: boolean;
}

const ACTOR_VIEWS: Record<string, TextView[]> = {
  actor: ['name', 'email', 'login'],
  actorName: ['name'],
  actorEmail: ['email'],
  actorLogin: ['login'],
};

/** The normalized columns `text` reads: every index column but `importId` (ids are not content). */
const TEXT_COLUMNS = INDEX_COLUMNS.filter((c) => c !== 'importId');

/** The column of `details.<key>` that no stored event has: every event reads the empty text. */
const NO_VALUES = new Dictionary();
NO_VALUES.encode('');

/** Texts of every entry of `dict` under `view`, aligned with the codes (cached on the dictionary). */
export function viewTexts(dict: Dictionary, view: TextView, lower: boolean): readonly string[] {
  const base = (v: string): string => (view === 'value' ? v : view === 'display' ? actorKeyDisplay(v) : actorPart(v, view));
  if (!lower) return view === 'value' ? dict.values : dict.derived(view, base);
  return dict.derived(`${view}:lower`, (v) => base(v).toLowerCase());
}

export function indexColumn(index: EventIndex, column: IndexColumn): CodeColumn {
  return { name: column, dict: index.dicts[column], codes: () => index.codes[column] };
}

/** The column of a details key; a key no event has reads as empty everywhere. */
export function detailColumn(index: EventIndex, key: string): CodeColumn {
  const name = `details.${key}`;
  const col = index.details.get(key);
  if (col) return { name, dict: col.dict, codes: () => col.codes };
  if (index.details.refused.has(key)) {
    throw new AppError('not-supported', `${name} cannot be searched or sorted: the data holds more than ${MAX_DETAIL_KEYS} different source fields and this one is not indexed`, { field: name });
  }
  return { name, dict: NO_VALUES, codes: () => null };
}

/** The dictionary field(s) a filter field name reads; `text` reads every column and details key. */
export function resolveFilterField(index: EventIndex, field: string): DictField[] | 'time' {
  if (field === 'time') return 'time';
  if (field === 'text') {
    const normalized = TEXT_COLUMNS.map((c): DictField => ({ column: indexColumn(index, c), views: c === 'actor' ? ACTOR_VIEWS.actor : ['value'] }));
    const details = [...index.details.byKey.keys()].map((k): DictField => ({ column: detailColumn(index, k), views: ['value'], absentNeverMatches: true }));
    return [...normalized, ...details];
  }
  return [resolveOne(index, field, ACTOR_VIEWS[field])];
}

/** What a sort on `field` orders by: time, the line number, or one text per dictionary entry. */
export type SortKey = 'time' | 'line' | { column: CodeColumn; view: TextView };

export function resolveSortField(index: EventIndex, field: string): SortKey {
  // The time as written is the same instant in the import's zone: ordering by time is its order.
  if (field === 'time' || field === 'timeText') return 'time';
  if (field === 'line') return 'line';
  return resolveFacetField(index, field);
}

/** The one text per entry that facets and value lists of `field` count. */
export function resolveFacetField(index: EventIndex, field: string): { column: CodeColumn; view: TextView } {
  if (field === 'actor') return { column: indexColumn(index, 'actor'), view: 'display' };
  const f = resolveOne(index, field, ACTOR_VIEWS[field]);
  return { column: f.column, view: f.views[0] };
}

function resolveOne(index: EventIndex, field: string, actorViews: TextView[] | undefined): DictField {
  if (actorViews) return { column: indexColumn(index, 'actor'), views: actorViews };
  if ((INDEX_COLUMNS as readonly string[]).includes(field)) return { column: indexColumn(index, field as IndexColumn), views: ['value'] };
  const key = detailsKeyOf(field);
  if (key !== null) return { column: detailColumn(index, key), views: ['value'] };
  throw unknownField(field);
}

function unknownField(field: string): AppError {
  const known = (FILTER_FIELDS as readonly string[]).includes(field);
  return new AppError('invalid-input', known ? `the field ${field} cannot be used here` : `unknown field ${field}`, { field });
}
