/**
 * Wall-clock time ↔ epoch ms in an IANA time zone, without a date library.
 * Offsets are cached per zone and UTC day (see zoneOffsetMinutes), because Intl formatting is slow
 * and an import converts a million timestamps.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** True when `zone` is an IANA zone name this runtime knows (or "UTC"). */
export function isValidTimeZone(zone: string): boolean {
  try {
    formatter(zone);
    return true;
  } catch {
    return false;
  }
}

/** The zone this machine runs in. */
export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
/** A day whose offset changes: its hours are looked up one by one. */
const CHANGES = 1e9;
/** per zone: UTC day → its offset in minutes, or CHANGES */
const dayOffsets = new Map<string, Map<number, number>>();
/** per zone: UTC hour → offset, for the hours of days that have a change */
const hourOffsets = new Map<string, Map<number, number>>();

function cacheOf(all: Map<string, Map<number, number>>, zone: string): Map<number, number> {
  let m = all.get(zone);
  if (!m) {
    m = new Map();
    all.set(zone, m);
  }
  if (m.size > 100_000) m.clear();
  return m;
}

/**
 * Offset of `zone` from UTC at the instant `utcMs`, in minutes (Asia/Tokyo → 540). Known per UTC
 * day: a day with the same offset at 00:00, 06:00, 12:00, 18:00 and 23:59:59 has it throughout (no
 * zone changes its offset twice within six hours). A day with a change is looked up by the hour,
 * and an hour with the change inside it (Newfoundland's fall at 02:00 local, a half hour of UTC) by
 * the instant: caching such an hour whole gave the wrong offset to half of it.
 */
export function zoneOffsetMinutes(zone: string, utcMs: number): number {
  const day = Math.floor(utcMs / DAY_MS);
  const days = cacheOf(dayOffsets, zone);
  let offset = days.get(day);
  if (offset === undefined) {
    const start = day * DAY_MS;
    offset = exactOffset(zone, start);
    for (const at of [start + 6 * HOUR_MS, start + 12 * HOUR_MS, start + 18 * HOUR_MS, start + DAY_MS - 1000]) {
      if (exactOffset(zone, at) !== offset) offset = CHANGES;
    }
    days.set(day, offset);
  }
  if (offset !== CHANGES) return offset;
  const hour = Math.floor(utcMs / HOUR_MS);
  const hours = cacheOf(hourOffsets, zone);
  let h = hours.get(hour);
  if (h === undefined) {
    h = exactOffset(zone, utcMs);
    // a change falls on a whole quarter hour in every zone: the hour is one offset unless it holds one
    if (exactOffset(zone, hour * HOUR_MS) === h && exactOffset(zone, hour * HOUR_MS + HOUR_MS - 1000) === h) hours.set(hour, h);
  }
  return h;
}

function exactOffset(zone: string, utcMs: number): number {
  const parts = wallParts(zone, utcMs);
  const asUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return Math.round((asUtc - Math.floor(utcMs / 1000) * 1000) / 60_000);
}

export interface WallParts { year: number; month: number; day: number; hour: number; minute: number; second: number }

function wallParts(zone: string, utcMs: number): WallParts {
  const out: Record<string, number> = {};
  for (const p of formatter(zone).formatToParts(new Date(utcMs))) {
    if (p.type !== 'literal') out[p.type] = Number(p.value);
  }
  return { year: out.year, month: out.month, day: out.day, hour: out.hour % 24, minute: out.minute, second: out.second };
}

/**
 * Epoch ms of a wall-clock time read in `zone`. In a DST gap or overlap the earlier offset wins,
 * as most log writers do. Fields are not range-checked here (see isValidCalendarDate).
 */
export function wallToEpoch(zone: string, p: WallParts, ms = 0): number {
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, ms);
  if (zone === 'UTC' || zone === 'Etc/UTC') return asUtc;
  const first = zoneOffsetMinutes(zone, asUtc);
  const guess = asUtc - first * 60_000;
  const second = zoneOffsetMinutes(zone, guess);
  return second === first ? guess : asUtc - second * 60_000;
}

/** True when the parts name a real calendar moment (no 2024-02-30, no 25:00). */
export function isValidCalendarDate(p: WallParts): boolean {
  if (p.month < 1 || p.month > 12 || p.day < 1 || p.hour > 23 || p.minute > 59 || p.second > 59) return false;
  const days = new Date(Date.UTC(p.year, p.month, 0)).getUTCDate();
  return p.day <= days && p.hour >= 0 && p.minute >= 0 && p.second >= 0;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** `YYYY-MM-DD HH:MM:SS` of an instant in `zone`. */
export function formatInZone(utcMs: number, zone: string): string {
  const offset = zone === 'UTC' ? 0 : zoneOffsetMinutes(zone, utcMs);
  const d = new Date(utcMs + offset * 60_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/** `+09:00` style offset of `zone` at `utcMs`. */
export function formatOffset(zone: string, utcMs: number): string {
  const m = zoneOffsetMinutes(zone, utcMs);
  const sign = m < 0 ? '-' : '+';
  const a = Math.abs(m);
  return `${sign}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
}

/** ISO-8601 with the zone's offset, e.g. `2024-05-14T02:31:18+09:00`. */
export function formatIsoInZone(utcMs: number, zone: string): string {
  return `${formatInZone(utcMs, zone).replace(' ', 'T')}${formatOffset(zone, utcMs)}`;
}
