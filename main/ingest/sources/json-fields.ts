/**
 * Readers for JSON audit records that every JSON source shares: values by path, nested objects
 * flattened into `a.b.c` detail keys, timestamps written as ISO 8601 or as epoch numbers, and a
 * structural detection score (which of a source's keys a record has).
 */
import type { EventStatus } from '../../../shared/model/event';
import type { JsonRecord } from './json-source';
import type { NormalizeContext } from './source-module';
import { dateFailure, parseOffsetTime, wallTimeText } from './wall-time';
import type { IngestText } from '../../../shared/model/ingest-text';

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A record's member as an object, or an empty one: absent, null and non-object members read alike. */
export function objectAt(rec: JsonRecord, key: string): Readonly<Record<string, unknown>> {
  const v = rec[key];
  return isRecord(v) ? v : {};
}

/** The value at a dotted path (`client.userAgent.browser`, `target.0.id`); undefined when any step is missing. */
export function pick(rec: unknown, path: string): unknown {
  let v: unknown = rec;
  for (const step of path.split('.')) {
    if (Array.isArray(v) && /^\d+$/.test(step)) v = v[Number(step)];
    else if (isRecord(v)) v = v[step];
    else return undefined;
  }
  return v;
}

/** Display text of a scalar: strings as written, numbers and booleans as JSON writes them, else ''. */
export function textOf(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return '';
}

/** `textOf(pick(rec, path))`, trimmed. */
export function textAt(rec: unknown, path: string): string {
  return textOf(pick(rec, path)).trim();
}

/**
 * Adds `value` to `out` under `prefix`, nested objects as `prefix.key`, arrays of objects as
 * `prefix.0.key`, arrays of scalars joined with `, `. Nulls, empty strings and empty containers
 * are left out (Okta writes dozens of null geo fields per record), as are the paths in `skip`
 * (fields that already live in a normalized field, or were renamed). Written with plain loops:
 * it is the largest cost of a JSON import (~40 µs a LogEvent with Object.entries and closures, ~15 µs so).
 */
export function flattenInto(out: Record<string, string>, value: unknown, prefix: string, skip: ReadonlySet<string> = NO_SKIP): void {
  if (value === null || value === undefined) return;
  if (typeof value !== 'object') {
    const text = textOf(value);
    if (text !== '' && prefix !== '') out[prefix] = text;
    return;
  }
  if (skip.size > 0 && skip.has(prefix)) return;
  const dot = prefix === '' ? '' : `${prefix}.`;
  if (Array.isArray(value)) {
    if (isScalarArray(value)) {
      let text = '';
      for (const v of value) {
        const t = textOf(v);
        if (t !== '') text = text === '' ? t : `${text}, ${t}`;
      }
      if (text !== '' && prefix !== '') out[prefix] = text;
      return;
    }
    for (let i = 0; i < value.length; i++) flattenInto(out, value[i], dot + i, skip);
    return;
  }
  const rec = value as Record<string, unknown>;
  for (const k in rec) {
    const v = rec[k];
    if (v === null || v === undefined) continue;
    const path = dot + k;
    if (typeof v === 'object') flattenInto(out, v, path, skip);
    else if (!(skip.size > 0 && skip.has(path))) {
      const text = textOf(v);
      if (text !== '') out[path] = text;
    }
  }
}

function isScalarArray(list: readonly unknown[]): boolean {
  for (const v of list) if (typeof v === 'object' && v !== null) return false;
  return true;
}

const NO_SKIP: ReadonlySet<string> = new Set();

/** A record flattened whole, less the paths in `skip`. */
export function flatten(rec: JsonRecord, skip: ReadonlySet<string>): Record<string, string> {
  const out: Record<string, string> = {};
  flattenInto(out, rec, '', skip);
  return out;
}

/**
 * Detection score: 0 unless every key of `required` holds a value of the kind its test wants,
 * else the number of the source's `keys` the record has (so the source whose shape fits best wins).
 */
export function scoreKeys(rec: JsonRecord, required: readonly ((r: JsonRecord) => boolean)[], keys: readonly string[]): number {
  if (!required.every((test) => test(rec))) return 0;
  let n = 0;
  for (const k of keys) if (rec[k] !== undefined) n++;
  return n;
}

export type TimeRead = { ok: true; time: number; timeText: string } | { ok: false; reason: string; text: IngestText };

/** The latest instant accepted (9999-12-31): anything beyond is a unit mix-up, not a time. */
const MAX_EPOCH_MS = 253_402_300_799_999;

/**
 * An ISO 8601 timestamp. With an offset or `Z` (every API here writes UTC) it is that instant; a
 * wall-clock time without one is read in the import's zone, as a CSV date would be.
 */
export function readIsoTime(value: unknown, field: string, ctx: NormalizeContext): TimeRead {
  const text = typeof value === 'string' ? value.trim() : textOf(value);
  if (text === '') return dateFailure(field, '');
  const withOffset = parseOffsetTime(text);
  if (withOffset) return { ok: true, time: withOffset.time, timeText: `"${text}" @ ${withOffset.offset}` };
  const wall = ctx.clock.epoch(text);
  if (wall !== null) return { ok: true, time: wall, timeText: wallTimeText(text, ctx.clock.zone) };
  return dateFailure(field, text);
}

/**
 * An epoch number in `unit` (GitHub writes milliseconds, Slack seconds), as a JSON number or a
 * string of digits; an ISO 8601 string is read as such (GitHub's own UI export writes those).
 */
export function readEpochTime(value: unknown, unit: 'ms' | 's', field: string, ctx: NormalizeContext): TimeRead {
  const text = textOf(value).trim();
  if (text === '') return dateFailure(field, '');
  if (!/^\d+(\.\d+)?$/.test(text)) return text.includes('-') ? readIsoTime(text, field, ctx) : dateFailure(field, text);
  const ms = Math.round(Number(text) * (unit === 's' ? 1000 : 1));
  if (!Number.isFinite(ms) || ms > MAX_EPOCH_MS) return dateFailure(field, text);
  return { ok: true, time: ms, timeText: `"${text}" @ epoch ${unit === 's' ? 'seconds' : 'ms'} UTC` };
}

const FAILURE_ACTION = /(^|[._\s-])(fail(ed|ure)?|denied|deny|rejected|blocked)($|[._\s-])/i;

/**
 * Status of a source that logs what was done but no result (GitHub, Slack): failure only when
 * the action's own name says so (`user_login_failed`), otherwise unknown, never a guessed success.
 */
export function statusOfActionName(action: string): EventStatus {
  return FAILURE_ACTION.test(action) ? 'failure' : 'unknown';
}

/** `Name (email)` as the other sources show a person; whichever part exists alone. */
export function nameWithId(name: string, id: string): string {
  if (name && id && name !== id) return `${name} (${id})`;
  return name || id;
}
