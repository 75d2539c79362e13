import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { expandInputs } from './import-files';
import { MAX_ZIP_ENTRIES } from './limits';
import { collect, collectUnits, FIXTURES, scratch } from './test-helpers';
import { makeZip } from './test-zip';

const tmp = scratch();
afterAll(() => tmp.remove());

const fixture = (name: string) => readFileSync(path.join(FIXTURES, name));
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('ZIP archives', () => {
  const login = fixture('naverworks-login.csv');
  const admin = fixture('naverworks-admin.csv');
  const kintone = fixture('kintone-audit.csv');
  const zip = tmp.write('export.zip', makeZip([
    { name: '2024-05/' },
    { name: '2024-05/naverworks/login.csv', data: login },
    { name: '2024-05/naverworks/admin.csv', data: admin, store: true },
    { name: 'kintone/audit.csv.gz', data: gzipSync(kintone) },
    { name: '__MACOSX/2024-05/._login.csv', data: 'mac' },
    { name: '2024-05/._admin.csv', data: 'mac' },
    { name: 'empty.csv', data: '' },
    { name: 'README.pdf', data: '%PDF-1.4' },
    { name: 'nested.zip', data: 'PK' },
  ]));

  it('lists every entry as its own unit with provenance, and says why the others are skipped', async () => {
    const units = [];
    for await (const u of expandInputs([zip])) units.push([u.displayName, u.entry, u.skip ?? '']);
    expect(units).toEqual([
      ['export.zip › 2024-05/naverworks/login.csv', '2024-05/naverworks/login.csv', ''],
      ['export.zip › 2024-05/naverworks/admin.csv', '2024-05/naverworks/admin.csv', ''],
      ['export.zip › kintone/audit.csv.gz', 'kintone/audit.csv.gz', ''],
      ['export.zip › __MACOSX/2024-05/._login.csv', '__MACOSX/2024-05/._login.csv', 'macOS resource data (__MACOSX), not a log'],
      ['export.zip › 2024-05/._admin.csv', '2024-05/._admin.csv', 'macOS resource fork (._ file), not a log'],
      ['export.zip › empty.csv', 'empty.csv', 'empty file'],
      ['export.zip › README.pdf', 'README.pdf', 'not a log file (.pdf)'],
      ['export.zip › nested.zip', 'nested.zip', 'a ZIP inside the ZIP: extract it and import it on its own'],
    ]);
  });

  it('imports each entry as the plain file would be imported, with the entry\'s own SHA-256', async () => {
    const units = await collectUnits([zip]);
    const plain = await collect(path.join(FIXTURES, 'naverworks-login.csv'));
    const [l, a, k, ...skipped] = units;
    expect(l.result).toMatchObject({ status: 'complete', events: 123, rejected: 0, encoding: 'utf-8-bom', format: 'csv', sourceId: 'naverworks.login', sha256: sha(login) });
    expect(l.events.map((e) => [e.id, e.line, e.time])).toEqual(plain.events.map((e) => [e.id, e.line, e.time]));
    expect(l.result.message).toBe('export.zip › 2024-05/naverworks/login.csv: 123 events');
    expect(a.result).toMatchObject({ status: 'complete', events: 71, sourceId: 'naverworks.admin', sha256: sha(admin) });
    expect(k.result).toMatchObject({ status: 'complete', sourceId: 'kintone.audit', format: 'csv+gzip', encoding: 'utf-8' });
    expect(k.result.events).toBeGreaterThan(100);
    expect(skipped.map((s) => s.result.status)).toEqual(['skipped', 'skipped', 'skipped', 'skipped', 'skipped']);
    expect(skipped[0].result.message).toBe('export.zip › __MACOSX/2024-05/._login.csv: skipped: macOS resource data (__MACOSX), not a log');
  });

  it('imports a ZIP of every fixture in nested folders: each entry complete, or skipped while no source knows it', async () => {
    const names = readdirSync(FIXTURES).filter((n) => /\.(csv|json|jsonl)$/.test(n)).sort();
    const file = tmp.write('all.zip', makeZip(names.map((n, i) => ({ name: `incident/${i % 3}/${n}`, data: fixture(n) }))));
    const units = await collectUnits([file]);
    expect(units.map((u) => u.result.unit.entry)).toEqual(names.map((n, i) => `incident/${i % 3}/${n}`));
    for (const u of units) {
      expect(['complete', 'skipped']).toContain(u.result.status);
      if (u.result.status === 'skipped') expect(u.result.message).toMatch(/skipped: not a recognised audit log/);
      else expect(u.result.events).toBe(u.events.length);
    }
    const complete = (n: string) => units[names.indexOf(n)].result;
    expect(complete('naverworks-message.csv')).toMatchObject({ status: 'complete', events: 79, sourceId: 'naverworks.message' });
    expect(complete('kintone-audit.csv')).toMatchObject({ status: 'complete', sourceId: 'kintone.audit' });
    expect(complete('microcms-audit.csv')).toMatchObject({ status: 'complete', sourceId: 'microcms.audit' });
  });

  it('decodes CP932 entry names written without the UTF-8 flag, and CP932 content inside', async () => {
    const csv = iconv.encode('説明,メンバー,日時,IPアドレス,ログイン方法,サービスタイプ\nログイン成功 ①,田中 ゆき (y.tanaka@example.com),2024-05-14 02:31:18,203.0.113.45,パスワード,IMAP\n', 'cp932');
    const file = tmp.write('sjis.zip', makeZip([
      { name: iconv.encode('監査ログ/ログイン～①.csv', 'cp932'), data: csv },
      { name: '監査ログ/utf8-flagged.csv', data: login },
      { name: Buffer.from('監査ログ/utf8-no-flag.csv', 'utf8'), data: login },
    ]));
    const units = [];
    for await (const u of expandInputs([file])) units.push([u.entry, u.nameEncoding]);
    expect(units).toEqual([['監査ログ/ログイン～①.csv', 'cp932'], ['監査ログ/utf8-flagged.csv', 'utf-8'], ['監査ログ/utf8-no-flag.csv', 'utf-8']]);
    const [sj] = await collectUnits([file]);
    expect(sj.result).toMatchObject({ status: 'complete', events: 1, encoding: 'cp932', sourceId: 'naverworks.login' });
    expect(sj.events[0]).toMatchObject({ actorName: '田中 ゆき', line: 2 });
    expect(new Date(sj.events[0].time).toISOString()).toBe('2024-05-13T17:31:18.000Z');
  });

  it('detects and reports the encoding of every entry: UTF-8 ±BOM, UTF-16LE/BE, CP932 with NEC/IBM characters, EUC-KR', async () => {
    const en = login.toString('utf8').replace(/^\uFEFF/, '');
    const ja = fixture('naverworks-login-ja.csv').toString('utf8').replace(/^\uFEFF/, '').replace('田中 由紀 (', '田中 由紀①～髙 (');
    const ko = '설명,사용자,일시,IP 주소,로그인 방법,서비스 유형\n로그인 성공,김 민수 (m.kim@example.com),2024-05-14 09:00:00,192.0.2.5,비밀번호,PC Web\n';
    const tsv = `\uFEFF${en.replace(/,/g, '\t')}`;
    const be = Buffer.from(tsv, 'utf16le');
    for (let i = 0; i < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1], be[i]];
    const file = tmp.write('encodings.zip', makeZip([
      { name: 'a/utf8-bom.csv', data: login },
      { name: 'a/utf8.csv', data: en },
      { name: 'b/utf16le.txt', data: Buffer.from(tsv, 'utf16le') },
      { name: 'b/utf16be.txt', data: be },
      { name: 'c/cp932.csv', data: iconv.encode(ja, 'cp932') },
      { name: 'c/cp932.csv.gz', data: gzipSync(iconv.encode(ja, 'cp932')) },
      { name: 'd/euc-kr.csv', data: iconv.encode(ko, 'euc-kr') },
    ]));
    const units = await collectUnits([file]);
    expect(units.map((u) => [u.result.unit.entry, u.result.status, u.result.encoding, u.result.format, u.result.events])).toEqual([
      ['a/utf8-bom.csv', 'complete', 'utf-8-bom', 'csv', 123],
      ['a/utf8.csv', 'complete', 'utf-8', 'csv', 123],
      ['b/utf16le.txt', 'complete', 'utf-16le', 'tsv', 123],
      ['b/utf16be.txt', 'complete', 'utf-16be', 'tsv', 123],
      ['c/cp932.csv', 'complete', 'cp932', 'csv', 54],
      ['c/cp932.csv.gz', 'complete', 'cp932', 'csv+gzip', 54],
      ['d/euc-kr.csv', 'complete', 'euc-kr', 'csv', 1],
    ]);
    expect(units[4].events.some((e) => e.actorName === '田中 由紀①～髙')).toBe(true);
    expect(units[6].events[0].actorName).toBe('김 민수');
  });

  it('reads a .gz file alone; its SHA-256 is the file\'s', async () => {
    const gz = gzipSync(login);
    const [u] = await collectUnits([tmp.write('naverworks-login.csv.gz', gz)]);
    expect(u.result).toMatchObject({ status: 'complete', events: 123, format: 'csv+gzip', encoding: 'utf-8-bom', sha256: sha(gz) });
  });

  it('skips entries whose content is not a log, while the same file alone fails', async () => {
    const notes = 'Exported on 2024-05-20 by the admin.\nAsk Kenji for the rest.\n';
    const file = tmp.write('mixed.zip', makeZip([
      { name: 'README.txt', data: notes },
      { name: 'data.dat', data: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]) },
      { name: 'login.csv', data: login },
    ]));
    const units = await collectUnits([file, tmp.write('README.txt', notes)]);
    expect(units.map((u) => [u.result.status, u.result.message])).toEqual([
      ['skipped', 'mixed.zip › README.txt: skipped: not a recognised audit log; header line 1 was: Exported on 2024-05-20 by the admin.'],
      ['skipped', 'mixed.zip › data.dat: skipped: binary content, not a text audit log (byte 4)'],
      ['complete', 'mixed.zip › login.csv: 123 events'],
      ['failed', 'README.txt: not a recognised audit log; header line 1 was: Exported on 2024-05-20 by the admin.'],
    ]);
  });

  it('imports what a cut-off .gz holds, as partial; the cut last line is rejected', async () => {
    const gz = gzipSync(login);
    const { result, events, rejects } = await collect(tmp.write('cut.csv.gz', gz.subarray(0, Math.floor(gz.length * 0.7))));
    expect(result.status).toBe('partial');
    expect(result.message).toMatch(/^cut\.csv\.gz: the gzip data stops before its end \(the file was cut off\); \d+ events before it were read$/);
    expect(events.length).toBeGreaterThan(50);
    expect(events.length + rejects.length).toBeLessThan(123);
  });

  it('gives a failed unit with its reason for a damaged archive, and goes on with the next input', async () => {
    const bad = tmp.write('broken.zip', Buffer.concat([Buffer.from('PK\u0003\u0004', 'latin1'), Buffer.alloc(100, 7)]));
    const units = await collectUnits([bad, path.join(FIXTURES, 'naverworks-admin.csv')]);
    expect(units[0].result.status).toBe('failed');
    expect(units[0].result.message).toMatch(/^broken\.zip: /);
    expect(units[1].result).toMatchObject({ status: 'complete', events: 71 });
  });

  it('expands a folder into its files, recursively', async () => {
    const dir = path.join(tmp.dir, 'folder');
    mkdirSync(path.join(dir, 'a'), { recursive: true });
    tmp.write('folder/a/login.csv', login);
    tmp.write('folder/b.csv', admin);
    const units = [];
    for await (const u of expandInputs([dir])) units.push(u.displayName);
    expect(units).toEqual([path.join('folder', 'a', 'login.csv'), path.join('folder', 'b.csv')]);
  });
});

