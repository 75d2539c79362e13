import { build } from 'esbuild';
import { say } from '../../shared/model/ingest-text';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { parseToWorker, type ToWorker } from '../../shared/data-channel';
import type { ImportRecord } from '../../shared/model/import';
import { DataHub } from '../data/data-hub';
import { FileRegistry } from '../files/file-registry';
import { ImportService } from './import-service';
import { FIXTURES, scratch } from './test-helpers';
import { makeZip } from './test-zip';

const tmp = scratch();
let workerPath = '';

beforeAll(async () => {
  workerPath = path.join(tmp.dir, 'ingest-worker.cjs');
  await build({ entryPoints: [path.join(__dirname, 'worker/ingest-worker.ts')], bundle: true, platform: 'node', target: 'node20', format: 'cjs', outfile: workerPath, logLevel: 'silent' });
}, 60_000);
afterAll(() => tmp.remove());

/** A DB worker stand-in: validates every message as the real one does, keeps the records, acks. */
function fakeDb(hub: DataHub) {
  const records = new Map<string, ImportRecord>();
  const ended = new Set<string>();
  let settle = () => {};
  const link = {
    send(text: string) {
      const msg: ToWorker = parseToWorker(text);
      queueMicrotask(() => {
        if (msg.t === 'import-begin') records.set(msg.record.id, msg.record);
        else if (msg.t === 'batch') {
          const r = records.get(msg.importId)!;
          records.set(msg.importId, { ...r, read: msg.progress.read, rejected: msg.progress.rejected });
          void hub.receive(JSON.stringify({ t: 'ack', importId: msg.importId, seq: msg.seq, added: 0, duplicates: 0 }));
        } else if (msg.t === 'import-end') {
          const record = { ...records.get(msg.importId)!, ...msg.patch, finishedAt: 1 };
          records.set(msg.importId, record);
          ended.add(msg.importId);
          void hub.receive(JSON.stringify({ t: 'end-ack', importId: msg.importId, record }));
        } else if (msg.t === 'import-abort') {
          records.set(msg.importId, { ...records.get(msg.importId)!, status: msg.status, message: msg.message, messageText: msg.messageText });
          ended.add(msg.importId);
        }
        settle();
      });
    },
    close() {},
  };
  hub.attach(link);
  const allEnded = (n: number) => new Promise<void>((resolve) => {
    settle = () => { if (ended.size >= n) resolve(); };
    settle();
  });
  return { records, allEnded };
}

/** A one-row NAVER WORKS Login workbook, so that the bundled worker's XLSX reader is exercised. */
function workbook(): Buffer {
  const sheet = XLSX.utils.aoa_to_sheet([
    ['Description', 'User', 'Date', 'IP Address', 'Login method', 'Service Type'],
    ['Login successful', 'Yuki Tanaka (y.tanaka@example.com)', 45426.1050694444, '203.0.113.45', 'Password', 'IMAP'],
  ]);
  sheet.C2.z = 'yyyy-mm-dd hh:mm:ss';
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, sheet, 'Login');
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

describe('ImportService', () => {
  it('makes one import record per ZIP entry, with provenance, format and the skipped entries', async () => {
    const login = readFileSync(path.join(FIXTURES, 'naverworks-login.csv'));
    const zip = tmp.write('export.zip', makeZip([
      { name: 'logs/' },
      { name: 'logs/login.csv', data: login },
      { name: 'logs/admin.csv.gz', data: gzipSync(readFileSync(path.join(FIXTURES, 'naverworks-admin.csv'))) },
      { name: '__MACOSX/logs/._login.csv', data: 'x' },
      { name: 'logs/notes.txt', data: 'Exported by the admin\n' },
      { name: 'logs/book.xlsx', data: workbook() },
    ]));
    const files = new FileRegistry();
    const hub = new DataHub();
    const db = fakeDb(hub);
    const service = new ImportService(files, hub, workerPath);
    const plain = files.register(path.join(FIXTURES, 'naverworks-contacts.csv'));
    const started = await service.start([files.register(zip).ref, plain.ref], 'Asia/Tokyo');
    expect(started.map((s) => s.fileName)).toEqual([
      'export.zip › logs/login.csv', 'export.zip › logs/admin.csv.gz', 'export.zip › __MACOSX/logs/._login.csv', 'export.zip › logs/notes.txt',
      'export.zip › logs/book.xlsx', 'naverworks-contacts.csv',
    ]);
    await db.allEnded(6);
    const records = started.map((s) => db.records.get(s.importId)!);
    expect(records.map((r) => [r.status, r.read, r.entry, r.container, r.format, r.sourceId])).toEqual([
      ['finished', 123, 'logs/login.csv', 'export.zip', 'csv', 'naverworks.login'],
      ['finished', 71, 'logs/admin.csv.gz', 'export.zip', 'csv+gzip', 'naverworks.admin'],
      ['skipped', 0, '__MACOSX/logs/._login.csv', 'export.zip', undefined, ''],
      ['skipped', 0, 'logs/notes.txt', 'export.zip', undefined, ''],
      ['finished', 1, 'logs/book.xlsx', 'export.zip', 'xlsx', 'naverworks.login'],
      ['finished', 99, undefined, undefined, 'csv', 'naverworks.contacts'],
    ]);
    expect(records[0]).toMatchObject({ entryPath: 'export.zip › logs/login.csv', encoding: 'utf-8-bom' });
    expect(records[2].message).toBe('export.zip › __MACOSX/logs/._login.csv: skipped: macOS resource data (__MACOSX), not a log');
    expect(records[3].message).toBe('export.zip › logs/notes.txt: skipped: not a recognised audit log; header line 1 was: Exported by the admin');
    // the same for the UI's language, without the entry's name, through the worker thread and the data channel
    expect(records[0].messageText).toEqual(say('done.events', { n: 123 }));
    expect(records[2].messageText).toEqual(say('file.skipped', { why: say('skip.macosx') }));
    expect(records[3].messageText).toEqual(say('file.skipped', { why: say('file.notALog', { line: 1, header: 'Exported by the admin' }) }));
    expect(records[5].entryPath).toBe('');
  });
});
