/**
 * Timestamps written as local wall-clock time without an offset (NAVER WORKS, Kintone):
 * `YYYY-MM-DD HH:MM:SS`, and the looser `YYYY/M/D H:MM` that Excel writes when a user re-saves
 * a download. Read in the import's time zone.
 */
import { english, say, type IngestText } from '../../../shared/model/ingest-text';
import { isValidCalendarDate, wallToEpoch, type WallParts } from '../../../shared/util/timezone';

const LOOSE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})[ T](\d{1,2}):(\d{1,2})(?::(\d{1,2}))?$/;

/** The two digits at `i` as a number, or -1 when either is not a digit. */
function two(t: string, i: number): number {
  const a = t.charCodeAt(i) - 48;
  const b = t.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/**
 * hourKey of a `YYYY-MM-DD HH:MM:SS` text (19 characters), or -1 when its date and hour are not in
 * that shape; the minute and second are read by the caller.
 */
function vendorHourKey(t: string): number {
  if (t.charCodeAt(4) !== 45 || t.charCodeAt(7) !== 45 || t.charCodeAt(10) !== 32 || t.charCodeAt(13) !== 58 || t.charCodeAt(16) !== 58) return -1;
  const c = two(t, 0);
  const y = two(t, 2);
  const month = two(t, 5);
  const day = two(t, 8);
  const hour = two(t, 11);
  if (c < 0 || y < 0 || month < 0 || day < 0 || hour < 0) return -1;
  return hourKey(c * 100 + y, month, day, hour);
}

/** A small integer naming the hour (a Smi map key), for years 1900–2299. */
function hourKey(year: number, month: number, day: number, hour: number): number {
  return (((year - 1900) * 13 + month) * 32 + day) * 24 + hour;
}

/**
 * Calendar parts of a wall-clock timestamp (not range-checked), or null when it is not one. The
 * vendor's own shape matches LOOSE too; rows reach here only when WallClock.epoch's fast path did
 * not take them (the first row of an hour, a bad or loose date).
 */
function readParts(text: string): WallParts | null {
  const m = LOOSE.exec(text.trim());
  if (!m) return null;
  return { year: +m[1], month: +m[2], day: +m[3], hour: +m[4], minute: +m[5], second: m[6] === undefined ? 0 : +m[6] };
}

/** Calendar parts of a wall-clock timestamp, or null when it is not one or names no real moment. */
export function parseWallParts(text: string): WallParts | null {
  const p = readParts(text);
  return p && isValidCalendarDate(p) ? p : null;
}

/**
 * Reads wall-clock timestamps in one zone. Converting through Intl and validating the calendar
 * cost ~0.9 µs a row; rows of one hour share the epoch of the hour's start, so it is cached per
 * valid hour (an export spans a few thousand). An hour in which the zone's offset changes is not
 * cached.
 */
export class WallClock {
  private readonly hours = new Map<number, number>();
  /** the last hour looked up: exports are sorted, so the next row is most often in it too */
  private lastKey = -1;
  private lastStart = 0;

  constructor(readonly zone: string) {}

  /** Epoch ms of `text` read in the zone, or null when it is no timestamp or no real moment. */
  epoch(text: string): number | null {
    if (text.length === 19) {
      // the vendor's own shape read in one pass (a million rows go through here): -1 when it is not
      const key = vendorHourKey(text);
      if (key >= 0) {
        const minute = two(text, 14);
        const second = two(text, 17);
        const start = key === this.lastKey ? this.lastStart : this.hours.get(key);
        if (start !== undefined && minute >= 0 && minute < 60 && second >= 0 && second < 60) {
          this.lastKey = key;
          this.lastStart = start;
          return start + (minute * 60 + second) * 1000;
        }
      }
    }
    const p = parseWallParts(text);
    return p ? this.slow(p) : null;
  }

  private slow(p: WallParts): number {
    const key = hourKey(p.year, p.month, p.day, p.hour);
    const start = wallToEpoch(this.zone, { ...p, minute: 0, second: 0 });
    const end = wallToEpoch(this.zone, { ...p, minute: 59, second: 59 });
    if (end - start !== 3_599_000) return wallToEpoch(this.zone, p);
    if (this.hours.size >= 100_000) this.hours.clear();
    this.hours.set(key, start);
    return start + (p.minute * 60 + p.second) * 1000;
  }
}

const WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3})\d*)?(Z|[+-]\d{2}:?\d{2})$/;

/**
 * An ISO 8601 timestamp that carries its own offset (`2024-05-17T18:38:08+09:00`, microCMS), as
 * epoch ms and the offset as written; null without an offset or for an impossible date.
 */
export function parseOffsetTime(text: string): { time: number; offset: string } | null {
  const m = WITH_OFFSET.exec(text.trim());
  if (!m) return null;
  const p: WallParts = { year: +m[1], month: +m[2], day: +m[3], hour: +m[4], minute: +m[5], second: +m[6] };
  if (!isValidCalendarDate(p)) return null;
  const offset = m[8];
  const minutes = offset === 'Z' ? 0 : (offset[0] === '-' ? -1 : 1) * (+offset.slice(1, 3) * 60 + +offset.slice(-2));
  const ms = m[7] === undefined ? 0 : +m[7].padEnd(3, '0');
  return { time: Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, ms) - minutes * 60_000, offset };
}

/** The reject reason for a missing or unusable timestamp, naming the column as the file does. */
export function dateText(column: string, text: string): IngestText {
  return text === '' ? say('reject.noDate', { column }) : say('reject.badDate', { column, text });
}

/** A normalize failure for a missing or unusable timestamp: its words and its text. */
export function dateFailure(column: string, text: string): { ok: false; reason: string; text: IngestText } {
  const t = dateText(column, text);
  return { ok: false, reason: english(t), text: t };
}

/** The `timeText` of an event: the text as written and the zone it was read in. */
export function wallTimeText(text: string, zone: string): string {
  return `"${text}" @ ${zone}`;
}
