import { describe, expect, it } from 'vitest';
import { dayEndingAt, formatTimeValue, parseTimeValue } from './time-value';

const utc = (...a: [number, number, number, number?, number?, number?, number?]) => Date.UTC(a[0], a[1] - 1, a[2], a[3] ?? 0, a[4] ?? 0, a[5] ?? 0, a[6] ?? 0);

describe('parseTimeValue', () => {
  it.each([
    ['2024-05-14', 'UTC', utc(2024, 5, 14), utc(2024, 5, 15)],
    ['2024-05-14', 'Asia/Tokyo', utc(2024, 5, 13, 15), utc(2024, 5, 14, 15)],
    ['2024-05-14T10:30', 'Asia/Tokyo', utc(2024, 5, 14, 1, 30), utc(2024, 5, 14, 1, 31)],
    ['2024-05-14 10:30:15', 'UTC', utc(2024, 5, 14, 10, 30, 15), utc(2024, 5, 14, 10, 30, 16)],
    ['2024-05-14T10:30:15.250', 'UTC', utc(2024, 5, 14, 10, 30, 15, 250), utc(2024, 5, 14, 10, 30, 15, 251)],
    ['2024-05-14T10:30Z', 'Asia/Tokyo', utc(2024, 5, 14, 10, 30), utc(2024, 5, 14, 10, 31)],
    ['2024-05-14T10:30:00+09:00', 'UTC', utc(2024, 5, 14, 1, 30), utc(2024, 5, 14, 1, 30, 1)],
    ['2024-05-14T10:30:00-05:30', 'UTC', utc(2024, 5, 14, 16, 0), utc(2024, 5, 14, 16, 0, 1)],
    // DST: the spring-forward day is 23 hours long, the fall-back day 25
    ['2024-03-10', 'America/New_York', utc(2024, 3, 10, 5), utc(2024, 3, 11, 4)],
    ['2024-11-03', 'America/New_York', utc(2024, 11, 3, 4), utc(2024, 11, 4, 5)],
  ])('%s in %s', (text, zone, start, end) => expect(parseTimeValue(text, zone)).toEqual({ start, end }));

  it.each(['2024-5-14', '2024-02-30', '2024-05-14T24:00', '2024-05-14T10', '2024-05-14Z', '0999-01-01', 'yesterday', '2024-05-14T10:30:15.5', ''])(
    'rejects %j', (text) => expect(parseTimeValue(text, 'UTC')).toBeNull(),
  );
});

describe('formatTimeValue', () => {
  it.each([
    [utc(2024, 5, 14), 'UTC', '2024-05-14'],
    [utc(2024, 5, 13, 15), 'Asia/Tokyo', '2024-05-14'],
    [utc(2024, 5, 14, 1, 30), 'Asia/Tokyo', '2024-05-14T10:30'],
    [utc(2024, 5, 14, 1, 30, 5), 'UTC', '2024-05-14T01:30:05'],
    [utc(2024, 5, 14, 1, 30, 5, 7), 'UTC', '2024-05-14T01:30:05.007'],
    // 01:30 happens twice in New York on 2024-11-03; the second one needs an explicit UTC form
    [utc(2024, 11, 3, 6, 30), 'America/New_York', '2024-11-03T06:30:00.000Z'],
    [utc(2024, 11, 3, 5, 30), 'America/New_York', '2024-11-03T01:30'],
  ])('%d in %s → %s', (ms, zone, text) => {
    expect(formatTimeValue(ms, zone)).toBe(text);
    expect(parseTimeValue(text, zone)?.start).toBe(ms);
  });

  it('dayEndingAt names the day that ends at a midnight', () => {
    expect(dayEndingAt(utc(2024, 5, 15), 'UTC')).toBe('2024-05-14');
    expect(dayEndingAt(utc(2024, 3, 1), 'UTC')).toBe('2024-02-29');
    expect(dayEndingAt(utc(2024, 5, 14, 15), 'Asia/Tokyo')).toBe('2024-05-14');
    expect(dayEndingAt(utc(2024, 5, 15, 0, 1), 'UTC')).toBeNull();
  });
});
