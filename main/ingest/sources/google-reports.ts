/**
 * Google Workspace Admin SDK Reports API, `activities.list` (reference §4.1): one activity per
 * item, one normalized event per `events[]` entry. The application decides the source id
 * (`google.reports.login`, `google.reports.admin` …), so each application gets its own page.
 * The record id is `id.time` + `id.uniqueQualifier` (the handler numbers the events of an item);
 * parameters become details under their own names, as the Admin console names them.
 */
import type { ActorKind, EventStatus, NormalizedEvent } from '../../../shared/model/event';
import { googleCategory, googleSourceId } from '../../../shared/sources/google';
import { stripPort } from './field-values';
import { flatten, isRecord, objectAt, readIsoTime, scoreKeys, textAt, textOf } from './json-fields';
import type { JsonRecord, JsonSourceModule } from './json-source';
import { baseEvent, type NormalizeResult } from './source-module';

const KEYS = ['kind', 'id', 'actor', 'ipAddress', 'events', 'etag', 'ownerDomain'];
const REQUIRED = [
  (r: JsonRecord) => isRecord(r.id) && (r.id.uniqueQualifier !== undefined || r.id.applicationName !== undefined),
  (r: JsonRecord) => Array.isArray(r.events),
];

/**
 * Item members that are not kept in details: `kind` and `etag` describe the API response, not
 * the activity (the etag changes between fetches); the rest live in normalized fields.
 */
const SKIP = new Set(['kind', 'etag', 'events', 'id.time', 'id.applicationName', 'actor.email', 'ipAddress']);

/** Parameters naming what an admin acted on, most specific first (Admin and Drive audit parameter names). */
const TARGET_PARAMETERS = ['USER_EMAIL', 'GROUP_EMAIL', 'DOMAIN_NAME', 'ORG_UNIT_NAME', 'doc_title', 'target_user', 'affected_email_address'];

/** The reason of a failed event, where the application writes one (login: login_failure_type). */
const REASON_PARAMETERS = ['login_failure_type', 'failure_reason'];

/**
 * One parameter's value [C: activities resource]: value, intValue, boolValue, multiValue,
 * multiIntValue; messageValue and multiMessageValue (nested parameters) go flattened under the name.
 */
function addParameter(out: Record<string, string>, p: Record<string, unknown>): void {
  const name = textOf(p.name).trim();
  if (name === '') return;
  for (const k of ['value', 'intValue', 'boolValue', 'multiValue', 'multiIntValue'] as const) {
    if (p[k] === undefined || p[k] === null) continue;
    const text = Array.isArray(p[k]) ? (p[k] as unknown[]).map(textOf).join(', ') : textOf(p[k]);
    if (text !== '') out[name] = text;
    return;
  }
  const message = p.messageValue ?? p.multiMessageValue;
  if (message !== undefined) Object.assign(out, flatten({ [name]: message }, new Set()));
}

/** Login events say their result in their name; other applications log what was done, not a result. */
function statusOf(name: string): EventStatus {
  if (/fail/i.test(name)) return 'failure';
  if (/success/i.test(name)) return 'success';
  return 'unknown';
}

/** actor.callerType [C]: KEY is an API key or OAuth client acting without a user. */
function actorKindOf(actor: Readonly<Record<string, unknown>>): ActorKind {
  const caller = textAt(actor, 'callerType').toUpperCase();
  if (caller === 'KEY') return 'api_key';
  return textAt(actor, 'email') || caller === 'USER' ? 'member' : 'unknown';
}

interface ItemFields { sourceId: string; category: string; time: number; timeText: string; details: Record<string, string>; actor: Readonly<Record<string, unknown>>; ip: string }

function eventOf(item: ItemFields, entry: unknown, i: number): NormalizeResult {
  if (!isRecord(entry)) return { ok: false, reason: `events[${i}] is not an object` };
  const details = { ...item.details };
  const params = Array.isArray(entry.parameters) ? entry.parameters.filter(isRecord) : [];
  for (const p of params) addParameter(details, p);
  const ev: NormalizedEvent = baseEvent(item.sourceId, item.category, item.time, item.timeText, details);
  ev.actorEmail = textAt(item.actor, 'email');
  ev.actorId = textAt(item.actor, 'profileId');
  ev.actorLogin = ev.actorEmail ? '' : textAt(item.actor, 'key');
  ev.actorKind = actorKindOf(item.actor);
  ev.action = textAt(entry, 'name');
  ev.module = textAt(entry, 'type');
  ev.status = statusOf(ev.action);
  ev.statusText = REASON_PARAMETERS.map((k) => details[k] ?? '').find((v) => v !== '') ?? '';
  ev.target = TARGET_PARAMETERS.map((k) => details[k] ?? '').find((v) => v !== '') ?? '';
  ev.ip = item.ip;
  return { ok: true, event: ev };
}

export const googleReports: JsonSourceModule = {
  id: 'google.reports',
  category: 'Google Workspace',
  detect: (r) => scoreKeys(r, REQUIRED, KEYS) + (r.kind === 'admin#reports#activity' ? 2 : 0),
  recordId: (r) => {
    const time = textAt(r, 'id.time');
    const q = textAt(r, 'id.uniqueQualifier');
    return time && q ? `${time}|${q}` : null;
  },
  normalize: (r, ctx) => googleReports.normalizeMany!(r, ctx)[0] ?? { ok: false, reason: 'the activity has no events' },
  normalizeMany(r, ctx) {
    const t = readIsoTime(objectAt(r, 'id').time, 'id.time', ctx);
    if (!t.ok) return [t];
    const app = textAt(r, 'id.applicationName');
    const item: ItemFields = {
      sourceId: googleSourceId(app), category: googleCategory(app), time: t.time, timeText: t.timeText,
      details: flatten(r, SKIP), actor: objectAt(r, 'actor'), ip: stripPort(textAt(r, 'ipAddress')),
    };
    return (r.events as unknown[]).map((entry, i) => eventOf(item, entry, i));
  },
};
