import { afterAll, describe, expect, it } from 'vitest';
import { EVENT_FLAGS } from '../../shared/model/event';
import { MAX_REJECTS_KEPT } from '../../shared/model/import';
import { say } from '../../shared/model/ingest-text';
import { runIngest } from './pipeline';
import { collect, eventCount, scratch, withBom } from './test-helpers';

const HEADER = 'Description,User,Date,IP Address,Login method,Service Type';
const row = (when: string, who = 'Yuki Tanaka (y.tanaka@example.com)', desc = 'Login successful') => `${desc},${who},${when},192.0.2.33,Password,PC Web`;
const tmp = scratch();
afterAll(() => tmp.remove());
const file = (name: string, lines: string[], end = '\n') => tmp.write(name, withBom(lines.join(end) + end));

describe('row rules', () => {
  it('rejects wrong field counts, impossible dates and missing dates with physical line numbers', async () => {
    const { result, events, rejects } = await collect(file('rejects.csv', [
      'Date,Sender,Recipient,Channel ID,Message',
      '2024-05-14 10:00:00,A (a@example.com),B (b@example.com),1,"two\nlines"',
      '2024-05-14 10:00:01,A (a@example.com),B (b@example.com),1,hi,extra',
      '2024-02-30 10:00:00,A (a@example.com),B (b@example.com),1,hi',
      ',A (a@example.com),B (b@example.com),1,hi',
      '2024-05-14 10:00:02,A (a@example.com),B (b@example.com),1,ok',
    ]));
    expect(result).toMatchObject({ status: 'finished', read: 2, rejected: 3, message: 'rejects.csv: 2 events, 3 lines rejected' });
    expect(events.map((e) => e.line)).toEqual([2, 7]);
    expect(rejects).toEqual([
      { importId: 'imp_test', line: 4, reason: 'expected 5 fields, found 6', text: say('reject.fieldCount', { expected: 5, found: 6 }), raw: '2024-05-14 10:00:01,A (a@example.com),B (b@example.com),1,hi,extra' },
      { importId: 'imp_test', line: 5, reason: 'invalid date in "Date": "2024-02-30 10:00:00"', text: say('reject.badDate', { column: 'Date', text: '2024-02-30 10:00:00' }), raw: '2024-02-30 10:00:00,A (a@example.com),B (b@example.com),1,hi' },
      { importId: 'imp_test', line: 6, reason: 'no date in "Date"', text: say('reject.noDate', { column: 'Date' }), raw: ',A (a@example.com),B (b@example.com),1,hi' },
    ]);
    // the message's text is the same without the file's name, for the UI's language
    expect(result.text).toEqual(say('list', { a: say('done.events', { n: 2 }), b: say('done.linesRejected', { n: 3 }) }));
  });

  it('rejects a record left open by an unterminated quote at the end of the file', async () => {
    const { result, events, rejects } = await collect(tmp.write('open-quote.csv', withBom(`${HEADER}\n${row('2024-05-14 10:00:00')}\n"Login successful,A (a@example.com),2024-05-14 10:00:01,x\nmore`)));
    expect(result).toMatchObject({ status: 'finished', read: 1, rejected: 1 });
    expect(events).toHaveLength(1);
    expect(rejects).toMatchObject([{ importId: 'imp_test', line: 3, reason: 'the file ends inside a quoted field (no closing quote)', raw: '"Login successful,A (a@example.com),2024-05-14 10:00:01,x\nmore' }]);
  });

  it('ignores blank lines but counts them', async () => {
    const { events, result } = await collect(file('blanks.csv', ['', HEADER, '', row('2024-05-14 10:00:00'), '   ', ',,,,,', row('2024-05-14 10:00:01'), '']));
    expect(result).toMatchObject({ status: 'finished', read: 2, rejected: 0 });
    expect(events.map((e) => e.line)).toEqual([4, 7]);
  });

  it('skips a repeated header (two exports glued, the second with its BOM), even in another column order', async () => {
    const first = withBom(`${HEADER}\n${row('2024-05-14 10:00:00')}\n`);
    const second = withBom(`${HEADER}\n${row('2024-05-14 09:00:00')}\n`);
    const reordered = withBom('Date,User,Description,Service Type,IP Address,Login method\n2024-05-14 08:00:00,C (c@example.com),Login failed (incorrect password),IMAP,192.0.2.9,Password\n');
    const { result, events, rejects } = await collect(tmp.write('glued.csv', Buffer.concat([first, second, reordered])));
    expect(rejects).toEqual([]);
    expect(result).toMatchObject({ status: 'finished', read: 3, message: 'glued.csv: 3 events, 2 repeated header line(s) skipped (line 3, 5)' });
    expect(events[2]).toMatchObject({ line: 6, actorName: 'C', status: 'failure', serviceType: 'IMAP', ip: '192.0.2.9', raw: '2024-05-14 08:00:00,C (c@example.com),Login failed (incorrect password),IMAP,192.0.2.9,Password' });
    expect(events[1].raw.charCodeAt(0)).not.toBe(0xfeff);
  });

  it('a download that broke off (downloadLogs error glued to the last line) is partial', async () => {
    const text = `${HEADER}\n${row('2024-05-14 10:00:02')}\n${row('2024-05-14 10:00:01')}\n${row('2024-05-14 10:00:00')}downloadLogs error : The server did not respond (code 500)`;
    const { result, events, rejects } = await collect(tmp.write('broken-off.csv', withBom(text)), { highWaterMark: 16 });
    expect(events).toHaveLength(2);
    expect(rejects).toMatchObject([{ importId: 'imp_test', line: 4, reason: 'downloadLogs error : The server did not respond (code 500)', raw: `${row('2024-05-14 10:00:00')}downloadLogs error : The server did not respond (code 500)` }]);
    expect(result.status).toBe('partial');
    expect(result.message).toBe('broken-off.csv: the download broke off at line 4 ("downloadLogs error : The server did not respond (code 500)"); 2 events before it were read');
  });

  it('keeps formula-looking values as data and flags them; strips control characters from display only', async () => {
    const { events } = await collect(file('hostile.csv', [HEADER, `=HYPERLINK("x"),@Evil (e@example.com),2024-05-14 10:00:00,192.0.2.1,Password,PC Web`, `Login successful,Bell\u0007 Man (b@example.com),2024-05-14 10:00:01,192.0.2.1,Pass\u001bword,PC Web`]));
    expect(events[0]).toMatchObject({ flags: EVENT_FLAGS.formula, statusText: '=HYPERLINK("x")', actorName: '@Evil' });
    expect(events[1]).toMatchObject({ flags: EVENT_FLAGS.control, actorName: 'Bell Man', details: { loginMethod: 'Password' } });
    expect(events[1].raw).toContain('Bell\u0007 Man');
  });

  it('keeps a 1 MB cell whole, in its field and in the raw row', async () => {
    const big = 'Login failed (' + 'ab,"c"\n'.repeat(160_000) + ')';
    const quoted = `"${big.replace(/"/g, '""')}"`;
    const { events, rejects } = await collect(file('big-cell.csv', [HEADER, `${quoted},A (a@example.com),2024-05-14 10:00:00,192.0.2.1,Password,PC Web`, row('2024-05-14 10:00:01')]));
    expect(rejects).toEqual([]);
    expect(events).toHaveLength(2);
    expect(big.length).toBeGreaterThan(1024 * 1024);
    expect(events[0].statusText).toBe(big);
    expect(events[0].raw).toContain(quoted);
  });

  it('identical lines stay two events; a re-import or an overlapping export gives the same ids', async () => {
    const twice = row('2024-05-14 02:10:03', 'Yuki Tanaka (y.tanaka@example.com)', 'Login failed (incorrect password)');
    const a = await collect(file('twice.csv', [HEADER, row('2024-05-14 02:11:00'), twice, twice, row('2024-05-14 02:09:00')]));
    expect(a.events).toHaveLength(4);
    expect(new Set(a.events.map((e) => e.id)).size).toBe(4);
    const overlap = await collect(file('overlap.csv', [HEADER, twice, twice, row('2024-05-14 02:09:00'), row('2024-05-14 02:08:00')]));
    expect(overlap.events.slice(0, 3).map((e) => e.id)).toEqual(a.events.slice(1).map((e) => e.id));
    const crlf = await collect(tmp.write('twice-crlf.csv', withBom([HEADER, row('2024-05-14 02:11:00'), twice, twice, row('2024-05-14 02:09:00')].join('\r\n'))));
    expect(crlf.events.map((e) => [e.id, e.line])).toEqual(a.events.map((e) => [e.id, e.line]));
  });

  it('reads loose dates, names with parentheses and commas, and `Name(email)` without a space', async () => {
    const { events } = await collect(file('loose.csv', [HEADER, '"Login successful","Sato, Kenji (Sales) (k.sato@example.com)",2024/5/4 9:07,192.0.2.1:50412,SSO,PC Web', 'Login successful,Park(d.park@example.com),2024-05-04 09:07:05,2001:db8::1,SSO,PC Web']));
    expect(events[0]).toMatchObject({ actorName: 'Sato, Kenji (Sales)', actorEmail: 'k.sato@example.com', ip: '192.0.2.1', timeText: '"2024/5/4 9:07" @ Asia/Tokyo' });
    expect(new Date(events[0].time).toISOString()).toBe('2024-05-04T00:07:00.000Z');
    expect(events[1]).toMatchObject({ actorName: 'Park', actorEmail: 'd.park@example.com', ip: '2001:db8::1' });
  });

  it('batches batchSize events with the rejects found since the last batch, and a final batch', async () => {
    const lines = [HEADER];
    for (let i = 0; i < 7; i++) lines.push(row(`2024-05-14 10:00:0${i}`), 'bad line');
    const { batches, result } = await collect(file('batches.csv', lines), { batchSize: 3 });
    expect(result).toMatchObject({ read: 7, rejected: 7 });
    expect(batches.map((b) => [b.seq, eventCount(b), b.rejects.map((r) => r.line), b.progress.read, b.progress.rejected])).toEqual([
      [0, 3, [3, 5], 3, 2],
      [1, 3, [7, 9, 11], 6, 5],
      [2, 1, [13, 15], 7, 7],
    ]);
  });

  it('keeps at most MAX_REJECTS_KEPT rejects but counts them all', async () => {
    const lines = [HEADER, ...Array.from({ length: MAX_REJECTS_KEPT + 5 }, () => 'x')];
    const { result, rejects } = await collect(file('garbage.csv', lines));
    expect(result).toMatchObject({ status: 'finished', read: 0, rejected: MAX_REJECTS_KEPT + 5 });
    expect(rejects).toHaveLength(MAX_REJECTS_KEPT);
  });
});

describe('cancel', () => {
  it('an aborted signal cancels before reading', async () => {
    const { result } = await collect(file('c1.csv', [HEADER, row('2024-05-14 10:00:00')]), { signal: AbortSignal.abort() });
    expect(result).toMatchObject({ status: 'cancelled', message: 'c1.csv: cancelled' });
  });

  it('an abort while the sink holds a batch ends promptly as cancelled', async () => {
    const lines = [HEADER, ...Array.from({ length: 50 }, (_, i) => row(`2024-05-14 10:00:${String(i).padStart(2, '0')}`))];
    const path = file('c2.csv', lines);
    const controller = new AbortController();
    const seen: number[] = [];
    const pending = runIngest(
      { filePath: path, fileName: 'c2.csv', importId: 'imp_c', timeZone: 'UTC', batchSize: 10, signal: controller.signal },
      { batch: (b) => { seen.push(b.seq); if (b.seq === 1) setTimeout(() => controller.abort(), 5); return b.seq === 1 ? new Promise<void>(() => {}) : Promise.resolve(); } },
    );
    const result = await pending;
    expect(result).toMatchObject({ status: 'cancelled', read: 20, message: 'c2.csv: cancelled' });
    expect(seen).toEqual([0, 1]);
  });
});
