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
  it('rejects calendar-impossible dates', () => {
    expect(isValidCalendarDate({ year: 2024, month: 2, day: 30, hour: 0, minute: 0, second: 0 })).toBe(false);
    expect(isValidCalendarDate({ year: 2024, month: 2, day: 29, hour: 23, minute: 59, second: 59 })).toBe(true);
    expect(isValidCalendarDate({ year: 2023, month: 2, day: 29, hour: 0, minute: 0, second: 0 })).toBe(false);
  });
});
