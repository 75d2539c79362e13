import { readFileSync } from 'node:fs';
import { say, verbatim } from '../../shared/model/ingest-text';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { EVENT_FLAGS } from '../../shared/model/event';
import { MAX_XLSX_EXPANDED_BYTES } from './limits';
import { baseEvent } from './sources/source-module';
import { JSON_SOURCES } from './sources/json-registry';
import type { JsonSourceModule } from './sources/json-source';
import { collect, collectUnits, FIXTURES, scratch } from './test-helpers';
import { makeZip } from './test-zip';

const tmp = scratch();
afterAll(() => tmp.remove());
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name));
const iso = (ms: number) => new Date(ms).toISOString();

/** The time of a record in any of the fixtures' shapes: what the test source needs to import it. */
const timeOf = (r: Readonly<Record<string, unknown>>) => r.published ?? r.createdDateTime ?? r['@timestamp'] ?? r.date_create ?? (r.id as { time?: unknown } | undefined)?.time;

/** Takes every record that has a time (and knows any with an id), so these tests are about containers and formats, whatever the real JSON sources say. */
const anyRecord: JsonSourceModule = {
  id: 'test.any', category: 'Test',
  detect: (r) => (timeOf(r) !== undefined || 'id' in r ? 1000 : 0),
  normalize: (r) => {
    if (timeOf(r) === undefined) return { ok: false, reason: 'no time' };
    const e = baseEvent('test.any', 'Test', 0, '', {});
    e.action = typeof r.action === 'string' ? r.action : typeof r.eventType === 'string' ? r.eventType : '';
    return { ok: true, event: e };
  },
  recordId: (r) => (typeof r.uuid === 'string' ? r.uuid : typeof r.id === 'string' ? r.id : null),
};
beforeAll(() => { JSON_SOURCES.unshift(anyRecord); });
afterAll(() => { JSON_SOURCES.splice(JSON_SOURCES.indexOf(anyRecord), 1); });

