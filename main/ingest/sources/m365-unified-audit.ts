/**
 * Microsoft 365 unified audit log, exported from Purview's audit search (reference §4.3;
 * fixture m365-unified-audit.csv). The CSV columns give the record id, the time (UTC) and the
 * operation; AuditData holds the whole record as JSON: Workload → category, ClientIP (or
 * ClientIPAddress, ActorIpAddress) → ip, ResultStatus → status, ObjectId → target, UserKey →
 * actor id, UserType → actor kind, the rest → details. An AuditData cell that is not valid JSON
 * (cut at Excel's 32,767 characters) still gives an event from the other columns and the members
 * that survived, flagged badJson (rule 7). RecordId (else AuditData.Id) decides duplicates (rule 5).
 */
import { EVENT_FLAGS, type NormalizedEvent } from '../../../shared/model/event';
import { M365_HEADERS, type M365HeaderKey } from '../../../shared/sources/microsoft-365';
import { stripPort } from './field-values';
import { flattenAuditData, ipOf, m365Time, parseAuditData, statusOfResult, type AuditData } from './m365-audit-data';
import { recordTypeName, userTypeOf } from './m365-record-types';
import { baseEvent, buildHeaderMap, RowReader, scoreHeader, type HeaderBinding, type SourceModule } from './source-module';
import { dateFailure } from './wall-time';

export const M365_SOURCE_ID = 'm365.unified_audit';

/** AuditData members that become the event's own fields, so are not repeated in details. */
const MAPPED = new Set(['Id', 'CreationTime', 'Operation', 'UserId', 'ResultStatus', 'Workload', 'RecordType', 'ObjectId', 'UserKey']);
const CONTROL = /[\x00-\x08\x0B\x0C\x0E-\x1F]/g;
const DISPLAY = ['actorEmail', 'actorLogin', 'actorId', 'action', 'target', 'statusText', 'ip', 'category'] as const;

const headerMap = buildHeaderMap(M365_HEADERS);
const row = new RowReader<M365HeaderKey>(['creationDate', 'userId', 'operation', 'auditData']);

const str = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '');

/** The AuditData of the last record normalized, for recordId on the same record. */
let last: { fields: readonly string[]; data: AuditData } | null = null;

function auditDataOf(fields: readonly string[], b: HeaderBinding): { data: AuditData; error: string } {
  row.use(fields, b);
  const parsed = parseAuditData(row.get('auditData'));
  last = { fields, data: parsed.data };
  return parsed;
}

/** Values decoded from JSON may hold C0 controls (`\u0007`) or formula starts: strip and flag as CSV rows are. */
function flagDecoded(ev: NormalizedEvent): number {
  let flags = 0;
  const check = (v: string) => {
    if (v !== '' && '=+-@\t\r'.includes(v[0])) flags |= EVENT_FLAGS.formula;
    if (CONTROL.test(v)) flags |= EVENT_FLAGS.control;
    CONTROL.lastIndex = 0;
    return v.replace(CONTROL, '');
  };
  for (const f of DISPLAY) ev[f] = check(ev[f]);
  for (const k of Object.keys(ev.details)) ev.details[k] = check(ev.details[k]);
  return flags;
}

function fillActor(ev: NormalizedEvent, user: string, data: AuditData): void {
  if (user.includes('@') && !/\s/.test(user)) ev.actorEmail = user;
  else ev.actorLogin = user;
  ev.actorId = str(data.UserKey);
  const type = userTypeOf(data.UserType);
  ev.actorKind = type ? type.kind : 'unknown';
  if (type && data.UserType !== undefined) ev.details.UserType = `${str(data.UserType)} (${type.name})`;
}

export const m365UnifiedAudit: SourceModule = {
  id: M365_SOURCE_ID,
  category: 'Microsoft 365',
  headerMap,
  detect: (names) => scoreHeader(names, headerMap, ['creationDate', 'operation', 'userId', 'auditData']),
  normalize(fields, b) {
    const { data, error } = auditDataOf(fields, b);
    const dateText = row.get('creationDate').trim();
    // CreationDate is the column; a format we cannot read falls back to the record's own CreationTime (UTC)
    const time = m365Time(dateText) ?? (error === '' ? m365Time(str(data.CreationTime)) : null);
    if (time === null) return dateFailure(row.name('creationDate', 'CreationDate'), dateText);
    const details = row.detailsOf();
    const typeText = row.get('recordType') || str(data.RecordType);
    const typeName = recordTypeName(typeText);
    if (typeName) details.recordTypeName = typeName;
    const ev = baseEvent(M365_SOURCE_ID, str(data.Workload) || typeName || 'Microsoft 365', time, `"${dateText}" @ UTC`, details);
    ev.action = row.get('operation') || str(data.Operation);
    fillActor(ev, (row.get('userId') || str(data.UserId)).trim(), data);
    ev.statusText = str(data.ResultStatus);
    ev.status = statusOfResult(ev.statusText);
    const ip = ipOf(data);
    ev.ip = stripPort(ip.ip);
    ev.target = str(data.ObjectId);
    // the IP member that became `ip` is not repeated; another one that differs is kept
    flattenAuditData(data, ip.key ? new Set([...MAPPED, ip.key]) : MAPPED, details);
    ev.flags = flagDecoded(ev);
    if (error) {
      ev.flags |= EVENT_FLAGS.badJson;
      details.jsonError = error;
    }
    return { ok: true, event: ev };
  },
  recordId(fields, b) {
    row.use(fields, b);
    const id = row.get('recordId').trim();
    if (id) return id.toLowerCase();
    const data = last?.fields === fields ? last.data : auditDataOf(fields, b).data;
    const fromData = str(data.Id).trim();
    return fromData ? fromData.toLowerCase() : null;
  },
};
