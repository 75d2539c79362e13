import { describe, expect, it } from 'vitest';
import { formatInZone, formatIsoInZone, isValidCalendarDate, wallToEpoch, zoneOffsetMinutes } from './timezone';

describe('timezone', () => {
  it('reads a Tokyo wall time as UTC-9h', () => {
    const ms = wallToEpoch('Asia/Tokyo', { year: 2024, month: 5, day: 14, hour: 2, minute: 31, second: 18 });
    expect(new Date(ms).toISOString()).toBe('2024-05-13T17:31:18.000Z');
    expect(formatInZone(ms, 'Asia/Tokyo')).toBe('2024-05-14 02:31:18');
    expect(formatIsoInZone(ms, 'Asia/Tokyo')).toBe('2024-05-14T02:31:18+09:00');
  });
  it('handles DST zones on both sides of the change', () => {
    expect(zoneOffsetMinutes('America/New_York', Date.UTC(2024, 0, 15))).toBe(-300);
    expect(zoneOffsetMinutes('America/New_York', Date.UTC(2024, 6, 15))).toBe(-240);
    const ms = wallToEpoch('America/New_York', { year: 2024, month: 7, day: 1, hour: 12, minute: 0, second: 0 });
    expect(new Date(ms).toISOString()).toBe('2024-07-01T16:00:00.000Z');
  });
  it('gives the exact offset at every instant, across the changes of zones that have odd ones', () => {
    const formats = new Map<string, Intl.DateTimeFormat>();
    const ref = (zone: string, ms: number) => {
      const f = formats.get(zone) ?? new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
      formats.set(zone, f);
      const p = Object.fromEntries(f.formatToParts(new Date(ms)).map((x) => [x.type, Number(x.value)]));
      return Math.round((Date.UTC(p.year, p.month - 1, p.day, p.hour % 24, p.minute, p.second) - Math.floor(ms / 1000) * 1000) / 60_000);
    };
    // Newfoundland changes at a half hour of UTC, Lord Howe by 30 minutes, Casablanca twice around Ramadan
    const zones = ['America/St_Johns', 'Australia/Lord_Howe', 'Africa/Casablanca', 'Europe/London', 'America/Santiago', 'Asia/Tokyo'];
    const STEP = 3 * 3_600_000;
    let changes = 0;
    for (const zone of zones) {
      let prev = ref(zone, Date.UTC(2023, 0, 1));
      for (let t = Date.UTC(2023, 0, 1); t < Date.UTC(2025, 0, 1); t += STEP) {
        const now = ref(zone, t);
        expect(zoneOffsetMinutes(zone, t)).toBe(now);
        if (now === prev) continue;
        changes++;
        // around a change, every minute (a fresh zone cache order: the later instants first)
        for (let m = t; m > t - STEP; m -= 60_000) expect([zone, m, zoneOffsetMinutes(zone, m)]).toEqual([zone, m, ref(zone, m)]);
        prev = now;
      }
    }
    expect(changes).toBeGreaterThan(15);
  });
  it('rejects calendar-impossible dates', () => {
    expect(isValidCalendarDate({ year: 2024, month: 2, day: 30, hour: 0, minute: 0, second: 0 })).toBe(false);
    expect(isValidCalendarDate({ year: 2024, month: 2, day: 29, hour: 23, minute: 59, second: 59 })).toBe(true);
    expect(isValidCalendarDate({ year: 2023, month: 2, day: 29, hour: 0, minute: 0, second: 0 })).toBe(false);
  });
});