describe('JSON containers', () => {
  it.each([
    ['github-org-audit-log.json', 'json', 74, 2],
    ['google-reports-activities-login.json', 'json', 61, 5],
    ['google-reports-activities-admin.json', 'json', 53, 5],
    ['graph-signins-page1.json', 'json', 61, 5],
    ['slack-audit-logs.json', 'json', 57, 3],
    ['okta-system-log.jsonl', 'jsonl', 226, 1],
  ])('%s: a %s file of %i records, the first on line %i', async (name, format, count, firstLine) => {
    const [u] = await collectUnits([path.join(FIXTURES, name)]);
    expect(u.result).toMatchObject({ status: 'complete', format, events: count, rejected: 0, encoding: 'utf-8', sourceId: 'test.any' });
    expect(u.events[0].line).toBe(firstLine);
    expect(JSON.parse(u.events[0].raw)).toBeTypeOf('object');
  });

  it('keeps the text of each JSONL line as raw, and the vendor id decides duplicates', async () => {
    const okta = fixture('okta-system-log.jsonl').toString('utf8');
    const first = okta.slice(0, okta.indexOf('\n'));
    const reformatted = JSON.stringify(JSON.parse(first), null, 1).replace(/\n/g, ' ');
    const { events } = await collect(tmp.write('dup.jsonl', `${first}\n${reformatted}\n`));
    expect(events[0].raw).toBe(first);
    expect(events[1].id).toBe(events[0].id);
  });

  const graph = fixture('graph-signins-page1.json').toString('utf8');
  /** Where the Graph page's 10th record starts (records begin with their id). */
  let tenthStart = 0;
  for (let i = 0; i < 10; i++) tenthStart = graph.indexOf('\n    {\n      "id":', tenthStart + 1);
  tenthStart += 5;
  const tenthLine = graph.slice(0, tenthStart).split('\n').length;
  /** The page cut inside its 10th record, just after the member `key`. */
  const cutAfter = (key: string) => graph.slice(0, graph.indexOf('\n', graph.indexOf(`"${key}":`, tenthStart)));

  it('rejects a record cut mid-value with its line when what survived is not enough; the records before it import', async () => {
    const { result, events, rejects } = await collect(tmp.write('cut.json', cutAfter('id')));
    expect(result).toMatchObject({ status: 'finished', read: 9, rejected: 1 });
    expect(events).toHaveLength(9);
    expect(rejects).toHaveLength(1);
    expect(rejects[0]).toMatchObject({ line: tenthLine, reason: 'the file ends inside this record (cut off?); the rest: no time' });
    expect(rejects[0].text).toEqual(say('reject.damagedRest', { damage: say('reject.cutRecord'), reason: verbatim('no time') }));
  });

  it('imports a cut record from the members that survived, flagged, with its raw text whole (rule 7)', async () => {
    const text = cutAfter('userPrincipalName');
    const { result, events } = await collect(tmp.write('cut-late.json', text));
    expect(result).toMatchObject({ status: 'finished', read: 10, rejected: 0 });
    const last = events[9];
    expect(last.line).toBe(tenthLine);
    expect(last.flags & EVENT_FLAGS.badJson).toBe(EVENT_FLAGS.badJson);
    expect(last.details.jsonError).toBe('the file ends inside this record (cut off?)');
    expect(last.raw).toBe(text.slice(tenthStart));
    expect(events.slice(0, 9).every((e) => e.flags === 0)).toBe(true);
  });

  it('rejects a damaged line of JSON Lines with its line and reason', async () => {
    const lines = fixture('okta-system-log.jsonl').toString('utf8').split('\n').slice(0, 5);
    lines[2] = lines[2].slice(0, 100);
    const { result, rejects } = await collect(tmp.write('bad.jsonl', lines.join('\n')));
    expect(result).toMatchObject({ status: 'finished', read: 4, rejected: 1 });
    expect(rejects[0].line).toBe(3);
    expect(rejects[0].reason).toMatch(/^not valid JSON: /);
    // the parser's own words stay as written inside a sentence of ours
    expect(rejects[0].text).toMatchObject({ key: 'reject.notJson', args: { error: { key: 'verbatim' } } });
  });

  it('rejects records no source knows in a file that has known ones; a file of only unknown ones is not a log', async () => {
    const mixed = '[\n{"colour":"red"},\n{"published":"2024-05-14T02:31:18Z","eventType":"a"},\n{"size":3}\n]';
    const { result, rejects } = await collect(tmp.write('mixed.json', mixed));
    expect(result).toMatchObject({ status: 'finished', read: 1, rejected: 2 });
    expect(rejects.map((r) => [r.line, r.reason])).toEqual([[2, 'not a record of a known source (keys: colour)'], [4, 'not a record of a known source (keys: size)']]);
    const unknown = Array.from({ length: 1500 }, (_, i) => `{"n":${i}}`).join('\n');
    const only = await collect(tmp.write('unknown.jsonl', unknown));
    expect(only.result).toMatchObject({ status: 'failed', read: 0, rejected: 0, notALog: true });
    expect(only.result.message).toBe('unknown.jsonl: not a recognised audit log; the first 1000 JSON records fit no known source (the first has keys n)');
    expect(only.batches).toEqual([]);
  });

  it('takes the only array of records of a page whose key it does not know', async () => {
    const text = '{\n "auditLogEvents": [\n  {"published": "2024-05-14T02:31:18Z", "eventType": "a"},\n  {"published": "2024-05-14T02:32:18Z", "eventType": "b"}\n ],\n "next": null\n}';
    const { result, events } = await collect(tmp.write('unknown-page.json', text));
    expect(result).toMatchObject({ status: 'finished', read: 2, rejected: 0 });
    expect(events.map((e) => [e.action, e.line, e.raw])).toEqual([
      ['a', 1, '{"published":"2024-05-14T02:31:18Z","eventType":"a"}'], ['b', 1, '{"published":"2024-05-14T02:32:18Z","eventType":"b"}'],
    ]);
  });

  it('makes several events of one record when the source says so (Google events[])', async () => {
    const many: JsonSourceModule = {
      id: 'test.many', category: 'Test',
      detect: (r) => (Array.isArray(r.events) ? 2000 : 0),
      normalize: () => ({ ok: false, reason: 'unused' }),
      normalizeMany: (r) => (r.events as { name: string }[]).map((ev) => {
        const e = baseEvent('test.many', 'Test', 0, '', {});
        e.action = ev.name;
        return { ok: true, event: e };
      }),
      recordId: (r) => (r.id as string) ?? null,
    };
    JSON_SOURCES.unshift(many);
    try {
      const text = '{"items":[\n{"id":"a","events":[{"name":"login"},{"name":"logout"}]},\n{"id":"b","events":[{"name":"login"}]}\n]}';
      const { result, events } = await collect(tmp.write('many.json', text));
      expect(result).toMatchObject({ status: 'finished', read: 3, sourceId: 'test.many' });
      expect(events.map((e) => [e.action, e.line])).toEqual([['login', 2], ['logout', 2], ['login', 3]]);
      expect(new Set(events.map((e) => e.id)).size).toBe(3);
    } finally {
      JSON_SOURCES.splice(JSON_SOURCES.indexOf(many), 1);
    }
  });

  it('reads JSON Lines gzip-compressed inside a ZIP', async () => {
    const zip = tmp.write('okta.zip', makeZip([{ name: 'okta/2024-05.jsonl.gz', data: gzipSync(fixture('okta-system-log.jsonl')) }]));
    const [u] = await collectUnits([zip]);
    expect(u.result).toMatchObject({ status: 'complete', format: 'jsonl+gzip', events: 226 });
  });
});

function utf16(text: string, be = false): Buffer {
  const le = Buffer.from(`\uFEFF${text}`, 'utf16le');
  if (!be) return le;
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return le;
}

