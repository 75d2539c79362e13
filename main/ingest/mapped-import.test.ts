/**
 * Files no source knows: the needs-mapping outcome (columns, samples, nothing imported) and the
 * import of such files with a column mapping, CSV, TSV, XLSX, JSON and JSON Lines, through the
 * real pipeline.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { ColumnMappingSchema, type ColumnMappingInput } from '../../shared/mapping/column-mapping';
import { collect, collectUnits, scratch } from './test-helpers';
import { makeZip } from './test-zip';

const tmp = scratch();
afterAll(() => tmp.remove());
const DATA = path.resolve(__dirname, '../../e2e/data');
const siemCsv = readFileSync(path.join(DATA, 'siem-export.csv'), 'utf8');
const siem2Csv = readFileSync(path.join(DATA, 'siem-export-2.csv'), 'utf8');

const mapping = (extra: Partial<ColumnMappingInput> = {}) => ColumnMappingSchema.parse({
  name: 'SIEM export', kind: 'table',
  signature: ['timestamp', 'user', 'src_ip', 'event', 'result', 'session_id', 'user_agent'],
  headers: ['timestamp', 'user', 'src_ip', 'event', 'result', 'session_id', 'user_agent'],
  time: { column: 'timestamp', format: 'iso' },
  columns: { actorEmail: 'user', ip: 'src_ip', action: 'event', status: 'result' },
  ...extra,
});

describe('a CSV no source knows', () => {
  it('needs a mapping: nothing imported, its columns and five sample rows reported', async () => {
    const { result, events, rejects, batches } = await collect(tmp.write('siem.csv', siemCsv));
    expect(result).toMatchObject({ status: 'needs-mapping', read: 0, rejected: 0, sourceId: '', format: 'csv' });
    expect(result.message).toBe('siem.csv: the columns fit no known audit log; map them to import the file (header line 1: timestamp,user,src_ip,event,result,session_id,user_agent)');
    expect(result.mappingRequest).toEqual({
      kind: 'table', line: 1,
      columns: ['timestamp', 'user', 'src_ip', 'event', 'result', 'session_id', 'user_agent'],
      samples: siemCsv.split('\n').slice(1, 6).map((l) => l.split(',')),
    });
    expect([events.length, rejects.length, batches.length]).toEqual([0, 0, 0]);
  });

  it('with fewer rows than samples, decides at the end of the file', async () => {
    const { result } = await collect(tmp.write('short.csv', siemCsv.split('\n').slice(0, 3).join('\n')));
    expect(result.status).toBe('needs-mapping');
    expect(result.mappingRequest?.samples).toHaveLength(2);
  });

  it('stays "not a recognised audit log" when no column holds times', async () => {
    const { result } = await collect(tmp.write('prices.csv', 'name,price,qty\napple,1,2\npear,3,4\n'));
    expect(result).toMatchObject({ status: 'failed', notALog: true, message: 'prices.csv: not a recognised audit log; header line 1 was: name,price,qty' });
    expect(result.mappingRequest).toBeUndefined();
    const headerOnly = await collect(tmp.write('header.csv', 'timestamp,user\n'));
    expect(headerOnly.result.status).toBe('failed');
  });

  it('imports with a saved mapping: times, fields, status words, details', async () => {
    const { result, events, rejects } = await collect(tmp.write('siem.csv', siemCsv), { mappings: [mapping()], timeZone: 'Asia/Tokyo' });
    expect(result).toMatchObject({ status: 'finished', read: 8, rejected: 0, sourceId: 'custom.siem-export' });
    expect(rejects).toEqual([]);
    const e = events[4];
    expect(new Date(e.time).toISOString()).toBe('2024-05-14T02:31:18.000Z');
    expect(e).toMatchObject({
      sourceId: 'custom.siem-export', category: 'SIEM export', timeText: '"2024-05-14T02:31:18Z" @ Z', line: 6,
      actorEmail: 'y.tanaka@example.com', actorKind: 'unknown', ip: '203.0.113.45', action: 'login', status: 'success', statusText: 'success',
      details: { session_id: 's-1005', user_agent: 'python-requests/2.31' },
    });
    expect(events.map((x) => x.status)).toEqual(['success', 'success', 'failure', 'failure', 'success', 'success', 'success', 'success']);
    expect(events[2].statusText).toBe('FAILED');
  });

  it('matches the header by name in any order; bad rows are rejects with their line and reason', async () => {
    const { result, events, rejects } = await collect(tmp.write('siem2.csv', siem2Csv), { mappings: [mapping()] });
    expect(result).toMatchObject({ status: 'finished', read: 2, rejected: 3, sourceId: 'custom.siem-export' });
    expect(events.map((e) => [e.action, e.status, new Date(e.time).toISOString()])).toEqual([
      ['drive.file.download', 'success', '2024-05-14T02:36:47.000Z'],
      ['admin.user.role.change', 'failure', '2024-05-14T02:38:09.000Z'],
    ]);
    expect(rejects.map((r) => [r.line, r.reason])).toEqual([
      [4, 'invalid date in "timestamp": "yesterday" (time format: iso)'],
      [5, 'invalid date in "timestamp": "not a time" (time format: iso)'],
      [6, 'expected 7 fields, found 4'],
    ]);
  });

  it('reads offset-less times in the import zone, with the zone in timeText', async () => {
    const csv = 'When,Who,What\n2024/05/14 11:31,alice,open\n5/14/2024 2:31:18 AM,bob,close\n';
    const m = ColumnMappingSchema.parse({
      name: 'Door log', kind: 'table', signature: ['When', 'Who', 'What'], headers: ['When', 'Who', 'What'],
      time: { column: 'When', format: 'auto' }, columns: { actorLogin: 'Who', action: 'What' },
    });
    const tokyo = await collect(tmp.write('door.csv', csv), { mappings: [m], timeZone: 'Asia/Tokyo' });
    const utc = await collect(tmp.write('door.csv', csv), { mappings: [m], timeZone: 'UTC' });
    expect(tokyo.events.map((e) => new Date(e.time).toISOString())).toEqual(['2024-05-14T02:31:00.000Z', '2024-05-13T17:31:18.000Z']);
    expect(utc.events.map((e) => new Date(e.time).toISOString())).toEqual(['2024-05-14T11:31:00.000Z', '2024-05-14T02:31:18.000Z']);
    expect(tokyo.events[0]).toMatchObject({ timeText: '"2024/05/14 11:31" @ Asia/Tokyo', actorLogin: 'alice', sourceId: 'custom.door-log', details: {} });
    // the same rows twice are duplicates by id (the id hashes the source and the raw row)
    expect(tokyo.events.map((e) => e.id)).toEqual(utc.events.map((e) => e.id));
  });

  it('takes the analyst’s status words, a category column and skips a repeated header', async () => {
    const csv = 'ts,verdict,kind\n1715653878,PERMIT,net\n1715653879,drop,\nts,verdict,kind\n1715653880,other,vpn\n';
    const m = ColumnMappingSchema.parse({
      name: 'Firewall', kind: 'table', signature: ['ts', 'verdict', 'kind'], time: { column: 'ts', format: 'epoch-s' },
      columns: { status: 'verdict', category: 'kind' }, statusWords: { success: ['permit'], failure: ['drop'] },
    });
    const { result, events } = await collect(tmp.write('fw.tsv', csv.replace(/,/g, '\t')), { mappings: [m] });
    expect(result).toMatchObject({ status: 'finished', read: 3, rejected: 0, format: 'tsv' });
    expect(result.message).toContain('1 repeated header line(s) skipped (line 4)');
    expect(events.map((e) => [e.status, e.category, e.timeText])).toEqual([
      ['success', 'net', '"1715653878" @ epoch s'], ['failure', 'Firewall', '"1715653879" @ epoch s'], ['unknown', 'vpn', '"1715653880" @ epoch s'],
    ]);
  });

  it('a known source wins over a mapping; a mapping of other columns changes nothing', async () => {
    const login = path.resolve(__dirname, '../../e2e/data/vendor/naverworks-login.csv');
    const other = ColumnMappingSchema.parse({ name: 'X', kind: 'table', signature: ['a', 'b'], time: { column: 'a' } });
    expect((await collect(login, { mappings: [other] })).result.sourceId).toBe('naverworks.login');
    expect((await collect(tmp.write('siem.csv', siemCsv), { mappings: [other] })).result.status).toBe('needs-mapping');
  });
});

describe('archives and workbooks', () => {
  it('a ZIP entry needs a mapping on its own; the other entries import', async () => {
    const zip = tmp.write('mixed.zip', makeZip([
      { name: 'siem.csv', data: siemCsv },
      { name: 'login.csv', data: readFileSync(path.resolve(__dirname, '../../e2e/data/vendor/naverworks-login.csv')) },
      { name: 'prices.csv', data: 'name,price\napple,1\n' },
    ]));
    const units = await collectUnits([zip]);
    expect(units.map((u) => [u.result.status, u.result.events])).toEqual([['needs-mapping', 0], ['complete', 123], ['skipped', 0]]);
    expect(units[0].result.mappingRequest?.columns).toHaveLength(7);
    const mapped = await collectUnits([zip], { mappings: [mapping()] });
    expect(mapped.map((u) => [u.result.status, u.result.sourceId])).toEqual([['complete', 'custom.siem-export'], ['complete', 'naverworks.login'], ['skipped', '']]);
  });

  it('an XLSX sheet with the header of a saved mapping is read with it', async () => {
    const rows = siemCsv.trim().split('\n').map((l) => l.split(','));
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['SIEM export, May'], [], ...rows]), 'events');
    const file = tmp.write('siem.xlsx', XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    expect((await collect(file)).result.status).toBe('failed');
    const { result, events } = await collect(file, { mappings: [mapping()] });
    expect(result).toMatchObject({ status: 'finished', read: 8, sourceId: 'custom.siem-export' });
    expect(events[0]).toMatchObject({ line: 4, actorEmail: 'y.tanaka@example.com' });
  });
});

describe('JSON records no source knows', () => {
  const records = [
    { ts: '2024-05-14T02:31:18Z', actor: { email: 'y.tanaka@example.com', ip: '203.0.113.45' }, op: 'login', ok: false, tags: ['a', 'b'] },
    { ts: '2024-05-14T02:33:40Z', actor: { email: 'y.tanaka@example.com', ip: '203.0.113.45' }, op: 'forward', ok: true, extra: null },
  ];
  const jsonMapping = () => ColumnMappingSchema.parse({
    name: 'App audit', kind: 'json', signature: ['ts', 'actor.email', 'actor.ip', 'op', 'ok', 'tags', 'extra'],
    time: { column: 'ts', format: 'iso' }, columns: { actorEmail: 'actor.email', ip: 'actor.ip', action: 'op', status: 'ok' },
  });

  it('JSON Lines: needs a mapping, with the flattened keys and samples', async () => {
    const { result, events } = await collect(tmp.write('app.jsonl', records.map((r) => JSON.stringify(r)).join('\n')));
    expect(result).toMatchObject({ status: 'needs-mapping', read: 0 });
    expect(result.mappingRequest).toEqual({
      kind: 'json', line: 1,
      columns: ['ts', 'actor.email', 'actor.ip', 'op', 'ok', 'tags', 'extra'],
      samples: [
        ['2024-05-14T02:31:18Z', 'y.tanaka@example.com', '203.0.113.45', 'login', 'false', '["a","b"]', ''],
        ['2024-05-14T02:33:40Z', 'y.tanaka@example.com', '203.0.113.45', 'forward', 'true', '', ''],
      ],
    });
    expect(events).toEqual([]);
  });

  it('imports with a JSON mapping: flattened keys as columns, the rest in details', async () => {
    const { result, events } = await collect(tmp.write('app.json', JSON.stringify(records)), { mappings: [jsonMapping()] });
    expect(result).toMatchObject({ status: 'finished', read: 2, sourceId: 'custom.app-audit', format: 'json' });
    expect(events.map((e) => [e.actorEmail, e.ip, e.action, e.status, e.statusText])).toEqual([
      ['y.tanaka@example.com', '203.0.113.45', 'login', 'failure', 'false'],
      ['y.tanaka@example.com', '203.0.113.45', 'forward', 'success', 'true'],
    ]);
    expect(events[0].details).toEqual({ tags: '["a","b"]' });
  });

  it('JSON without a time key stays not a log', async () => {
    const { result } = await collect(tmp.write('colours.jsonl', '{"colour":"red","size":3}\n{"colour":"blue","size":4}\n'));
    expect(result).toMatchObject({ status: 'failed', notALog: true, message: 'colours.jsonl: not a recognised audit log; the first JSON record has keys colour, size' });
  });
});
