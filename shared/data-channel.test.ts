import { describe, expect, it } from 'vitest';
import { parseToMain, parseToWorker } from './data-channel';
import { emptyColumns, pushEvent } from './model/batch';
import type { NormalizedEvent } from './model/event';

const event: NormalizedEvent = {
  id: 'e1', sourceId: 'naverworks.login', category: 'Login', time: 1715621478000, timeText: '"2024-05-14 02:31:18" @ Asia/Tokyo',
  actorName: 'Yuki Tanaka', actorEmail: 'y.tanaka@example.com', actorLogin: '', actorId: '', actorKind: 'member',
  action: 'login', target: '', status: 'success', statusText: 'Login successful', level: '', ip: '203.0.113.45',
  serviceType: 'IMAP', module: '', details: { loginMethod: 'Password' }, line: 2, raw: 'x', flags: 0,
};
const progress = { read: 1, rejected: 0, bytesRead: 10, bytesTotal: 10 };

describe('data channel messages', () => {
  it('accepts a well-formed batch', () => {
    const cols = emptyColumns();
    pushEvent(cols, event, 'imp_1');
    const msg = parseToWorker(JSON.stringify({ t: 'batch', importId: 'imp_1', seq: 0, cols, rejects: [], progress }));
    expect(msg.t).toBe('batch');
  });
  it('names the column that is wrong', () => {
    const cols = emptyColumns();
    pushEvent(cols, event, 'imp_1');
    (cols.time as unknown[])[0] = 'yesterday';
    expect(() => parseToWorker(JSON.stringify({ t: 'batch', importId: 'imp_1', seq: 3, cols, rejects: [], progress }))).toThrow(/batch 3 of imp_1: columns.time\[0\]/);
    const short = emptyColumns();
    pushEvent(short, event, 'imp_1');
    short.ip.pop();
    expect(() => parseToWorker(JSON.stringify({ t: 'batch', importId: 'imp_1', seq: 0, cols: short, rejects: [], progress }))).toThrow(/columns.ip: expected an array of 1/);
  });
  it('refuses unknown message kinds and malformed JSON', () => {
    expect(() => parseToWorker('{"t":"drop-database"}')).toThrow();
    expect(() => parseToWorker('not json')).toThrow();
    expect(() => parseToMain('{"t":"ack","importId":"x"}')).toThrow();
  });
});