describe('UTF-16 tab-separated text (Excel "Unicode Text")', () => {
  const tsv = fixture('naverworks-login.csv').toString('utf8').replace(/^\uFEFF/, '').replace(/,/g, '\t').replace(/\n/g, '\r\n');

  it.each([['utf-16le', false], ['utf-16be', true]] as const)('%s with BOM, alone and inside a ZIP', async (encoding, be) => {
    const bytes = utf16(tsv, be);
    const zip = tmp.write(`${encoding}.zip`, makeZip([{ name: 'login.txt', data: bytes }]));
    for (const u of await collectUnits([tmp.write(`login-${encoding}.txt`, bytes), zip])) {
      expect(u.result).toMatchObject({ status: 'complete', events: 123, rejected: 0, encoding, format: 'tsv', sourceId: 'naverworks.login' });
    }
  });
});

/** Serial day count of a wall-clock time, as Excel stores it. */
const serial = (y: number, mo: number, d: number, h: number, mi: number, s: number) => (Date.UTC(y, mo - 1, d, h, mi, s) - Date.UTC(1899, 11, 30)) / 86_400_000;

describe('XLSX', () => {
  function workbook(): Buffer {
    const header = ['Description', 'User', 'Date', 'IP Address', 'Login method', 'Service Type'];
    const login = XLSX.utils.aoa_to_sheet([
      ['NAVER WORKS audit log export'], [],
      header,
      ['Login successful', 'Yuki Tanaka (y.tanaka@example.com)', serial(2024, 5, 14, 2, 31, 18), '203.0.113.45', 'Password', 'IMAP'],
      ['Login failed (incorrect password)', 'Aiko Suzuki (a.suzuki@example.com)', '2024/5/14 2:05', '203.0.113.45', 'Password', 'POP3'],
      ['Login successful', 'Kenji Sato (k.sato@example.com)', 'not a date', '198.51.100.10', 'SSO', 'PC Web'],
      ['Logout', 'Kenji Sato (k.sato@example.com)', serial(2024, 5, 14, 3, 0, 0), '198.51.100.10'],
    ]);
    for (const ref of ['C4', 'C7']) login[ref].z = 'yyyy-mm-dd hh:mm:ss';
    const notes = XLSX.utils.aoa_to_sheet([['Exported by'], ['the admin']]);
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, notes, 'Notes');
    XLSX.utils.book_append_sheet(wb, login, 'Login');
    return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
  }

  it('imports every sheet with a known header; date serials are wall-clock times in the import\'s zone', async () => {
    const { result, events, rejects } = await collect(tmp.write('book.xlsx', workbook()));
    expect(result).toMatchObject({ status: 'finished', format: 'xlsx', sourceId: 'naverworks.login', read: 3, rejected: 1 });
    expect(events.map((e) => [e.line, iso(e.time)])).toEqual([
      [4, '2024-05-13T17:31:18.000Z'], [5, '2024-05-13T17:05:00.000Z'], [7, '2024-05-13T18:00:00.000Z'],
    ]);
    expect(events[0].raw).toBe('Login successful,Yuki Tanaka (y.tanaka@example.com),2024-05-14 02:31:18,203.0.113.45,Password,IMAP');
    expect(rejects).toHaveLength(1);
    expect(rejects[0].line).toBe(6);
    expect(rejects[0].reason).toMatch(/^sheet "Login" row 6: /);
    expect(result.message).toContain('sheet "Notes" skipped: no known header');
    expect(result.message).toContain('sheet "Login": 1 row(s) above the header skipped (rows 1)');
  });

  it('reads the same serials in another zone as other instants', async () => {
    const { events } = await collect(tmp.write('book-utc.xlsx', workbook()), { timeZone: 'UTC' });
    expect(iso(events[0].time)).toBe('2024-05-14T02:31:18.000Z');
  });

  it('imports a workbook inside a ZIP', async () => {
    const [u] = await collectUnits([tmp.write('books.zip', makeZip([{ name: 'xl/login.xlsx', data: workbook() }]))]);
    expect(u.result).toMatchObject({ status: 'complete', format: 'xlsx', events: 3, rejected: 1 });
  });

  it('refuses a workbook whose XML would expand past the cap, before parsing it', async () => {
    const bomb = makeZip([{ name: '[Content_Types].xml', data: '<Types/>' }, { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(MAX_XLSX_EXPANDED_BYTES + 1) }]);
    const { result } = await collect(tmp.write('bomb.xlsx', bomb));
    expect(result).toMatchObject({ status: 'failed', message: 'bomb.xlsx: the workbook expands to more than 200 MB of XML, more than can be read at once (save the sheets as CSV)' });
  });

  it('fails a workbook without any known header, naming its sheets', async () => {
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['a', 'b'], [1, 2]]), 'Data');
    const { result } = await collect(tmp.write('other.xlsx', XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer));
    expect(result).toMatchObject({ status: 'failed', message: 'other.xlsx: no sheet has the header of a known audit log (sheets: "Data")' });
  });
});
