import { describe, expect, it } from 'vitest';
import { flatten, pick, readEpochTime, readIsoTime, scoreKeys, statusOfActionName } from './json-fields';
import { WallClock } from './wall-time';

const ctx = { clock: new WallClock('Asia/Tokyo') };

describe('JSON record fields', () => {
  it('flattens nested objects to a.b.c, arrays of objects by index, scalar arrays joined; nulls and empties left out', () => {
    const rec = {
      a: { b: { c: 1, d: null, e: '' }, f: true },
      list: [{ x: 'p' }, { x: 'q', y: [] }],
      tags: ['one', 2, null],
      empty: {},
      skipMe: 'gone',
      keep: { gone: 'x', stays: 'y' },
    };
    expect(flatten(rec, new Set(['skipMe', 'keep.gone']))).toEqual({
      'a.b.c': '1', 'a.f': 'true', 'list.0.x': 'p', 'list.1.x': 'q', tags: 'one, 2', 'keep.stays': 'y',
    });
  });

  it('picks values by dotted path through objects and arrays', () => {
    const rec = { request: { ipChain: [{ ip: '203.0.113.45' }] } };
    expect(pick(rec, 'request.ipChain.0.ip')).toBe('203.0.113.45');
    expect(pick(rec, 'request.ipChain.1.ip')).toBeUndefined();
    expect(pick(rec, 'request.nothing.deeper')).toBeUndefined();
  });

  it('reads ISO times with their offset, and wall-clock times in the import zone', () => {
    expect(readIsoTime('2024-05-13T17:05:01.000Z', 'published', ctx)).toEqual({ ok: true, time: Date.UTC(2024, 4, 13, 17, 5, 1), timeText: '"2024-05-13T17:05:01.000Z" @ Z' });
    expect(readIsoTime('2024-05-13T17:05:01.1234567Z', 'createdDateTime', ctx)).toMatchObject({ ok: true, time: Date.UTC(2024, 4, 13, 17, 5, 1, 123) });
    expect(readIsoTime('2024-05-14 02:05:01', 'published', ctx)).toEqual({ ok: true, time: Date.UTC(2024, 4, 13, 17, 5, 1), timeText: '"2024-05-14 02:05:01" @ Asia/Tokyo' });
    expect(readIsoTime(undefined, 'published', ctx)).toMatchObject({ ok: false, reason: 'no date in "published"' });
    expect(readIsoTime('yesterday', 'published', ctx)).toMatchObject({ ok: false, reason: 'invalid date in "published": "yesterday"' });
    expect(readIsoTime('2024-02-30T00:00:00Z', 'id.time', ctx)).toMatchObject({ ok: false, reason: 'invalid date in "id.time": "2024-02-30T00:00:00Z"' });
  });

  it('reads epoch milliseconds and seconds, as numbers or digit strings, and ISO text where an export writes it', () => {
    const ms = Date.UTC(2024, 4, 13, 17, 52, 3);
    expect(readEpochTime(ms, 'ms', '@timestamp', ctx)).toEqual({ ok: true, time: ms, timeText: `"${ms}" @ epoch ms UTC` });
    expect(readEpochTime(String(ms / 1000), 's', 'date_create', ctx)).toEqual({ ok: true, time: ms, timeText: `"${ms / 1000}" @ epoch seconds UTC` });
    expect(readEpochTime(1715622609.5, 's', 'date_create', ctx)).toMatchObject({ ok: true, time: 1715622609500 });
    expect(readEpochTime('2024-05-13T17:52:03Z', 'ms', 'created_at', ctx)).toMatchObject({ ok: true, time: ms });
    expect(readEpochTime(null, 'ms', '@timestamp', ctx)).toMatchObject({ ok: false, reason: 'no date in "@timestamp"' });
    expect(readEpochTime('soon', 's', 'date_create', ctx)).toMatchObject({ ok: false, reason: 'invalid date in "date_create": "soon"' });
    expect(readEpochTime(-5, 'ms', '@timestamp', ctx)).toMatchObject({ ok: false, reason: 'invalid date in "@timestamp": "-5"' });
    expect(readEpochTime(1e20, 'ms', '@timestamp', ctx)).toMatchObject({ ok: false });
  });

  it('scores a record by the source keys it has, 0 without the required ones', () => {
    const req = [(r: Readonly<Record<string, unknown>>) => typeof r.a === 'string'];
    expect(scoreKeys({ a: 'x', b: 1, c: null }, req, ['a', 'b', 'c', 'd'])).toBe(3);
    expect(scoreKeys({ a: 1, b: 1 }, req, ['a', 'b'])).toBe(0);
  });

  it('calls an action a failure only when its name says so', () => {
    expect(['user_login_failed', 'oauth.failure', 'repo.access_denied', 'git.clone', 'file_downloaded', 'anomaly', 'failover.create'].map(statusOfActionName))
      .toEqual(['failure', 'failure', 'failure', 'unknown', 'unknown', 'unknown', 'unknown']);
  });
});
