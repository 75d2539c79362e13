/**
 * microCMS audit log (reference §3): create, update and delete operations by members in the
 * admin screen and through the API (reads are not logged, so every event is a success). An
 * operation made with an API key names the key, not a member (→ actor kind api_key).
 * Timestamps carry their own offset; one without is read in the import's zone.
 * The header row is assumed (microcms-audit.csv): only the recorded items are documented.
 */
import { MICROCMS_FIELDS, type MicrocmsFieldKey } from '../../../shared/sources/microcms';
import { stripPort } from './field-values';
import { baseEvent, RowReader, scoreHeader, spellingMap, type SourceModule } from './source-module';
import { dateFailure, parseOffsetTime, wallTimeText } from './wall-time';

/** What was acted on, most specific first: the first one the row fills is the target. */
const TARGETS: readonly MicrocmsFieldKey[] = [
  'targetContentId', 'targetMediaName', 'targetMediaId', 'targetMember', 'targetReviewRequestTitle', 'targetApiKeyId',
  'targetRoleName', 'targetCustomFieldName', 'targetCustomStatusName', 'targetMediaTagName', 'targetEnvironmentDomain',
  'targetApiName', 'targetApiId',
];

const headerMap = spellingMap(MICROCMS_FIELDS);
const row = new RowReader<MicrocmsFieldKey>(['date', 'user', 'apiKey']);

export const microcmsAudit: SourceModule = {
  id: 'microcms.audit',
  category: 'Audit logs',
  headerMap,
  detect: (names) => scoreHeader(names, headerMap, ['date', 'user', 'operation']),
  normalize(fields, b, ctx) {
    row.use(fields, b);
    const dateText = row.get('date').trim();
    const withOffset = parseOffsetTime(dateText);
    const time = withOffset ? withOffset.time : ctx.clock.epoch(dateText);
    if (time === null) return dateFailure(row.name('date', 'Date'), dateText);
    const timeText = withOffset ? `"${dateText}" @ ${withOffset.offset}` : wallTimeText(dateText, ctx.clock.zone);
    const ev = baseEvent('microcms.audit', 'Audit logs', time, timeText, row.detailsOf());
    const user = row.get('user').trim();
    const apiKey = row.get('apiKey').trim();
    if (user.includes('@')) ev.actorEmail = user;
    else ev.actorLogin = user;
    ev.actorName = apiKey;
    ev.actorKind = apiKey ? 'api_key' : user ? 'member' : 'unknown';
    ev.action = row.get('operation');
    ev.status = 'success';
    ev.ip = stripPort(row.get('ip'));
    ev.target = TARGETS.map((k) => row.get(k)).find((v) => v !== '') ?? '';
    return { ok: true, event: ev };
  },
};
