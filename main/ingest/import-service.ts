/**
 * Runs imports one unit at a time (bounded memory, ordered progress). Each file the user gave is
 * expanded first (import-files.ts): a ZIP becomes one import per entry, with its provenance, and
 * entries that are not logs are recorded as skipped with why. For each unit it announces the
 * import to the DB worker, streams batches from an ingest worker thread, then finalizes it, or
 * rolls it back when it was cancelled or failed.
 */
import { randomBytes } from 'node:crypto';
import { AppError } from '../../shared/errors';
import type { ImportRecord } from '../../shared/model/import';
import type { DataHub } from '../data/data-hub';
import type { FileRegistry } from '../files/file-registry';
import { createLogger } from '../log/logger';
import { expandInputs, formatLabel, isSkippedEntry, skippedMessage, type InputUnit } from './import-files';
import { startIngestJob } from './ingest-job';
import type { IngestResult } from './pipeline';

const log = createLogger('import');

interface QueuedImport { importId: string; unit: InputUnit; timeZone: string; encoding?: string }

export interface StartedImport { importId: string; fileName: string; size: number }

const newImportId = () => `imp_${Date.now().toString(36)}_${randomBytes(5).toString('hex')}`;

export class ImportService {
  private readonly queue: QueuedImport[] = [];
  private running: { importId: string; cancel(): void } | null = null;
  private readonly cancelled = new Set<string>();

  constructor(
    private readonly files: FileRegistry,
    private readonly hub: DataHub,
    private readonly workerPath: string,
  ) {}

  /** One import per file or archive entry; archives are listed (not read) before this returns. */
  async start(refs: string[], timeZone: string, encoding?: string): Promise<StartedImport[]> {
    if (!this.hub.connected) throw new AppError('no-data-channel', 'the database is not connected yet; reload the window');
    const inputs = refs.map((ref) => this.files.resolve(ref)).map((e) => ({ path: e.path, name: e.name }));
    const queued: QueuedImport[] = [];
    for await (const unit of expandInputs(inputs)) queued.push({ importId: newImportId(), unit, timeZone, encoding });
    for (const q of queued) this.hub.send(JSON.stringify({ t: 'import-begin', record: pendingRecord(q) }));
    this.queue.push(...queued);
    void this.drain();
    return queued.map((q) => ({ importId: q.importId, fileName: q.unit.displayName, size: q.unit.size }));
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
    const { unit } = q;
    if (unit.error) return this.abort(q.importId, 'failed', unit.error);
    if (unit.skip) {
      const patch = { status: 'skipped', message: `${unit.displayName}: skipped: ${unit.skip}`, read: 0, rejected: 0, sha256: '', encoding: '', sourceId: '' };
      await this.hub.endImport(q.importId, JSON.stringify({ t: 'import-end', importId: q.importId, patch }));
      return;
    }
    const job = startIngestJob(
      {
        filePath: unit.path, fileName: unit.displayName, entry: unit.entry, entryIndex: unit.entryIndex,
        size: unit.entry !== undefined ? unit.size : undefined, importId: q.importId, timeZone: q.timeZone, encoding: q.encoding,
      },
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
    } else if (isSkippedEntry(unit, result)) {
      this.abort(q.importId, 'skipped', skippedMessage(unit, result));
    } else {
      this.abort(q.importId, result.status === 'cancelled' ? 'cancelled' : 'failed', result.message);
    }
  }

  /** Rolls back whatever the DB worker committed for this import; the record keeps why. */
  private abort(importId: string, status: 'cancelled' | 'failed' | 'skipped', message: string): void {
    try {
      this.hub.send(JSON.stringify({ t: 'import-abort', importId, status, message }));
    } catch (e) {
      log.warn('could not send the rollback', { importId, reason: (e as Error).message });
    }
  }
}

function pendingRecord(q: QueuedImport): ImportRecord {
  const u = q.unit;
  const record: ImportRecord = {
    id: q.importId, fileName: u.displayName, entryPath: u.entry !== undefined ? u.displayName : '', size: u.size, sha256: '', sourceId: '',
    encoding: q.encoding ?? '', timeZone: q.timeZone, read: 0, added: 0, duplicates: 0, rejected: 0, status: 'running', message: '',
    startedAt: Date.now(), finishedAt: 0,
  };
  if (u.entry !== undefined) {
    record.entry = u.entry;
    record.container = u.container;
  }
  return record;
}

function endPatch(r: IngestResult) {
  return {
    status: r.status, message: r.message, read: r.read, rejected: r.rejected, sha256: r.sha256, encoding: r.encoding, sourceId: r.sourceId,
    format: formatLabel(r),
  };
}
