// Times ingest alone, without a database, on a generated NAVER WORKS Login file:
//   pipeline  runIngest on this thread; the sink JSON.stringifies each data-channel message and resolves
//   job       startIngestJob: the real worker thread (its heap settings), batch texts posted to this thread
// Read, SHA-256, decode, parse, normalize, ids, batches and their JSON are all inside the figure.
// Usage: node scripts/measure-ingest.mjs [--events N] [--runs R] [--mode pipeline|job|both]
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const events = Number(arg('events', '1000000'));
const runs = Number(arg('runs', '3'));
const mode = arg('mode', 'both');

const file = join(ROOT, 'bench-data', events === 1_000_000 ? 'login-1m.csv' : `login-${events}.csv`);
if (!existsSync(file)) {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts/gen-login-csv.mjs'), '--events', String(events), '--out', file], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('generator failed');
}

const dir = mkdtempSync(join(tmpdir(), 'auditlens-measure-'));
const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning' };
const opts = { filePath: file, fileName: 'login.csv', importId: 'imp_measure', timeZone: 'Asia/Tokyo' };
const seconds = (ms) => (ms / 1000).toFixed(2);

async function timed(label, once) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const { result, bytes } = await once();
    const ms = performance.now() - t0;
    times.push(ms);
    console.log(`${label} run ${i + 1}: ${seconds(ms)} s, ${result.status}, ${result.read} events, ${result.rejected} rejected, ${(bytes / 1024 ** 2).toFixed(0)} MB of batch JSON`);
  }
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  console.log(`${label}: median ${seconds(median)} s, best ${seconds(sorted[0])} s for ${events.toLocaleString('en')} events (${Math.round(events / (median / 1000)).toLocaleString('en')} events/s)`);
}

try {
  await build({ ...common, entryPoints: { pipeline: join(ROOT, 'main/ingest/pipeline.ts'), job: join(ROOT, 'main/ingest/ingest-job.ts'), worker: join(ROOT, 'main/ingest/worker/ingest-worker.ts') }, outdir: dir, outExtension: { '.js': '.cjs' } });
  const require = createRequire(import.meta.url);
  const { runIngest } = require(join(dir, 'pipeline.cjs'));
  const { startIngestJob } = require(join(dir, 'job.cjs'));
  if (mode !== 'job') {
    await timed('pipeline', async () => {
      let bytes = 0;
      const result = await runIngest(opts, {
        batch: async (b) => { bytes += JSON.stringify({ t: 'batch', importId: opts.importId, seq: b.seq, cols: b.cols, rejects: b.rejects, progress: b.progress }).length; },
      });
      return { result, bytes };
    });
  }
  if (mode !== 'pipeline') {
    await timed('job', async () => {
      let bytes = 0;
      const result = await startIngestJob(opts, join(dir, 'worker.cjs'), async (text) => { bytes += text.length; }).result;
      return { result, bytes };
    });
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
