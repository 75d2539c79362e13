/**
 * Runs imports one file at a time (bounded memory, ordered progress): for each file it announces
 * the import to the DB worker, streams batches from an ingest worker thread with one batch in
 * flight, then finalizes it, or rolls it back when it was cancelled or failed.
 */
import { randomBytes } from 'node:crypto';
import { AppError } from '../../shared/errors';
import type { ImportRecord } from '../../shared/model/import';
import type { DataHub } from '../data/data-hub';
import type { FileRegistry } from '../files/file-registry';
import { createLogger } from '../log/logger';
import { startIngestJob } from './ingest-job';
import type { IngestResult } from './pipeline';

const log = createLogger('import');

interface QueuedImport { importId: string; path: string; name: string; size: number; timeZone: string; encoding?: string }

export class ImportService {
  private readonly queue: QueuedImport[] = [];
  private running: { importId: string; cancel(): void } | null = null;
  private readonly cancelled = new Set<string>();

  constructor(
    private readonly files: FileRegistry,
    private readonly hub: DataHub,
    private readonly workerPath: string,
  ) {}

  start(refs: string[], timeZone: string, encoding?: string): { importId: string; fileName: string; size: number }[] {
    if (!this.hub.connected) throw new AppError('no-data-channel', 'the database is not connected yet; reload the window');
    const entries = refs.map((ref) => this.files.resolve(ref));
    const queued = entries.map((e) => ({ importId: `imp_${Date.now().toString(36)}_${randomBytes(5).toString('hex')}`, path: e.path, name: e.name, size: e.size, timeZone, encoding }));
    for (const q of queued) this.hub.send(JSON.stringify({ t: 'import-begin', record: pendingRecord(q) }));
    this.queue.push(...queued);
    void this.drain();
    return queued.map((q) => ({ importId: q.importId, fileName: q.name, size: q.size }));
  }

  cancel(importId: string): boolean {
    if (this.running?.importId === importId) {
      this.running.cancel();
      return true;
    }
    const i = this.queue.findIndex((q) => q.importId === importId);
    if (i < 0) return false;
    this.queue.splice(i, 1);
    this.cancelled.add(importId);
    this.abort(importId, 'cancelled', 'cancelled before it started');
    return true;
  }

  private async drain(): Promise<void> {
    if (this.running) return;
    const next = this.queue.shift();
    if (!next) return;
    try {
      await this.runOne(next);
    } catch (e) {
      log.error('import failed', { importId: next.importId, reason: (e as Error).message });
    } finally {
      this.running = null;
      void this.drain();
    }
  }

  private async runOne(q: QueuedImport): Promise<void> {
    const job = startIngestJob(
      { filePath: q.path, fileName: q.name, importId: q.importId, timeZone: q.timeZone, encoding: q.encoding },
      this.workerPath,
      async (text, seq) => {
        const reply = await this.hub.request(q.importId, text, seq);
        if (reply.t === 'error') throw new AppError('import-failed', `the database refused a batch: ${reply.message}`);
      },
    );
    this.running = { importId: q.importId, cancel: job.cancel };
    const result = await job.result;
    log.info('ingest ended', { importId: q.importId, status: result.status, read: result.read, rejected: result.rejected });
    if (result.status === 'finished' || result.status === 'partial') {
      await this.hub.endImport(q.importId, JSON.stringify({ t: 'import-end', importId: q.importId, patch: endPatch(result) }));
    } else {
      this.abort(q.importId, result.status === 'cancelled' ? 'cancelled' : 'failed', result.message);
    }
  }

  /** Rolls back whatever the DB worker committed for this import; the record keeps why. */
  private abort(importId: string, status: 'cancelled' | 'failed', message: string): void {
    try {
      this.hub.send(JSON.stringify({ t: 'import-abort', importId, status, message }));
    } catch (e) {
      log.warn('could not send the rollback', { importId, reason: (e as Error).message });
    }
  }
}

function pendingRecord(q: QueuedImport): ImportRecord {
  return {
    id: q.importId, fileName: q.name, entryPath: '', size: q.size, sha256: '', sourceId: '', encoding: q.encoding ?? '',
    timeZone: q.timeZone, read: 0, added: 0, duplicates: 0, rejected: 0, status: 'running', message: '',
    startedAt: Date.now(), finishedAt: 0,
  };
}

function endPatch(r: IngestResult) {
  return { status: r.status, message: r.message, read: r.read, rejected: r.rejected, sha256: r.sha256, encoding: r.encoding, sourceId: r.sourceId };
}
