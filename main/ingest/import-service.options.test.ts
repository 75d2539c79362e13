/**
 * ImportService with the import options (issue 3): files that need a mapping, saved mappings in
 * the request, one archive entry, Re-import as… another encoding (the old import rolled back
 * first), and a file ref that no longer resolves. The bundled ingest worker runs for real; the DB
 * worker is a stand-in that validates every message as the real one does.
 */
import { build } from 'esbuild';
import iconv from 'iconv-lite';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseToWorker, type ToWorker } from '../../shared/data-channel';
import { AppError } from '../../shared/errors';
import { ColumnMappingSchema } from '../../shared/mapping/column-mapping';
import type { ImportRecord } from '../../shared/model/import';
import { DataHub } from '../data/data-hub';
import { FileRegistry } from '../files/file-registry';
import { ImportService } from './import-service';
import { FIXTURES, scratch } from './test-helpers';
import { makeZip } from './test-zip';

const tmp = scratch();
let workerPath = '';
const siemCsv = readFileSync(path.resolve(__dirname, '../../e2e/data/siem-export.csv'), 'utf8');

beforeAll(async () => {
  workerPath = path.join(tmp.dir, 'ingest-worker.cjs');
  await build({ entryPoints: [path.join(__dirname, 'worker/ingest-worker.ts')], bundle: true, platform: 'node', target: 'node20', format: 'cjs', outfile: workerPath, logLevel: 'silent' });
}, 60_000);
afterAll(() => tmp.remove());

/** Records by id and every message in order; `ended(ids)` resolves once those imports ended. */
function fakeDb(hub: DataHub) {
  const records = new Map<string, ImportRecord>();
  const log: ToWorker[] = [];
  const waiters: (() => void)[] = [];
  const ended = new Set<string>();
  hub.attach({
    send(text: string) {
      const msg = parseToWorker(text);
      log.push(msg);
      queueMicrotask(() => {
        if (msg.t === 'import-begin') records.set(msg.record.id, msg.record);
        else if (msg.t === 'batch') {
          records.set(msg.importId, { ...records.get(msg.importId)!, read: msg.progress.read, rejected: msg.progress.rejected });
          void hub.receive(JSON.stringify({ t: 'ack', importId: msg.importId, seq: msg.seq, added: 0, duplicates: 0 }));
        } else if (msg.t === 'import-end') {
          const record = { ...records.get(msg.importId)!, ...msg.patch };
          records.set(msg.importId, record);
          ended.add(msg.importId);
          void hub.receive(JSON.stringify({ t: 'end-ack', importId: msg.importId, record }));
        } else if (msg.t === 'import-abort') {
          const old = records.get(msg.importId);
          if (old) records.set(msg.importId, { ...old, status: msg.status, message: msg.message, ...(msg.mappingRequest ? { mappingRequest: msg.mappingRequest } : {}) });
          ended.add(msg.importId);
        }
        for (const w of waiters) w();
      });
    },
    close() {},
  });
  const allEnded = (ids: string[]) => new Promise<void>((resolve) => {
    const check = () => { if (ids.every((id) => ended.has(id))) resolve(); };
    waiters.push(check);
    check();
  });
  return { records, log, allEnded };
}

function setUp() {
  const files = new FileRegistry();
  const hub = new DataHub();
  const db = fakeDb(hub);
  return { files, db, service: new ImportService(files, hub, workerPath) };
}

const siemMapping = ColumnMappingSchema.parse({
  name: 'SIEM export', kind: 'table', signature: ['timestamp', 'user', 'src_ip', 'event', 'result', 'session_id', 'user_agent'],
  time: { column: 'timestamp', format: 'iso' }, columns: { actorEmail: 'user', ip: 'src_ip', action: 'event', status: 'result' },
});

