/**
 * Okta System Log (reference §4.2): LogEvent objects from `GET /api/v1/logs`, saved as JSON Lines
 * or arrays (okta-system-log.jsonl). The uuid is the record id; `published` is UTC. The Targets
 * column of Okta's own System Log lists every target, so `target` joins them all (target[0]
 * first). Everything not moved into a normalized field is kept in details as `a.b.c`.
 */
import type { ActorKind, EventStatus } from '../../../shared/model/event';
import { stripPort } from './field-values';
import { flatten, isRecord, objectAt, readIsoTime, scoreKeys, textAt, textOf, nameWithId } from './json-fields';
import type { JsonRecord, JsonSourceModule } from './json-source';
import { baseEvent } from './source-module';

export const OKTA_SOURCE_ID = 'okta.system_log';
const CATEGORY = 'System Log';

/** LogEvent keys [C]: how many a record has decides how well it fits. */
const KEYS = [
  'uuid', 'published', 'eventType', 'actor', 'outcome', 'displayMessage', 'severity', 'client', 'target', 'legacyEventType',
  'transaction', 'debugContext', 'authenticationContext', 'securityContext', 'request', 'version',
];
// The time is not required: a LogEvent without one is still Okta's, and its reject should say so.
const REQUIRED = [(r: JsonRecord) => typeof r.uuid === 'string', (r: JsonRecord) => typeof r.eventType === 'string'];

/** actor.type values [C: Okta's Actor object]; apps and clients act as applications. */
const ACTOR_KINDS: Record<string, ActorKind> = {
  User: 'member', SystemPrincipal: 'system', PublicClientApp: 'app', AppInstance: 'app', Client: 'app', ApiToken: 'api_key',
};

/** Paths that live in normalized fields and are not repeated in details; rawUserAgent becomes `userAgent`. */
const SKIP = new Set(['published', 'actor.id', 'actor.alternateId', 'actor.displayName', 'client.userAgent.rawUserAgent']);

/** outcome.result [C]: SUCCESS, ALLOW → success; FAILURE, DENY → failure; SKIPPED, UNKNOWN, CHALLENGE … → unknown. */
function outcomeStatus(result: string): EventStatus {
  const r = result.toUpperCase();
  if (r === 'SUCCESS' || r === 'ALLOW') return 'success';
  if (r === 'FAILURE' || r === 'DENY') return 'failure';
  return 'unknown';
}

/** `Yuki Tanaka (y.tanaka@example.com); SUPER_ADMIN`: each target's name, with its alternate id when it tells more. */
function targetsOf(value: unknown): string {
  if (!Array.isArray(value)) return '';
  return value.filter(isRecord).map((t) => {
    const alt = textOf(t.alternateId).trim();
    return nameWithId(textOf(t.displayName).trim(), alt.toLowerCase() === 'unknown' ? '' : alt) || textOf(t.id).trim();
  }).filter((s) => s !== '').join('; ');
}

/** `user.session.start` → `user.session`: Okta's event types read object.area.verb. */
function eventPrefix(eventType: string): string {
  const dot = eventType.lastIndexOf('.');
  return dot > 0 ? eventType.slice(0, dot) : eventType;
}

export const oktaSystemLog: JsonSourceModule = {
  id: OKTA_SOURCE_ID,
  category: CATEGORY,
  detect: (r) => scoreKeys(r, REQUIRED, KEYS),
  recordId: (r) => (typeof r.uuid === 'string' && r.uuid.trim() !== '' ? r.uuid.trim() : null),
  normalize(r, ctx) {
    const t = readIsoTime(r.published, 'published', ctx);
    if (!t.ok) return t;
    const details = flatten(r, SKIP);
    const ua = textAt(r, 'client.userAgent.rawUserAgent');
    if (ua) details.userAgent = ua;
    const ev = baseEvent(OKTA_SOURCE_ID, CATEGORY, t.time, t.timeText, details);
    const actor = objectAt(r, 'actor');
    const alternateId = textAt(actor, 'alternateId');
    ev.actorName = textAt(actor, 'displayName');
    if (alternateId.includes('@')) ev.actorEmail = alternateId;
    else ev.actorLogin = alternateId;
    ev.actorId = textAt(actor, 'id');
    ev.actorKind = ACTOR_KINDS[textAt(actor, 'type')] ?? 'unknown';
    ev.action = textAt(r, 'eventType');
    ev.module = eventPrefix(ev.action);
    const result = textAt(r, 'outcome.result');
    ev.status = outcomeStatus(result);
    ev.statusText = textAt(r, 'outcome.reason') || result;
    ev.level = textAt(r, 'severity');
    ev.ip = stripPort(textAt(r, 'client.ipAddress') || textAt(r, 'request.ipChain.0.ip'));
    ev.serviceType = textAt(r, 'client.userAgent.browser');
    ev.target = targetsOf(r.target);
    return { ok: true, event: ev };
  },
};
