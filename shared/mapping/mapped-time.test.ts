import { describe, expect, it } from 'vitest';
import { looksLikeTime, readTime, readTimeText, resolveTime } from './mapped-time';
import type { TimeFormat } from './column-mapping';

const iso = (ms: number) => new Date(ms).toISOString();
const at = (text: string, format: TimeFormat, zone: string) => {
  const r = readTime(text, format);
  return r ? iso(resolveTime(r, zone)) : null;
};

describe('time formats of a mapped source', () => {
  it.each([
    // ISO 8601 with an offset: the zone does not matter
    ['2024-05-14T02:31:18Z', 'iso', 'Asia/Tokyo', '2024-05-14T02:31:18.000Z'],
    ['2024-05-14T11:31:18+09:00', 'iso', 'America/New_York', '2024-05-14T02:31:18.000Z'],
    ['2024-05-14 11:31:18.25+0900', 'iso', 'UTC', '2024-05-14T02:31:18.250Z'],
    ['2024-05-13T22:31:18-04:00', 'iso', 'Asia/Seoul', '2024-05-14T02:31:18.000Z'],
    ['2024-05-14 02:31:18 UTC', 'iso', 'Asia/Tokyo', '2024-05-14T02:31:18.000Z'],
    // ISO 8601 without an offset: read in the import's zone
    ['2024-05-14T11:31:18', 'iso', 'Asia/Tokyo', '2024-05-14T02:31:18.000Z'],
    ['2024-05-14T11:31:18.123456', 'iso', 'UTC', '2024-05-14T11:31:18.123Z'],
    ['2024-05-14T11:31', 'iso', 'UTC', '2024-05-14T11:31:00.000Z'],
    // YYYY-MM-DD HH:mm:ss
    ['2024-05-14 11:31:18', 'ymd-hms', 'Asia/Tokyo', '2024-05-14T02:31:18.000Z'],
    ['2024-05-14 11:31:18', 'ymd-hms', 'America/Los_Angeles', '2024-05-14T18:31:18.000Z'],
    // YYYY/MM/DD H:mm[:ss]
    ['2024/05/14 9:05', 'ymd-slash', 'Asia/Tokyo', '2024-05-14T00:05:00.000Z'],
    ['2024/5/14 11:31:18', 'ymd-slash', 'UTC', '2024-05-14T11:31:18.000Z'],
    // US M/D/YYYY h:mm:ss AM
    ['5/14/2024 2:31:18 AM', 'us', 'UTC', '2024-05-14T02:31:18.000Z'],
    ['5/14/2024 12:05:00 AM', 'us', 'UTC', '2024-05-14T00:05:00.000Z'],
    ['5/14/2024 12:05:00 PM', 'us', 'UTC', '2024-05-14T12:05:00.000Z'],
    ['5/13/2024 10:31:18 p.m.', 'us', 'America/New_York', '2024-05-14T02:31:18.000Z'],
    ['05/14/2024 14:31', 'us', 'UTC', '2024-05-14T14:31:00.000Z'],
    // epoch
    ['1715653878', 'epoch-s', 'Asia/Tokyo', '2024-05-14T02:31:18.000Z'],
    ['1715653878.5', 'epoch-s', 'UTC', '2024-05-14T02:31:18.500Z'],
    ['1715653878250', 'epoch-ms', 'Asia/Tokyo', '2024-05-14T02:31:18.250Z'],
    // auto picks the format per value
    ['2024-05-14T02:31:18Z', 'auto', 'Asia/Tokyo', '2024-05-14T02:31:18.000Z'],
    ['2024-05-14 11:31:18', 'auto', 'Asia/Tokyo', '2024-05-14T02:31:18.000Z'],
    ['2024-5-14 1:02:03', 'auto', 'UTC', '2024-05-14T01:02:03.000Z'],
    ['2024/05/14 11:31', 'auto', 'Asia/Tokyo', '2024-05-14T02:31:00.000Z'],
    ['5/14/2024 2:31:18 PM', 'auto', 'UTC', '2024-05-14T14:31:18.000Z'],
    ['1715653878', 'auto', 'UTC', '2024-05-14T02:31:18.000Z'],
    ['1715653878250', 'auto', 'UTC', '2024-05-14T02:31:18.250Z'],
  ] as const)('%s as %s in %s', (text, format, zone, expected) => {
    expect(at(text, format, zone)).toBe(expected);
  });

  it('reads a wall time in a DST overlap with the earlier offset, as every source does (shared/util/timezone)', () => {
    expect(at('2024-11-03 01:30:00', 'ymd-hms', 'America/New_York')).toBe('2024-11-03T05:30:00.000Z');
    expect(at('2024-11-03T01:30:00', 'iso', 'America/New_York')).toBe('2024-11-03T05:30:00.000Z');
  });

  it.each([
    ['2024-02-30 10:00:00', 'ymd-hms'], ['2024-05-14 24:00:00', 'ymd-hms'], ['2024-05-14T11:31:18Z', 'ymd-hms'],
    ['14/5/2024 10:00', 'ymd-slash'], ['13/14/2024 10:00:00 AM', 'us'], ['5/14/2024 13:00:00 PM', 'us'],
    ['yesterday', 'auto'], ['', 'auto'], ['1715653878', 'iso'], ['17156538.78.1', 'epoch-s'], ['1715653878.5', 'epoch-ms'],
    ['42', 'auto'], ['12345', 'auto'],
  ] as const)('refuses %j as %s', (text, format) => {
    expect(readTime(text, format)).toBeNull();
  });

  it('writes timeText with the zone, the offset or the epoch unit', () => {
    const t = (text: string, f: TimeFormat) => readTimeText(text, readTime(text, f)!, 'Asia/Tokyo');
    expect(t('2024-05-14 11:31:18', 'ymd-hms')).toBe('"2024-05-14 11:31:18" @ Asia/Tokyo');
    expect(t('2024-05-14T02:31:18Z', 'iso')).toBe('"2024-05-14T02:31:18Z" @ Z');
    expect(t('1715653878', 'epoch-s')).toBe('"1715653878" @ epoch s');
  });

  it('tells a column of times from other values', () => {
    expect(looksLikeTime('2024-05-14T02:31:18Z')).toBe(true);
    expect(looksLikeTime('1715653878')).toBe(true);
    expect(looksLikeTime('1500')).toBe(false);
    expect(looksLikeTime('100000000')).toBe(false); // 1973: a number, not an audit time
    expect(looksLikeTime('apple')).toBe(false);
  });
});
