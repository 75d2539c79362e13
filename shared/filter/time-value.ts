/**
 * Dates as quick search reads and writes them. A written date names a span as long as its
 * precision — `2024-05-14` is that whole day in the zone, `2024-05-14T10:30` that minute — so that
 * `time:2024-05-14`, `time:<=2024-05-14` and `[… TO 2024-05-14]` include the whole day, as
 * analysts expect from Kibana and Splunk.
 */
import { formatInZone, isValidCalendarDate, wallToEpoch } from '../util/timezone';

/** A written date: the span it names, `[start, end)` in epoch ms. */
export interface TimeSpan { start: number; end: number }

/** The dates accepted, for error messages. */
export const DATE_FORMS = 'YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS[.mmm]], optionally ending in Z or ±HH:MM';

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{3}))?)?)?(Z|[+-]\d{2}:\d{2})?$/;

/**
 * Earliest and latest instants a filter may hold, epoch ms: dates are written with four-digit
 * years (1000–9999), and a day's margin keeps every zone's wall clock inside that range.
 */
export const MIN_TIME = Date.UTC(1000, 0, 2);
/** See MIN_TIME. */
export const MAX_TIME = Date.UTC(9999, 11, 30);

/**
 * Reads a date in `zone` (or at its explicit `Z` / `±HH:MM` offset). Returns null when the text is
 * not one of DATE_FORMS or names an impossible moment (2024-02-30, 25:00).
 */
export function parseTimeValue(text: string, zone: string): TimeSpan | null {
  const m = DATE_RE.exec(text);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const parts = { year, month, day, hour: Number(m[4] ?? 0), minute: Number(m[5] ?? 0), second: Number(m[6] ?? 0) };
  // Date.UTC reads years below 100 as 19xx; four-digit years keep every path exact.
  if (year < 1000 || !isValidCalendarDate(parts)) return null;
  const ms = Number(m[7] ?? 0);
  if (m[8] !== undefined) {
    if (m[4] === undefined) return null; // an offset on a bare day has no clear meaning
    const sign = m[8] === 'Z' ? 0 : m[8][0] === '-' ? -1 : 1;
    const offsetMin = sign === 0 ? 0 : sign * (Number(m[8].slice(1, 3)) * 60 + Number(m[8].slice(4, 6)));
    const start = Date.UTC(year, month - 1, day, parts.hour, parts.minute, parts.second, ms) - offsetMin * 60_000;
    return { start, end: start + unitMs(m) };
  }
  const start = wallToEpoch(zone, parts, ms);
  if (m[4] !== undefined) return { start, end: start + unitMs(m) };
  // A day ends at the next wall-clock midnight, which is 23 or 25 hours away across a DST change.
  const next = new Date(Date.UTC(year, month - 1, day + 1));
  const end = wallToEpoch(zone, { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate(), hour: 0, minute: 0, second: 0 });
  return { start, end };
}

function unitMs(m: RegExpExecArray): number {
  if (m[7] !== undefined) return 1;
  return m[6] !== undefined ? 1000 : 60_000;
}

/**
 * Writes an instant so that parseTimeValue(…, zone).start gives it back: the shortest wall-clock
 * form in `zone` (`2024-05-14`, `2024-05-14T10:30`, …), or the UTC ISO form when the wall clock is
 * ambiguous there (the repeated hour when clocks go back).
 */
export function formatTimeValue(ms: number, zone: string): string {
  const [date, clock] = formatInZone(ms, zone).split(' ');
  const milli = ((ms % 1000) + 1000) % 1000;
  const candidates = milli !== 0
    ? [`${date}T${clock}.${String(milli).padStart(3, '0')}`]
    : clock === '00:00:00' ? [date] : clock.endsWith(':00') ? [`${date}T${clock.slice(0, 5)}`] : [`${date}T${clock}`];
  for (const text of candidates) {
    if (parseTimeValue(text, zone)?.start === ms) return text;
  }
  return new Date(ms).toISOString();
}

/**
 * The day (`YYYY-MM-DD` in `zone`) that ends exactly at `ms`, when `ms` is a wall-clock midnight
 * there; otherwise null. Lets quick search write `[2024-05-14 TO 2024-05-15]` rather than
 * `[2024-05-14 TO 2024-05-16}`.
 */
export function dayEndingAt(ms: number, zone: string): string | null {
  const text = formatTimeValue(ms, zone);
  if (text.length !== 10) return null;
  const prev = new Date(Date.UTC(Number(text.slice(0, 4)), Number(text.slice(5, 7)) - 1, Number(text.slice(8, 10)) - 1));
  const day = prev.toISOString().slice(0, 10);
  return parseTimeValue(day, zone)?.end === ms ? day : null;
}
