/**
 * The ingest worker with its CSV parsing thread, as bundled (AUDITLENS_CSV_THREAD=on: this machine
 * may have too few cores for the automatic choice): a large CSV imports whole, a cancel stops both
 * threads, and a parsing thread that breaks fails the import with a message.
 */
import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startIngestJob } from './ingest-job';
import { CSV_THREAD_MIN_BYTES } from './pipeline';
import { scratch } from './test-helpers';

const tmp = scratch();
const HEADER = 'Description,User,Date,IP Address,Login method,Service Type\n';
const ROWS = Math.ceil((CSV_THREAD_MIN_BYTES * 1.5) / 100);
let before: string | undefined;

function bundle(dir: string, withCsvWorker: boolean): Promise<unknown> {
  const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'silent' } as const;
  return Promise.all([
    build({ ...common, entryPoints: [path.join(__dirname, 'worker/ingest-worker.ts')], outfile: path.join(dir, 'ingest-worker.cjs') }),
    withCsvWorker ? build({ ...common, entryPoints: [path.join(__dirname, 'readers/csv-parse-worker.ts')], outfile: path.join(dir, 'csv-parse-worker.cjs') }) : null,
  ]);
}

let file = '';
beforeAll(async () => {
  before = process.env.AUDITLENS_CSV_THREAD;
  process.env.AUDITLENS_CSV_THREAD = 'on';
  await bundle(path.join(tmp.dir, 'good'), true);
  await bundle(path.join(tmp.dir, 'broken'), false);
  writeFileSync(path.join(tmp.dir, 'broken', 'csv-parse-worker.cjs'), 'throw new Error("broken build");\n');
  const rows: string[] = [];
  for (let i = 0; i < ROWS; i++) {
    const s = String(i % 60).padStart(2, '0');
    rows.push(`Login successful,User ${i % 97} (user${i % 97}@example.com),2024-05-17 ${String(i % 24).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:${s},198.51.100.${i % 250},Password,Web`);
  }
  file = tmp.write('big-login.csv', HEADER + rows.join('\n') + '\n');
}, 60_000);
afterAll(() => {
  if (before === undefined) delete process.env.AUDITLENS_CSV_THREAD;
  else process.env.AUDITLENS_CSV_THREAD = before;
  tmp.remove();
});

const opts = () => ({ filePath: file, fileName: 'big-login.csv', importId: 'imp_thread', timeZone: 'Asia/Tokyo' });

describe('ingest worker with a CSV parsing thread', () => {
  it('imports a CSV above the threshold whole', async () => {
    const result = await startIngestJob(opts(), path.join(tmp.dir, 'good', 'ingest-worker.cjs'), async () => {}).result;
    expect(result).toMatchObject({ status: 'finished', read: ROWS, rejected: 0, sourceId: 'naverworks.login' });
  });

  it('cancels while the batches wait on the database', async () => {
    const job = startIngestJob({ ...opts(), batchSize: 100 }, path.join(tmp.dir, 'good', 'ingest-worker.cjs'), (_f, seq) => (seq === 3 ? new Promise(() => {}) : Promise.resolve()));
    setTimeout(() => job.cancel(), 200);
    expect(await job.result).toMatchObject({ status: 'cancelled' });
  });

  it('fails the import with a message when the parsing thread breaks', async () => {
    const result = await startIngestJob(opts(), path.join(tmp.dir, 'broken', 'ingest-worker.cjs'), async () => {}).result;
    expect(result.status).toBe('failed');
    expect(result.message).toMatch(/^big-login\.csv: the CSV parsing thread failed: broken build/);
  });
});
