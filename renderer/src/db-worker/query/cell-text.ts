/**
 * The text of one cell: shared by the grid's value getters and the export stream so that what is
 * exported is what was on screen. Values are data, returned as written: neutralizing formula
 * prefixes is the CSV writer's job (main), not this function's.
 */
import type { AuditEvent } from '../../../../shared/model/event';
import { formatIsoInZone } from '../../../../shared/util/timezone';
import { actorDisplay } from '../index/actor-key';

/**
 * `value` names what the column shows: `time` (ISO-8601 in `timeZone` with its offset), `timeUtc`
 * (ISO-8601 UTC), `actor` (`Name (email)`, or whichever of name, email, login exists),
 * `details.<key>` (the source's own field) or any other AuditEvent field (numbers as decimal text).
 */
export function cellText(event: AuditEvent, value: string, timeZone: string): string {
  if (value === 'time') return formatIsoInZone(event.time, timeZone);
  if (value === 'timeUtc') return new Date(event.time).toISOString();
  if (value === 'actor') return actorDisplay(event.actorName, event.actorEmail, event.actorLogin);
  if (value.startsWith('details.')) return event.details[value.slice('details.'.length)] ?? '';
  if (value === 'details') return JSON.stringify(event.details);
  if (!Object.prototype.hasOwnProperty.call(event, value)) return '';
  const v: unknown = (event as unknown as Record<string, unknown>)[value];
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
}