describe('ImportService options', () => {
  it('a file that needs a mapping ends as needs-mapping with its columns; with the mapping it imports, replacing that record', async () => {
    const { files, db, service } = setUp();
    const ref = files.register(tmp.write('siem.csv', siemCsv)).ref;
    const [first] = await service.start([ref], 'Asia/Tokyo');
    await db.allEnded([first.importId]);
    const unmapped = db.records.get(first.importId)!;
    expect(unmapped).toMatchObject({ status: 'needs-mapping', fileRef: ref, encodingBy: 'detected', read: 0 });
    expect(unmapped.mappingRequest?.columns).toEqual(['timestamp', 'user', 'src_ip', 'event', 'result', 'session_id', 'user_agent']);
    expect(db.log.filter((m) => m.t === 'batch')).toEqual([]);

    const [second] = await service.start([ref], 'Asia/Tokyo', undefined, { mappings: [siemMapping], replaces: first.importId });
    await db.allEnded([second.importId]);
    expect(db.records.get(second.importId)).toMatchObject({ status: 'finished', read: 8, sourceId: 'custom.siem-export', replaces: first.importId });
    expect(db.records.get(first.importId)).toMatchObject({ status: 'replaced', message: 'siem.csv: rolled back; imported again with the saved column mappings' });
  });

  it('Re-import as…: a CP932 file forced to UTF-8 fails clearly; again as CP932 it imports, the user’s choice on the record', async () => {
    const { files, db, service } = setUp();
    const ja = readFileSync(path.join(FIXTURES, 'naverworks-login-ja.csv'), 'utf8').replace(/^\uFEFF/, '');
    const ref = files.register(tmp.write('login-ja-cp932.csv', iconv.encode(ja, 'cp932'))).ref;
    const [auto] = await service.start([ref], 'Asia/Tokyo');
    await db.allEnded([auto.importId]);
    expect(db.records.get(auto.importId)).toMatchObject({ status: 'finished', encoding: 'cp932', encodingBy: 'detected', read: 54 });

    const [wrong] = await service.start([ref], 'Asia/Tokyo', 'utf-8', { replaces: auto.importId });
    await db.allEnded([wrong.importId]);
    expect(db.records.get(auto.importId)).toMatchObject({ status: 'replaced', message: 'login-ja-cp932.csv: rolled back; imported again as utf-8 (chosen by the user)' });
    const failed = db.records.get(wrong.importId)!;
    expect(failed).toMatchObject({ status: 'failed', encoding: 'utf-8', encodingBy: 'user', replaces: auto.importId });
    expect(failed.message).toMatch(/^login-ja-cp932\.csv: bytes that are not valid utf-8 near byte 0 \(line 1\); choose the file's encoding by hand/);

    const [right] = await service.start([ref], 'Asia/Tokyo', 'cp932', { replaces: wrong.importId });
    await db.allEnded([right.importId]);
    expect(db.records.get(right.importId)).toMatchObject({ status: 'finished', encoding: 'cp932', encodingBy: 'user', read: 54, sourceId: 'naverworks.login' });
    // the rollback of the old import goes out before the new import begins: same channel, same order
    const order = db.log.filter((m) => m.t === 'import-abort' || m.t === 'import-begin').map((m) => (m.t === 'import-begin' ? `begin ${m.record.id}` : `abort ${m.importId} ${m.status}`));
    expect(order.slice(-2)).toEqual([`abort ${wrong.importId} replaced`, `begin ${right.importId}`]);
  });

  it('one entry of an archive is imported again on its own', async () => {
    const { files, db, service } = setUp();
    const login = readFileSync(path.join(FIXTURES, 'naverworks-login.csv'));
    const ref = files.register(tmp.write('both.zip', makeZip([{ name: 'a/siem.csv', data: siemCsv }, { name: 'login.csv', data: login }]))).ref;
    const started = await service.start([ref], 'UTC');
    await db.allEnded(started.map((s) => s.importId));
    const entry = db.records.get(started[0].importId)!;
    expect([entry.status, entry.entry, entry.fileRef]).toEqual(['needs-mapping', 'a/siem.csv', ref]);
    const again = await service.start([ref], 'UTC', undefined, { entry: 'a/siem.csv', mappings: [siemMapping], replaces: entry.id });
    expect(again.map((s) => s.fileName)).toEqual(['both.zip › a/siem.csv']);
    await expect(service.start([ref], 'UTC', undefined, { entry: 'b/none.csv' })).rejects.toThrow('both.zip has no entry "b/none.csv" any more');
  });

  it('a ref that no longer resolves says so and rolls nothing back', async () => {
    const { db, service } = setUp();
    const before = db.log.length;
    const err = await service.start(['0123456789abcdef01234567'], 'UTC', 'cp932', { replaces: 'imp_old' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('not-found');
    expect((err as AppError).message).toBe('the file is no longer available: it was opened before Auditlens (or its web host) restarted; open it again');
    expect(db.log.length).toBe(before);
  });
});
