/**
 * Runs one ingest in a worker thread from main's event loop: forwards each batch frame to the
 * data channel (`send` resolves once the DB worker has committed it) and acknowledges it to the
 * worker, which reads at most a few batches ahead of the acknowledgements. A worker that dies, throws or runs out of memory ends the job as failed with
 * `worker-crashed: …`; a cancel that the worker does not honour in time terminates it.
 */
import { Worker } from 'node:worker_threads';
import type { IngestResult } from './pipeline';
import { parseFromWorker, SPARE, type ToIngestWorker, type WorkerOptions } from './worker/messages';

/** Grace for a worker to stop after a cancel before it is terminated. */
const CANCEL_GRACE_MS = 5_000;
/**
 * Young generation of the worker: 64 MB semi-spaces keep a 5,000-event batch from being promoted
 * to the old generation before it is sent, which cut GC pauses from ~1.1 s to ~0.4 s per million
 * events (measured with --trace-gc-nvp).
 */
const YOUNG_GENERATION_MB = 192;
const LIMITS = { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB };

/**
 * A worker started ahead of the next import, its bundle loaded (~0.25 s of a thread's start and
 * module load off the import's path). Unreferenced while it waits, so it keeps no process alive.
 */
let spare: { path: string; worker: Worker; drop(): void } | null = null;

/** Starts a spare ingest worker for `workerPath` unless one waits already. */
export function prewarmIngestWorker(workerPath: string): void {
  if (spare?.path === workerPath) return;
  void spare?.worker.terminate();
  spare = null;
  let worker: Worker;
  try {
    worker = new Worker(workerPath, { workerData: SPARE, resourceLimits: LIMITS });
  } catch {
    return; // the import that needs it will start its own and report why it cannot
  }
  // a spare that fails to load or dies while it waits is dropped; the next import starts its own
  const entry = { path: workerPath, worker, drop: () => { if (spare === entry) spare = null; } };
  spare = entry;
  worker.unref();
  worker.once('error', entry.drop);
  worker.once('exit', entry.drop);
}

/** True while a spare worker for `workerPath` waits (tests). */
export function hasSpare(workerPath: string): boolean {
  return spare?.path === workerPath && spare.worker.threadId >= 0;
}

function takeSpare(workerPath: string, opts: WorkerOptions): Worker | null {
  const s = spare;
  if (!s || s.path !== workerPath) return null;
  spare = null;
  // threadId is -1 once the thread has exited: its 'exit' would never reach the job
  if (s.worker.threadId < 0) return null;
  // the job's own listeners take over
  s.worker.off('error', s.drop);
  s.worker.off('exit', s.drop);
  s.worker.ref();
  s.worker.postMessage({ type: 'start', options: opts } satisfies ToIngestWorker);
  return s.worker;
}

export interface IngestJob {
  result: Promise<IngestResult>;
  cancel(): void;
}

export function startIngestJob(opts: WorkerOptions, workerPath: string, send: (frame: Uint8Array, seq: number) => Promise<void>): IngestJob {
  let settle!: (r: IngestResult) => void;
  const result = new Promise<IngestResult>((resolve) => { settle = resolve; });
  let done = false;
  let progress = { read: 0, rejected: 0 };
  let sendError = '';
  let killTimer: NodeJS.Timeout | undefined;

  const stopped = (status: IngestResult['status'], message: string): IngestResult => ({
    status, message, read: progress.read, rejected: progress.rejected, sha256: '', encoding: '', sourceId: '', size: 0,
  });
  const finish = (r: IngestResult) => {
    if (done) return;
    done = true;
    clearTimeout(killTimer);
    settle(r);
    void worker.terminate();
  };

  let worker: Worker;
  try {
    worker = takeSpare(workerPath, opts) ?? new Worker(workerPath, { workerData: opts, resourceLimits: LIMITS });
  } catch (e) {
    return { result: Promise.resolve(stopped('failed', `worker-crashed: ${opts.fileName}: ${(e as Error).message}`)), cancel: () => {} };
  }
  const post = (m: ToIngestWorker) => { if (!done) worker.postMessage(m); };
  const cancel = () => {
    if (done) return;
    post({ type: 'cancel' });
    killTimer ??= setTimeout(() => finish(stopped('cancelled', `${opts.fileName}: cancelled`)), CANCEL_GRACE_MS);
  };

  worker.on('message', (raw: unknown) => {
    const m = parseFromWorker(raw);
    if (!m) return finish(stopped('failed', `worker-crashed: ${opts.fileName}: unexpected message from the ingest worker`));
    if (m.type === 'done') {
      return finish(sendError ? { ...m.result, status: 'failed', message: `${opts.fileName}: ${sendError}` } : m.result);
    }
    progress = { read: m.read, rejected: m.rejected };
    // through a promise, so that a send that throws at once is handled like one that rejects
    Promise.resolve().then(() => send(new Uint8Array(m.frame), m.seq)).then(
      () => post({ type: 'ack', seq: m.seq }),
      (e: unknown) => {
        sendError = e instanceof Error ? e.message : String(e);
        cancel();
      },
    );
  });
  worker.on('error', (e) => finish(stopped('failed', `worker-crashed: ${opts.fileName}: ${e.message}`)));
  worker.on('exit', (code) => finish(stopped('failed', `worker-crashed: ${opts.fileName}: the worker exited (code ${code}) before it finished`)));
  return { result, cancel };
}
