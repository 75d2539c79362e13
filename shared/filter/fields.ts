/**
 * Field names of the filter language: the names quick search accepts (aliases), the one it writes,
 * the English label used in descriptions, and which event strings the `text` field searches.
 */
import { FILTER_FIELDS, type EventStringField, type FilterField } from '../model/event';

/** Prefix of per-source fields: `details.loginMethod` reads `event.details.loginMethod`. */
export const DETAILS_PREFIX = 'details.';

/** Quick-search names, matched case-insensitively, and the tree field each one means. */
const ALIASES: Readonly<Record<string, FilterField>> = {
  user: 'actor', actor: 'actor',
  actorname: 'actorName', actoremail: 'actorEmail', email: 'actorEmail',
  actorlogin: 'actorLogin', login: 'actorLogin', actorkind: 'actorKind',
  status: 'status', statustext: 'statusText', ip: 'ip',
  action: 'action', task: 'action', target: 'target',
  service: 'serviceType', servicetype: 'serviceType', level: 'level', module: 'module',
  source: 'sourceId', sourceid: 'sourceId', menu: 'category', category: 'category',
  time: 'time', importid: 'importId', import: 'importId', text: 'text',
};

/** The spelling quick search writes for a field (the friendliest alias that reads back to it). */
const WRITTEN_NAMES: Readonly<Partial<Record<FilterField, string>>> = {
  actor: 'user', sourceId: 'source', serviceType: 'service',
};

const LABELS: Readonly<Record<FilterField, string>> = {
  time: 'Time', sourceId: 'Source', category: 'Category', actorName: 'User name',
  actorEmail: 'User email', actorLogin: 'User login', actorKind: 'User kind', actor: 'User',
  action: 'Action', target: 'Target', status: 'Status', statusText: 'Status text', level: 'Level',
  ip: 'IP', serviceType: 'Service', module: 'Module', importId: 'Import', text: 'any field',
};

/**
 * The event strings the `text` field searches, besides every `details` value. `id`, `importId` and
 * `raw` are left out: ids are not content, and `raw` repeats the other fields with the source's
 * own syntax around them (a search for "status" would hit every JSON line). `timeText` is left out
 * too: it ends in the import's zone (`"2024-05-14 10:02:03" @ Asia/Tokyo`), so "tokyo" would hit
 * every event of an import and "10:02" would match the import zone's clock, not the one on screen;
 * times are searched with `time`. (It is also distinct per event: indexing it for text search
 * would cost the DB worker ~80 MB per million events.)
 */
export const TEXT_SEARCH_FIELDS: readonly EventStringField[] = [
  'sourceId', 'category', 'actorName', 'actorEmail', 'actorLogin', 'actorId', 'actorKind',
  'action', 'target', 'status', 'statusText', 'level', 'ip', 'serviceType', 'module',
];

/** The names quick search accepts, for error messages (`details.<key>` last). */
export const QUICK_SEARCH_FIELD_NAMES: readonly string[] = [...Object.keys(ALIASES).map(displayAlias), 'details.<key>'];

function displayAlias(lower: string): string {
  const field = ALIASES[lower];
  return field.toLowerCase() === lower ? field : lower;
}

const FILTER_FIELD_SET: ReadonlySet<string> = new Set(FILTER_FIELDS);

/** True for a FilterField name (exact case). */
export function isFilterField(field: string): field is FilterField {
  return FILTER_FIELD_SET.has(field);
}

/** The key of a `details.<key>` field, or null for any other field (or an empty key). */
export function detailsKeyOf(field: string): string | null {
  if (!field.startsWith(DETAILS_PREFIX)) return null;
  const key = field.slice(DETAILS_PREFIX.length);
  return key === '' ? null : key;
}

/** True when a tree may name this field: a FilterField or `details.<non-empty key>`. */
export function isKnownField(field: string): boolean {
  return isFilterField(field) || detailsKeyOf(field) !== null;
}

/**
 * The tree field a quick-search name means (`User` → `actor`, `details.loginMethod` as is), or null
 * when the name is unknown. The `details.` prefix ignores case; the key keeps it, since keys are
 * record keys.
 */
export function resolveFieldName(name: string): string | null {
  if (name.slice(0, DETAILS_PREFIX.length).toLowerCase() === DETAILS_PREFIX) {
    const key = name.slice(DETAILS_PREFIX.length);
    return key === '' ? null : DETAILS_PREFIX + key;
  }
  return Object.hasOwn(ALIASES, name.toLowerCase()) ? ALIASES[name.toLowerCase()] : null;
}

/** The name quick search writes for a tree field (`actor` → `user`). */
export function writtenFieldName(field: string): string {
  return isFilterField(field) ? (WRITTEN_NAMES[field] ?? field) : field;
}

/** The English label of a field (`ip` → `IP`, `details.loginMethod` → `Detail loginMethod`). */
export function fieldLabel(field: string): string {
  if (isFilterField(field)) return LABELS[field];
  const key = detailsKeyOf(field);
  return key === null ? field : `Detail ${key}`;
}
