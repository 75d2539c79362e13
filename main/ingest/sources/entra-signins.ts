/**
 * Microsoft Entra ID sign-in logs through Microsoft Graph, `GET /auditLogs/signIns` (reference
 * §4.3; graph-signins-page1.json, an @odata page whose records are in `value`). The record id is
 * `id`; `createdDateTime` is UTC. `status.errorCode` 0 is a success, anything else a failure with
 * `failureReason` as its words (Graph writes "Other." as the reason of a success: not shown).
 * The application signed in to is the target, the resource it called the module.
 */
import { stripPort } from './field-values';
import { flatten, isRecord, readIsoTime, scoreKeys, textAt, textOf } from './json-fields';
import type { JsonRecord, JsonSourceModule } from './json-source';
import { baseEvent } from './source-module';

export const ENTRA_SIGNINS_ID = 'entra.signins';
const CATEGORY = 'Sign-in logs';

/** signIn properties [C]. */
const KEYS = [
  'id', 'createdDateTime', 'userPrincipalName', 'userDisplayName', 'userId', 'appDisplayName', 'appId', 'ipAddress', 'clientAppUsed',
  'status', 'deviceDetail', 'location', 'correlationId', 'conditionalAccessStatus', 'isInteractive', 'riskDetail', 'riskLevelAggregated',
  'riskLevelDuringSignIn', 'riskState', 'resourceDisplayName', 'appliedConditionalAccessPolicies',
];
const REQUIRED = [
  (r: JsonRecord) => r.userPrincipalName !== undefined || r.appDisplayName !== undefined,
  (r: JsonRecord) => r.createdDateTime !== undefined || isRecord(r.status) || r.clientAppUsed !== undefined,
  (r: JsonRecord) => r.activityDisplayName === undefined,
];

const SKIP = new Set(['createdDateTime', 'userPrincipalName', 'userDisplayName', 'userId']);

/** `Tokyo, Tokyo, JP` from location's city, state and country, those that are filled in. */
function locationOf(r: JsonRecord): string {
  return ['city', 'state', 'countryOrRegion'].map((k) => textAt(r, `location.${k}`)).filter((s) => s !== '').join(', ');
}

export const entraSignins: JsonSourceModule = {
  id: ENTRA_SIGNINS_ID,
  category: CATEGORY,
  detect: (r) => scoreKeys(r, REQUIRED, KEYS),
  recordId: (r) => textOf(r.id).trim() || null,
  normalize(r, ctx) {
    const t = readIsoTime(r.createdDateTime, 'createdDateTime', ctx);
    if (!t.ok) return t;
    const details = flatten(r, SKIP);
    const location = locationOf(r);
    if (location) details.location = location;
    const ev = baseEvent(ENTRA_SIGNINS_ID, CATEGORY, t.time, t.timeText, details);
    const upn = textAt(r, 'userPrincipalName');
    ev.actorName = textAt(r, 'userDisplayName');
    if (upn.includes('@')) ev.actorEmail = upn;
    else ev.actorLogin = upn;
    ev.actorId = textAt(r, 'userId');
    ev.actorKind = upn || ev.actorId ? 'member' : 'unknown';
    ev.action = r.isInteractive === false ? 'Non-interactive sign-in' : 'Sign-in';
    ev.target = textAt(r, 'appDisplayName');
    ev.module = textAt(r, 'resourceDisplayName');
    const code = textAt(r, 'status.errorCode');
    ev.status = code === '' ? 'unknown' : code === '0' ? 'success' : 'failure';
    ev.statusText = ev.status === 'failure' ? textAt(r, 'status.failureReason') || `error ${code}` : '';
    ev.ip = stripPort(textAt(r, 'ipAddress'));
    ev.serviceType = textAt(r, 'clientAppUsed');
    return { ok: true, event: ev };
  },
};
