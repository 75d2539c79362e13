/**
 * Slack Audit Logs API, `GET /audit/v1/logs` (reference §4.5; slack-audit-logs.json, a page of
 * `entries` with `response_metadata`). The record id is `id`; `date_create` is Unix SECONDS.
 * The entity is what was acted on: `entity.type` names the member that holds it
 * (`entity.file.name`), and is also the module. `context.ua` becomes details.userAgent; anomaly
 * reasons and every other field are kept in details. Slack logs what was done, not a result:
 * status is unknown unless the action names a failure (`user_login_failed`).
 */
import type { ActorKind } from '../../../shared/model/event';
import { stripPort } from './field-values';
import { flatten, isRecord, nameWithId, objectAt, readEpochTime, scoreKeys, statusOfActionName, textAt, textOf } from './json-fields';
import type { JsonRecord, JsonSourceModule } from './json-source';
import { baseEvent } from './source-module';

export const SLACK_SOURCE_ID = 'slack.audit';
const CATEGORY = 'Audit logs';

const KEYS = ['id', 'date_create', 'action', 'actor', 'entity', 'context', 'details'];
const REQUIRED = [
  (r: JsonRecord) => typeof r.action === 'string', (r: JsonRecord) => isRecord(r.actor),
  (r: JsonRecord) => r.date_create !== undefined || isRecord(r.entity) || isRecord(r.context),
];

const SKIP = new Set(['date_create', 'actor.user.id', 'actor.user.name', 'actor.user.email', 'context.ua']);

/** actor.type: people are users; apps and bots act for themselves. */
const ACTOR_KINDS: Record<string, ActorKind> = { user: 'member', app: 'app', bot: 'bot', workflow: 'app' };

/** The entity's own object, `entity[entity.type]`: a user, file, channel, workspace, app … */
function entityLabel(entity: Readonly<Record<string, unknown>>): string {
  const type = textOf(entity.type);
  const inner = type && isRecord(entity[type]) ? (entity[type] as Record<string, unknown>) : null;
  if (!inner) return '';
  const name = textAt(inner, 'name') || textAt(inner, 'title') || textAt(inner, 'domain');
  return nameWithId(name, textAt(inner, 'email')) || textAt(inner, 'id');
}

export const slackAudit: JsonSourceModule = {
  id: SLACK_SOURCE_ID,
  category: CATEGORY,
  detect: (r) => scoreKeys(r, REQUIRED, KEYS),
  recordId: (r) => textOf(r.id).trim() || null,
  normalize(r, ctx) {
    const t = readEpochTime(r.date_create, 's', 'date_create', ctx);
    if (!t.ok) return t;
    const details = flatten(r, SKIP);
    const ua = textAt(r, 'context.ua');
    if (ua) details.userAgent = ua;
    const ev = baseEvent(SLACK_SOURCE_ID, CATEGORY, t.time, t.timeText, details);
    const actor = objectAt(r, 'actor');
    const type = textAt(actor, 'type');
    const who = isRecord(actor[type]) ? (actor[type] as Record<string, unknown>) : objectAt(actor, 'user');
    ev.actorName = textAt(who, 'name');
    ev.actorEmail = textAt(who, 'email');
    ev.actorId = textAt(who, 'id');
    ev.actorKind = ACTOR_KINDS[type] ?? 'unknown';
    ev.action = textAt(r, 'action');
    ev.status = statusOfActionName(ev.action);
    const entity = objectAt(r, 'entity');
    ev.module = textAt(entity, 'type');
    ev.target = entityLabel(entity);
    ev.ip = stripPort(textAt(r, 'context.ip_address'));
    return { ok: true, event: ev };
  },
};
