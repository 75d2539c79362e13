import { describe, expect, it } from 'vitest';
import { parseWallParts, WallClock } from './wall-time';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

describe('wall-clock timestamps', () => {
  it('reads the vendor format and the loose Excel one', () => {
    const tokyo = new WallClock('Asia/Tokyo');
    expect(iso(tokyo.epoch('2024-05-14 02:31:18'))).toBe('2024-05-13T17:31:18.000Z');
    expect(iso(tokyo.epoch('2024-05-14 02:59:59'))).toBe('2024-05-13T17:59:59.000Z');
    expect(iso(tokyo.epoch('2024/5/4 9:07'))).toBe('2024-05-04T00:07:00.000Z');
    expect(iso(tokyo.epoch('2024-05-04T09:07:05'))).toBe('2024-05-04T00:07:05.000Z');
  });

  it('refuses impossible or malformed times, also in an hour already seen', () => {
    const c = new WallClock('UTC');
    expect(c.epoch('2024-02-29 10:00:00')).not.toBeNull();
    for (const bad of ['2024-02-30 10:00:00', '2023-02-29 10:00:00', '2024-02-29 10:60:00', '2024-02-29 10:00:61', '2024-13-01 00:00:00', '2024-05-14 24:00:00', '14/05/2024 10:00', '', 'yesterday']) {
      expect(c.epoch(bad)).toBeNull();
    }
    expect(parseWallParts('2024-02-30 10:00:00')).toBeNull();
  });

  it('reads a 19-character text only in the vendor shape, whatever hour was read before', () => {
    const c = new WallClock('UTC');
    expect(iso(c.epoch('2024-02-29 10:00:00'))).toBe('2024-02-29T10:00:00.000Z');
    // the same hour, broken one character at a time: never the cached hour's start plus garbage
    for (const bad of ['2024-02-29 10:0x:00', '2024-02-29 10:00:0/', '2024-02-29 10:00:-1', '2024-02-29 10-00:00', '2024-02-29T10:00:0x', '2024-02-29 10:00 00', '2x24-02-29 10:00:00', '2024-02-29 1a:00:00']) {
      expect(c.epoch(bad)).toBeNull();
    }
    // separators the loose form allows still read, through it
    expect(iso(c.epoch('2024/02/29 10:00:07'))).toBe('2024-02-29T10:00:07.000Z');
    // the last hour of 1899 (whose hour key is -1, the "not this shape" mark) reads the slow way
    expect(iso(c.epoch('1899-12-31 23:59:58'))).toBe('1899-12-31T23:59:58.000Z');
    expect(iso(c.epoch('1899-12-31 23:59:59'))).toBe('1899-12-31T23:59:59.000Z');
  });

  it('stays right across daylight-saving changes', () => {
    const ny = new WallClock('America/New_York');
    expect(iso(ny.epoch('2024-03-10 01:59:59'))).toBe('2024-03-10T06:59:59.000Z');
    expect(iso(ny.epoch('2024-03-10 03:00:00'))).toBe('2024-03-10T07:00:00.000Z');
    expect(iso(ny.epoch('2024-11-03 00:59:00'))).toBe('2024-11-03T04:59:00.000Z');
    expect(iso(ny.epoch('2024-11-03 02:00:00'))).toBe('2024-11-03T07:00:00.000Z');
    expect(iso(ny.epoch('2024-07-01 12:00:00'))).toBe('2024-07-01T16:00:00.000Z');
  });
});
