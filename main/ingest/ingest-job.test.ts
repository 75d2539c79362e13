import { build } from 'esbuild';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseToWorker } from '../../shared/data-channel';
import { hasSpare, prewarmIngestWorker, startIngestJob } from './ingest-job';
import { FIXTURES, scratch } from './test-helpers';

const tmp = scratch();
let workerPath = '';

beforeAll(async () => {
  workerPath = path.join(tmp.dir, 'ingest-worker.cjs');
  await build({ entryPoints: [path.join(__dirname, 'worker/ingest-worker.ts')], bundle: true, platform: 'node', target: 'node20', format: 'cjs', outfile: workerPath, logLevel: 'silent' });
}, 60_000);
afterAll(() => tmp.remove());

const login = { filePath: path.join(FIXTURES, 'naverworks-login.csv'), fileName: 'naverworks-login.csv', importId: 'imp_job', timeZone: 'Asia/Tokyo' };

describe('ingest job (worker thread)', () => {
  it('forwards each batch as a data-channel frame, reading at most six batches ahead of the commits', async () => {
    const texts: Uint8Array[] = [];
    let inFlight = 0;
    let maxInFlight = 0;
    const job = startIngestJob({ ...login, batchSize: 10 }, workerPath, async (text) => {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      texts.push(text);
      await new Promise((r) => setTimeout(r, 10));
      inFlight--;
    });
    const result = await job.result;
    expect(result).toMatchObject({ status: 'finished', read: 123, rejected: 0, sourceId: 'naverworks.login', encoding: 'utf-8-bom' });
    expect(maxInFlight).toBeGreaterThan(1);
    expect(maxInFlight).toBeLessThanOrEqual(6);
    const msgs = texts.map((t) => parseToWorker(t));
    expect(msgs.map((m) => (m.t === 'batch' ? [m.seq, m.chunks.reduce((n, c) => n + c.count, 0), m.progress.read] : null))).toEqual(Array.from({ length: 13 }, (_, i) => [i, i < 12 ? 10 : 3, Math.min(123, 10 * (i + 1))]));
    expect(msgs.every((m) => m.t === 'batch' && m.importId === 'imp_job')).toBe(true);
  });

  it('cancels while a batch waits on the database', async () => {
    const job = startIngestJob({ ...login, batchSize: 10 }, workerPath, (_frame, seq) => (seq === 1 ? new Promise(() => {}) : Promise.resolve()));
    setTimeout(() => job.cancel(), 100);
    const t0 = Date.now();
    const result = await job.result;
    expect(result).toMatchObject({ status: 'cancelled', message: 'naverworks-login.csv: cancelled' });
    expect(Date.now() - t0).toBeLessThan(3000);
  });

  it('fails the job when the database refuses a batch', async () => {
    const job = startIngestJob(login, workerPath, () => Promise.reject(new Error('the database refused a batch: quota exceeded')));
    expect(await job.result).toMatchObject({ status: 'failed', message: 'naverworks-login.csv: the database refused a batch: quota exceeded' });
  });

  it('reports bad input from the worker as the pipeline words it', async () => {
    const filePath = tmp.write('unknown.jsonl', '{"colour":"red","size":3}\n{"colour":"blue","size":4}\n');
    const job = startIngestJob({ ...login, filePath, fileName: 'unknown.jsonl' }, workerPath, async () => {});
    const result = await job.result;
    expect(result.status).toBe('failed');
    expect(result.message).toBe('unknown.jsonl: not a recognised audit log; the first JSON record has keys colour, size');
  });

  it('turns a worker that throws or exits into worker-crashed', async () => {
    const throwing = tmp.write('throwing-worker.cjs', 'throw new Error("boom");');
    expect(await startIngestJob(login, throwing, async () => {}).result).toMatchObject({ status: 'failed', message: 'worker-crashed: naverworks-login.csv: boom' });
    const exiting = tmp.write('exiting-worker.cjs', 'process.exit(3);');
    expect((await startIngestJob(login, exiting, async () => {}).result).message).toBe('worker-crashed: naverworks-login.csv: the worker exited (code 3) before it finished');
    expect((await startIngestJob(login, path.join(tmp.dir, 'missing.cjs'), async () => {}).result).message).toMatch(/^worker-crashed: naverworks-login\.csv: /);
  });

  it('runs the next import in the spare worker started ahead, and starts its own when there is none', async () => {
    prewarmIngestWorker(workerPath);
    expect(hasSpare(workerPath)).toBe(true);
    await new Promise((r) => setTimeout(r, 300)); // loaded and waiting
    const job = startIngestJob(login, workerPath, async () => {});
    expect(hasSpare(workerPath)).toBe(false);
    expect(await job.result).toMatchObject({ status: 'finished', read: 123, sourceId: 'naverworks.login' });
    // the next one, with no spare, starts its own worker
    expect(await startIngestJob({ ...login, importId: 'imp_job2' }, workerPath, async () => {}).result).toMatchObject({ status: 'finished', read: 123 });
  });

  it('checks the options a spare is started with', async () => {
    prewarmIngestWorker(workerPath);
    const result = await startIngestJob({ ...login, timeZone: 42 as unknown as string }, workerPath, async () => {}).result;
    expect(result).toMatchObject({ status: 'failed', message: 'ingest worker: workerData.timeZone is not a string' });
  });

  it('drops a spare that cannot start, so that the import starts its own', async () => {
    const throwing = tmp.write('throwing-spare.cjs', 'throw new Error("boom");');
    prewarmIngestWorker(throwing);
    await new Promise((r) => setTimeout(r, 300));
    expect(hasSpare(throwing)).toBe(false);
    expect(await startIngestJob(login, throwing, async () => {}).result).toMatchObject({ status: 'failed', message: 'worker-crashed: naverworks-login.csv: boom' });
    expect(await startIngestJob(login, workerPath, async () => {}).result).toMatchObject({ status: 'finished', read: 123 });
  });
});
