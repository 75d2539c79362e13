/**
 * GitHub organization audit log, `GET /orgs/{org}/audit-log` (reference §4.4;
 * github-org-audit-log.json, a bare array, newest first). The record id is `_document_id`;
 * `@timestamp` and `created_at` are epoch MILLISECONDS (the UI's own export may write ISO text,
 * read too). The actor is a login; what was acted on is the most specific of user, repo, the
 * action's `name` (a branch, an app), then the org. The module is the action's category, the
 * part before the dot (`repo.add_member` → repo), as GitHub groups its audit log actions.
 * GitHub logs what was done, not a result: status is unknown unless the action names a failure.
 */
import type { ActorKind } from '../../../shared/model/event';
import { stripPort } from './field-values';
import { flatten, isRecord, readEpochTime, scoreKeys, statusOfActionName, textAt, textOf } from './json-fields';
import type { JsonRecord, JsonSourceModule } from './json-source';
import { baseEvent } from './source-module';

export const GITHUB_SOURCE_ID = 'github.org_audit';
const CATEGORY = 'Audit log';

const KEYS = [
  '@timestamp', '_document_id', 'action', 'actor', 'actor_id', 'actor_ip', 'actor_location', 'created_at', 'org', 'org_id',
  'operation_type', 'business', 'business_id', 'repo', 'user', 'user_id',
];
const REQUIRED = [
  (r: JsonRecord) => typeof r.action === 'string',
  // Slack entries also have an action, but their actor is an object
  (r: JsonRecord) => r._document_id !== undefined || typeof r.actor === 'string',
  (r: JsonRecord) => !isRecord(r.actor),
];

const SKIP = new Set(['@timestamp', 'created_at', 'actor', 'actor_id']);
const TARGETS = ['user', 'repo', 'repository', 'name', 'org'];

/** Bots and apps sign as `name[bot]` (github-actions[bot], dependabot[bot]). */
function actorKindOf(login: string): ActorKind {
  if (login === '') return 'unknown';
  return login.endsWith('[bot]') ? 'bot' : 'member';
}

export const githubOrgAudit: JsonSourceModule = {
  id: GITHUB_SOURCE_ID,
  category: CATEGORY,
  detect: (r) => scoreKeys(r, REQUIRED, KEYS),
  recordId: (r) => textOf(r._document_id).trim() || null,
  normalize(r, ctx) {
    const field = r['@timestamp'] !== undefined ? '@timestamp' : 'created_at';
    const t = readEpochTime(r[field], 'ms', field, ctx);
    if (!t.ok) return t;
    const ev = baseEvent(GITHUB_SOURCE_ID, CATEGORY, t.time, t.timeText, flatten(r, SKIP));
    ev.actorLogin = textAt(r, 'actor');
    ev.actorId = textAt(r, 'actor_id');
    ev.actorKind = actorKindOf(ev.actorLogin);
    ev.action = textAt(r, 'action');
    const dot = ev.action.indexOf('.');
    ev.module = dot > 0 ? ev.action.slice(0, dot) : '';
    ev.status = statusOfActionName(ev.action);
    ev.ip = stripPort(textAt(r, 'actor_ip'));
    ev.target = TARGETS.map((k) => textAt(r, k)).find((v) => v !== '') ?? '';
    return { ok: true, event: ev };
  },
};
