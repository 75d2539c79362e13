/**
 * Reading the time column of a mapped source in the format the analyst chose. Pure and shared: the
 * importer normalizes with it, and the mapping dialog previews the sample rows with the same code,
 * so what the preview shows is what the import stores.
 */
import { isValidCalendarDate, wallToEpoch, type WallParts } from '../util/timezone';
import type { TimeFormat } from './column-mapping';

/**
 * A time as read: an instant (it carried an offset, or is epoch time) or wall-clock parts that still
 * need the import's zone. `note` says how an instant was written: the offset (`+09:00`, `Z`) or
 * `epoch s` / `epoch ms`.
 */
export type ReadTime =
  | { kind: 'instant'; time: number; note: string }
  | { kind: 'wall'; parts: WallParts; ms: number };

const ISO = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;
const YMD_HMS = /^(\d{4})-(\d{1,2})-(\d{1,2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?$/;
const YMD_SLASH = /^(\d{4})\/(\d{1,2})\/(\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const US = /^(\d{1,2})\/(\d{1,2})\/(\d{4}),?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp])\.?[Mm]\.?)?$/;
const EPOCH_S = /^-?\d{1,12}(?:\.\d{1,6})?$/;
const EPOCH_MS = /^-?\d{1,15}$/;

const msOf = (fraction: string | undefined) => (fraction ? Number(fraction.slice(0, 3).padEnd(3, '0')) : 0);

function wall(p: WallParts, ms: number): ReadTime | null {
  return isValidCalendarDate(p) ? { kind: 'wall', parts: p, ms } : null;
}

function offsetMinutes(offset: string): number {
  const o = offset.toUpperCase();
  if (o === 'Z' || o === 'UTC' || o === 'GMT') return 0;
  const digits = o.slice(1).replace(':', '');
  const minutes = Number(digits.slice(0, 2)) * 60 + (digits.length > 2 ? Number(digits.slice(2)) : 0);
  return o[0] === '-' ? -minutes : minutes;
}

function readIso(text: string): ReadTime | null {
  const m = ISO.exec(text);
  if (!m) return null;
  const p: WallParts = { year: +m[1], month: +m[2], day: +m[3], hour: +m[4], minute: +m[5], second: m[6] === undefined ? 0 : +m[6] };
  const ms = msOf(m[7]);
  if (!m[8]) return wall(p, ms);
  if (!isValidCalendarDate(p)) return null;
  const time = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, ms) - offsetMinutes(m[8]) * 60_000;
  return { kind: 'instant', time, note: m[8] };
}

function readYmdHms(text: string): ReadTime | null {
  const m = YMD_HMS.exec(text);
  return m ? wall({ year: +m[1], month: +m[2], day: +m[3], hour: +m[4], minute: +m[5], second: +m[6] }, msOf(m[7])) : null;
}

function readYmdSlash(text: string): ReadTime | null {
  const m = YMD_SLASH.exec(text);
  return m ? wall({ year: +m[1], month: +m[2], day: +m[3], hour: +m[4], minute: +m[5], second: m[6] === undefined ? 0 : +m[6] }, 0) : null;
}

function readUs(text: string): ReadTime | null {
  const m = US.exec(text);
  if (!m) return null;
  let hour = +m[4];
  if (m[7]) {
    if (hour < 1 || hour > 12) return null;
    const pm = m[7].toLowerCase() === 'p';
    hour = (hour % 12) + (pm ? 12 : 0);
  }
  return wall({ year: +m[3], month: +m[1], day: +m[2], hour, minute: +m[5], second: m[6] === undefined ? 0 : +m[6] }, 0);
}

function readEpoch(text: string, unit: 's' | 'ms'): ReadTime | null {
  if (!(unit === 's' ? EPOCH_S : EPOCH_MS).test(text)) return null;
  const time = unit === 's' ? Math.round(Number(text) * 1000) : Number(text);
  return Number.isFinite(time) && Math.abs(time) <= 8.64e15 ? { kind: 'instant', time, note: unit === 's' ? 'epoch s' : 'epoch ms' } : null;
}

/** Epoch time only where the digit count makes it plausible: 9–11 digits of seconds, 12–14 of ms. */
function readEpochGuess(text: string): ReadTime | null {
  const digits = /^(\d+)(?:\.\d{1,6})?$/.exec(text)?.[1].length ?? 0;
  if (digits >= 9 && digits <= 11) return readEpoch(text, 's');
  if (digits >= 12 && digits <= 14 && !text.includes('.')) return readEpoch(text, 'ms');
  return null;
}

const READERS: Record<Exclude<TimeFormat, 'auto'>, (text: string) => ReadTime | null> = {
  iso: readIso,
  'ymd-hms': readYmdHms,
  'ymd-slash': readYmdSlash,
  us: readUs,
  'epoch-s': (t) => readEpoch(t, 's'),
  'epoch-ms': (t) => readEpoch(t, 'ms'),
};

/** The time `text` names in `format`, or null when it is not one (or names no real moment). */
export function readTime(text: string, format: TimeFormat): ReadTime | null {
  const t = text.trim();
  if (t === '') return null;
  if (format !== 'auto') return READERS[format](t);
  return readIso(t) ?? readYmdHms(t) ?? readYmdSlash(t) ?? readUs(t) ?? readEpochGuess(t);
}

/** Epoch ms of a read time; wall-clock parts are read in `zone`. */
export function resolveTime(r: ReadTime, zone: string): number {
  return r.kind === 'instant' ? r.time : wallToEpoch(zone, r.parts, r.ms);
}

/** The event's `timeText`: the value as written, and the zone it was read in or how it was written. */
export function readTimeText(text: string, r: ReadTime, zone: string): string {
  return `"${text}" @ ${r.kind === 'instant' ? r.note : zone}`;
}

/**
 * True when `text` reads as a time of an audit log (auto-detected, years 1990–2100): a column with
 * such values is what makes an unknown file worth mapping rather than "not a log".
 */
export function looksLikeTime(text: string): boolean {
  const r = readTime(text, 'auto');
  if (!r) return false;
  const year = r.kind === 'wall' ? r.parts.year : new Date(r.time).getUTCFullYear();
  return year >= 1990 && year <= 2100;
}