describe('limits against hostile archives', () => {
  it('refuses a ZIP bomb before reading it (declared ratio), naming the archive and entry', async () => {
    const bomb = tmp.write('bomb.zip', makeZip([{ name: 'ok.csv', data: fixture('naverworks-admin.csv') }, { name: 'logs/zeros.csv', data: Buffer.alloc(20 * 1024 * 1024) }]));
    const units = await collectUnits([bomb]);
    expect(units).toHaveLength(1);
    expect(units[0].result.status).toBe('failed');
    expect(units[0].result.message).toMatch(/^bomb\.zip › logs\/zeros\.csv: compression ratio above 200:1 .*possible ZIP bomb$/);
    // for the UI's language: the entry stays named beside the translated reason
    expect(units[0].result.unit.errorText).toMatchObject({ key: 'limit.at', args: { where: 'bomb.zip › logs/zeros.csv', reason: { key: 'limit.ratio', args: { ratio: 200 } } } });
  });

  it('stops a gzip bomb while it expands', async () => {
    const gz = gzipSync(Buffer.alloc(20 * 1024 * 1024, 0x41));
    const [u] = await collectUnits([tmp.write('bomb.csv.gz', gz)]);
    expect(u.result.status).toBe('failed');
    expect(u.result.message).toMatch(/^bomb\.csv\.gz: compression ratio above 200:1/);
  });

  it('stops a gzip bomb inside a ZIP entry', async () => {
    const gz = gzipSync(Buffer.alloc(20 * 1024 * 1024, 0x41));
    const [u] = await collectUnits([tmp.write('inner.zip', makeZip([{ name: 'x/bomb.csv.gz', data: gz, store: true }]))]);
    expect(u.result).toMatchObject({ status: 'failed' });
    expect(u.result.message).toMatch(/^inner\.zip › x\/bomb\.csv\.gz: compression ratio above 200:1/);
  });

  it('refuses an archive with too many entries', async () => {
    const specs = Array.from({ length: MAX_ZIP_ENTRIES + 1 }, (_, i) => ({ name: `f${i}.csv`, data: 'a', store: true }));
    const [u] = await collectUnits([tmp.write('many.zip', makeZip(specs))]);
    expect(u.result.status).toBe('failed');
    expect(u.result.message).toBe(`many.zip: ${MAX_ZIP_ENTRIES + 1} entries, more than the ${MAX_ZIP_ENTRIES} allowed in one archive`);
    expect(u.result.unit.errorText).toEqual({ key: 'limit.entries', args: { n: MAX_ZIP_ENTRIES + 1, max: MAX_ZIP_ENTRIES } });
  });

  it('rejects a CSV field longer than the cell limit, with its line, and imports the rest', async () => {
    const text = `Description,User,Date,IP Address,Login method,Service Type\nok,A (a@example.com),2024-05-14 02:31:18,192.0.2.1,Password,IMAP\n"${'x'.repeat(8 * 1024 * 1024 + 1)}",B (b@example.com),2024-05-14 02:31:18,192.0.2.1,Password,IMAP\n`;
    const { result, rejects } = await collect(tmp.write('long-cell.csv', text));
    expect(result).toMatchObject({ status: 'finished', read: 1, rejected: 1 });
    expect(rejects[0]).toMatchObject({ line: 3, reason: 'field 1 is longer than 8 M characters' });
  });
});
