/**
 * Microsoft Entra ID audit logs through Microsoft Graph, `GET /auditLogs/directoryAudits`
 * (reference §4.3; no fixture: the field list is the directoryAudit resource's [C]). The record
 * id is `id`, `activityDateTime` is UTC. The initiator is a user or an app (service principal);
 * `result` is success, failure, timeout or unknownFutureValue. Key/value lists
 * (`additionalDetails`, `modifiedProperties`) go to details under their own keys, not indexes.
 */
import type { EventStatus, NormalizedEvent } from '../../../shared/model/event';
import { stripPort } from './field-values';
import { flatten, isRecord, nameWithId, objectAt, readIsoTime, scoreKeys, textAt, textOf } from './json-fields';
import type { JsonRecord, JsonSourceModule } from './json-source';
import { baseEvent } from './source-module';

export const ENTRA_AUDITS_ID = 'entra.directory_audits';
const CATEGORY = 'Audit logs';

const KEYS = [
  'id', 'activityDateTime', 'activityDisplayName', 'category', 'correlationId', 'initiatedBy', 'loggedByService',
  'operationType', 'result', 'resultReason', 'targetResources', 'additionalDetails',
];
const REQUIRED = [(r: JsonRecord) => typeof r.activityDisplayName === 'string', (r: JsonRecord) => r.activityDateTime !== undefined || r.initiatedBy !== undefined];

const SKIP = new Set(['activityDateTime', 'initiatedBy.user.displayName', 'initiatedBy.user.userPrincipalName', 'initiatedBy.user.id', 'initiatedBy.app.displayName', 'initiatedBy.app.appId']);

/** result [C]: timeout says nothing of whether the change happened, so it is unknown, as written. */
function resultStatus(result: string): EventStatus {
  const r = result.toLowerCase();
  return r === 'success' ? 'success' : r === 'failure' ? 'failure' : 'unknown';
}

/** `[{key, value}]` (or `displayName`-named entries) as an object keyed by name, so details read `additionalDetails.User-Agent`. */
function byName(list: unknown, nameKey: string): unknown {
  if (!Array.isArray(list)) return list;
  const out: Record<string, unknown> = {};
  list.forEach((e, i) => {
    if (!isRecord(e)) return;
    const name = textOf(e[nameKey]).trim() || String(i);
    const rest = { ...e };
    delete rest[nameKey];
    out[name] = nameKey === 'key' ? e.value : rest;
  });
  return out;
}

/** The record with its key/value lists keyed by name, ready to flatten. */
function readable(r: JsonRecord): JsonRecord {
  const targets = Array.isArray(r.targetResources)
    ? r.targetResources.map((t) => (isRecord(t) ? { ...t, modifiedProperties: byName(t.modifiedProperties, 'displayName') } : t))
    : r.targetResources;
  return { ...r, additionalDetails: byName(r.additionalDetails, 'key'), targetResources: targets };
}

function targetsOf(value: unknown): string {
  if (!Array.isArray(value)) return '';
  return value.filter(isRecord)
    .map((t) => nameWithId(textOf(t.displayName).trim(), textOf(t.userPrincipalName).trim()) || textOf(t.id).trim())
    .filter((s) => s !== '').join('; ');
}

/** The initiator: a user (member) or an app (service principal). */
function setActor(ev: NormalizedEvent, initiatedBy: Readonly<Record<string, unknown>>): void {
  const user = isRecord(initiatedBy.user) ? initiatedBy.user : null;
  const app = isRecord(initiatedBy.app) ? initiatedBy.app : null;
  if (user && (textAt(user, 'userPrincipalName') || textAt(user, 'id') || textAt(user, 'displayName'))) {
    const upn = textAt(user, 'userPrincipalName');
    ev.actorName = textAt(user, 'displayName');
    if (upn.includes('@')) ev.actorEmail = upn;
    else ev.actorLogin = upn;
    ev.actorId = textAt(user, 'id');
    ev.actorKind = 'member';
    ev.ip = stripPort(textAt(user, 'ipAddress'));
  } else if (app) {
    ev.actorName = textAt(app, 'displayName');
    ev.actorLogin = textAt(app, 'servicePrincipalName');
    ev.actorId = textAt(app, 'appId') || textAt(app, 'servicePrincipalId');
    ev.actorKind = 'app';
  }
}

export const entraDirectoryAudits: JsonSourceModule = {
  id: ENTRA_AUDITS_ID,
  category: CATEGORY,
  detect: (r) => scoreKeys(r, REQUIRED, KEYS),
  recordId: (r) => textOf(r.id).trim() || null,
  normalize(r, ctx) {
    const t = readIsoTime(r.activityDateTime, 'activityDateTime', ctx);
    if (!t.ok) return t;
    const ev = baseEvent(ENTRA_AUDITS_ID, CATEGORY, t.time, t.timeText, flatten(readable(r), SKIP));
    setActor(ev, objectAt(r, 'initiatedBy'));
    ev.action = textAt(r, 'activityDisplayName');
    ev.module = textAt(r, 'category');
    const result = textAt(r, 'result');
    ev.status = resultStatus(result);
    ev.statusText = textAt(r, 'resultReason') || result;
    ev.target = targetsOf(r.targetResources);
    return { ok: true, event: ev };
  },
};
