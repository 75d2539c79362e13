/**
 * Entry of the ingest worker thread (bundled to dist/main/ingest-worker.cjs): runs the pipeline
 * for the file in workerData off main's event loop. Each batch is posted as the exact data-channel
 * message (a binary batch frame, transferred, not copied); main acknowledges it once the DB worker has committed it, and reading stays at
 * most READ_AHEAD batches ahead of the acknowledgements. `{type:'cancel'}` aborts; the last message is always `{type:'done'}`.
 */
import { fileMessage, say } from '../../../shared/model/ingest-text';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { encodeBatchFrame } from '../../../shared/batch-frame';
import { runIngest, type IngestBatch, type IngestResult } from '../pipeline';
import { checkWorkerOptions, parseToWorker, SPARE, type FromIngestWorker, type WorkerOptions } from './messages';

/**
 * CSV is parsed in a thread of its own only with a core to spare for it: on two cores an import
 * already keeps both ~85% busy (ingest, DB worker, IndexedDB, the page), and the thread's extra
 * CPU (~1 s per million rows) made 1M imports no faster (docs/decisions.md). Bundled beside this
 * file; a build without it (a test's own bundle) parses CSV in this thread.
 * AUDITLENS_CSV_THREAD=on|off overrides the choice (tests and measurements on any machine).
 */
const CSV_WORKER = join(__dirname, 'csv-parse-worker.cjs');
const CSV_THREAD = process.env.AUDITLENS_CSV_THREAD;
const csvWorkerPath = (CSV_THREAD === 'on' || (CSV_THREAD !== 'off' && availableParallelism() > 2)) && existsSync(CSV_WORKER) ? CSV_WORKER : undefined;

function batchFrame(importId: string, b: IngestBatch): ArrayBuffer {
  const bytes = encodeBatchFrame({ importId, seq: b.seq, rejects: b.rejects, progress: b.progress }, b.chunks);
  return bytes.buffer as ArrayBuffer;
}

async function main(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('ingest-worker must run in a worker thread');
  const post = (m: FromIngestWorker) => port.postMessage(m, m.type === 'batch' ? [m.frame] : []);
  const given = workerData === SPARE ? await startMessage(port) : workerData;
  const bad = checkWorkerOptions(given);
  if (bad) {
    post({ type: 'done', result: failed(`ingest worker: ${bad}`) });
    return;
  }
  const opts = given as WorkerOptions;
  const controller = new AbortController();
  const waiting = new Map<number, () => void>();
  port.on('message', (raw: unknown) => {
    const m = parseToWorker(raw);
    if (m?.type === 'cancel') controller.abort();
    else if (m?.type === 'ack') {
      waiting.get(m.seq)?.();
      waiting.delete(m.seq);
    }
  });
  const window = new AckWindow(READ_AHEAD);
  // the script path is ours, never the message's
  const result = await runIngest({ ...opts, csvWorkerPath, signal: controller.signal }, {
    batch: (b) => {
      const acked = new Promise<void>((resolve) => waiting.set(b.seq, resolve));
      post({ type: 'batch', seq: b.seq, frame: batchFrame(opts.importId, b), read: b.progress.read, rejected: b.progress.rejected });
      return window.add(acked);
    },
  });
  // Done only when every batch is committed; a cancel meanwhile still cancels (main rolls back).
  let final = result;
  if (result.status === 'finished' || result.status === 'partial') {
    const drained = await Promise.race([window.drain().then(() => true), cancelled(controller.signal).then(() => false)]);
    if (!drained) final = { ...result, status: 'cancelled', message: fileMessage(opts.fileName, say('file.cancelled')), text: say('file.cancelled') };
  }
  post({ type: 'done', result: final });
  port.unref(); // nothing more to hear: let the thread end
}

/** A spare worker's options: the first message, which must be `start` (anything else fails the import). */
function startMessage(port: MessagePort): Promise<unknown> {
  return new Promise((resolve) => {
    port.once('message', (raw: unknown) => {
      // unchecked here: checkWorkerOptions says what is wrong with them
      const isStart = typeof raw === 'object' && raw !== null && (raw as { type?: unknown }).type === 'start';
      resolve(isStart ? (raw as { options: unknown }).options : undefined);
    });
  });
}

/**
 * Batches sent but not yet committed. Reading on while the DB worker commits keeps both threads
 * busy (each was idle half the time with one batch in flight); the window bounds the memory
 * (~0.7 MB a batch of 10,000 login rows). Six rather than three: the ingest still waited on
 * commits ~8% of an import, and six took 1M rows in 12.9 s against 13.6 s (medians of six
 * paired runs).
 */
const READ_AHEAD = 6;

class AckWindow {
  private readonly inFlight = new Set<Promise<void>>();
  constructor(private readonly size: number) {}

  /** Resolves when there is room for one more batch. */
  async add(acked: Promise<void>): Promise<void> {
    this.inFlight.add(acked);
    void acked.then(() => this.inFlight.delete(acked));
    while (this.inFlight.size >= this.size) await Promise.race(this.inFlight);
  }

  async drain(): Promise<void> {
    await Promise.all(this.inFlight);
  }
}

function cancelled(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });
}

function failed(message: string): IngestResult {
  return { status: 'failed', message, read: 0, rejected: 0, sha256: '', encoding: '', sourceId: '', size: 0 };
}

main().catch((e: unknown) => {
  // runIngest never throws; anything here is a bug in this file, reported as a crash by the job
  throw e instanceof Error ? e : new Error(String(e));
});
