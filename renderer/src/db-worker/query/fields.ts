/**
 * What a filter, sort or facet field name means over the index: which dictionary column it reads,
 * and which text of each dictionary entry it compares (the value itself, or one part of the actor).
 */
import { AppError } from '../../../../shared/errors';
import { FILTER_FIELDS } from '../../../../shared/model/event';
import { actorKeyDisplay, actorPart, type ActorPart } from '../index/actor-key';
import { INDEX_COLUMNS, type EventIndex, type IndexColumn } from '../index/event-index';

/** One text per dictionary entry: the value, an actor part, or the actor's display text. */
export type TextView = 'value' | ActorPart | 'display';

export interface DictField {
  column: IndexColumn;
  /** an entry matches a condition when any of these texts does */
  views: TextView[];
}

const ACTOR_VIEWS: Record<string, TextView[]> = {
  actor: ['name', 'email', 'login'],
  actorName: ['name'],
  actorEmail: ['email'],
  actorLogin: ['login'],
};

/** Texts of every entry of `column` under `view`, aligned with the codes (cached on the dictionary). */
export function viewTexts(index: EventIndex, column: IndexColumn, view: TextView, lower: boolean): readonly string[] {
  const dict = index.dicts[column];
  const base = (v: string): string => (view === 'value' ? v : view === 'display' ? actorKeyDisplay(v) : actorPart(v, view));
  if (!lower) return view === 'value' ? dict.values : dict.derived(view, base);
  return dict.derived(`${view}:lower`, (v) => base(v).toLowerCase());
}

/** The dictionary field(s) a filter field name reads; `text` reads every column. */
export function resolveFilterField(field: string): DictField[] | 'time' {
  if (field === 'time') return 'time';
  if (field === 'text') {
    return INDEX_COLUMNS.map((column) => ({ column, views: column === 'actor' ? ACTOR_VIEWS.actor : ['value'] }));
  }
  const actor = ACTOR_VIEWS[field];
  if (actor) return [{ column: 'actor', views: actor }];
  if ((INDEX_COLUMNS as readonly string[]).includes(field)) return [{ column: field as IndexColumn, views: ['value'] }];
  throw unknownField(field);
}

/** The one text per entry a sort or facet on `field` uses. */
export function resolveSortField(field: string): { column: IndexColumn; view: TextView } {
  if (field === 'actor') return { column: 'actor', view: 'display' };
  const actor = ACTOR_VIEWS[field];
  if (actor) return { column: 'actor', view: actor[0] };
  if ((INDEX_COLUMNS as readonly string[]).includes(field)) return { column: field as IndexColumn, view: 'value' };
  throw unknownField(field);
}

function unknownField(field: string): AppError {
  if (field.startsWith('details.')) {
    return new AppError('not-supported', `conditions and sorting on source fields (${field}) are not supported yet`, { field });
  }
  const known = (FILTER_FIELDS as readonly string[]).includes(field);
  return new AppError(known ? 'not-supported' : 'invalid-input', known ? `the field ${field} cannot be used here` : `unknown field ${field}`, { field });
}
