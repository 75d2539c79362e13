/**
 * Runs imports one unit at a time (bounded memory, ordered progress). Each file the user gave is
 * expanded first (import-files.ts): a ZIP becomes one import per entry, with its provenance, and
 * entries that are not logs are recorded as skipped with why. For each unit it announces the
 * import to the DB worker, streams batches from an ingest worker thread, then finalizes it, or
 * rolls it back when it was cancelled or failed.
 */
import { randomBytes } from 'node:crypto';
import { AppError } from '../../shared/errors';
import type { ColumnMapping, MappingRequest } from '../../shared/mapping/column-mapping';
import type { ImportRecord } from '../../shared/model/import';
import { english, fileMessage, say } from '../../shared/model/ingest-text';
import type { DataHub } from '../data/data-hub';
import type { FileRegistry } from '../files/file-registry';
import { createLogger } from '../log/logger';
import { expandInputs, formatLabel, isSkippedEntry, skippedByName, skippedForContent, type InputUnit } from './import-files';
import type { Described } from './ingest-failures';
import type { FileArrival } from '../files/file-arrival';
import { prewarmIngestWorker, startIngestJob } from './ingest-job';
import type { IngestResult } from './pipeline';

const log = createLogger('import');

interface QueuedImport {
  importId: string; unit: InputUnit; timeZone: string; encoding?: string; mappings?: readonly ColumnMapping[];
  /** the ref the unit was read through (its archive's, for an entry) */
  fileRef: string;
  replaces?: string;
}

/** What import.start may add to the files and the zone (see shared/ipc/contract.ts). */
export interface StartOptions {
  mappings?: readonly ColumnMapping[];
  /** with one ref: only this entry of the archive */
  entry?: string;
  /** an import rolled back (status `replaced`) before this one begins */
  replaces?: string;
}

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
    /** keep an ingest worker started ahead of the next import (the app; not tests) */
    private readonly prewarm = false,
  ) {
    if (prewarm) prewarmIngestWorker(workerPath);
  }

  /**
   * One import per file or archive entry; archives are listed (not read) before this returns. With
   * `replaces`, that import's events are rolled back first (Re-import as…): only once every ref
   * resolved and the entry was found, so a file that is gone loses nothing.
   */
  async start(refs: string[], timeZone: string, encoding?: string, more: StartOptions = {}): Promise<StartedImport[]> {
    if (!this.hub.connected) throw new AppError('no-data-channel', 'the database is not connected yet; reload the window');
    if (more.replaces && (this.running?.importId === more.replaces || this.queue.some((q) => q.importId === more.replaces))) {
      throw new AppError('invalid-input', `import ${more.replaces} is still running; wait for it to end before importing it again`, { importId: more.replaces });
    }
    const queued = await this.units(refs, more.entry);
    for (const q of queued) Object.assign(q, { timeZone, encoding, mappings: more.mappings, replaces: more.replaces });
    if (more.replaces && queued.length > 0) {
      const how = encoding ? say('file.replacedAs', { encoding }) : more.mappings?.length ? say('file.replacedMapped') : say('file.replaced');
      this.abort(more.replaces, 'replaced', { message: fileMessage(queued[0].unit.displayName, how), text: how });
    }
    for (const q of queued) this.hub.send(JSON.stringify({ t: 'import-begin', record: pendingRecord(q) }));
    this.queue.push(...queued);
    void this.drain();
    return queued.map((q) => ({ importId: q.importId, fileName: q.unit.displayName, size: q.unit.size }));
  }

  /** The units of the refs (only `entry` of a single archive when given), each with the ref it came through. */
  private async units(refs: string[], entry?: string): Promise<QueuedImport[]> {
    if (entry !== undefined && refs.length !== 1) throw new AppError('invalid-input', 'an entry can be named for one archive only');
    const out: QueuedImport[] = [];
    for (const ref of refs) {
      const file = this.resolve(ref);
      for await (const unit of expandInputs([{ path: file.path, name: file.name, arrival: file.arrival }])) {
        if (entry === undefined || unit.entry === entry) out.push({ importId: newImportId(), unit, timeZone: '', fileRef: ref });
      }
      if (entry !== undefined && out.length === 0) throw new AppError('not-found', `${file.name} has no entry "${entry}" any more`, { file: file.name, entry });
    }
    return out;
  }

  /** A ref main handed out; refs live as long as main does, so one from before a restart is gone. */
  private resolve(ref: string): { path: string; name: string; arrival?: FileArrival } {
    try {
      return this.files.resolve(ref);
    } catch (e) {
      if (!(e instanceof AppError) || e.code !== 'not-found') throw e;
      throw new AppError('not-found', 'the file is no longer available: it was opened before Auditlens (or its web host) restarted; open it again', { ref, reason: 'file-gone' });
    }
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
    const why = say('file.cancelledBeforeStart');
    this.abort(importId, 'cancelled', { message: english(why), text: why });
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
    if (unit.error) return this.abort(q.importId, 'failed', { message: unit.error, text: unit.errorText });
    if (unit.skip) {
      const { message, text } = skippedByName(unit);
      const patch = { status: 'skipped', message, ...(text ? { messageText: text } : {}), read: 0, rejected: 0, sha256: '', encoding: '', sourceId: '' };
      await this.hub.endImport(q.importId, JSON.stringify({ t: 'import-end', importId: q.importId, patch }));
      return;
    }
    const job = startIngestJob(
      {
        filePath: unit.path, fileName: unit.displayName, entry: unit.entry, entryIndex: unit.entryIndex,
        size: unit.entry !== undefined ? unit.size : undefined, importId: q.importId, timeZone: q.timeZone, encoding: q.encoding,
        mappings: q.mappings, growingSize: unit.arrival ? unit.size : undefined,
      },
      this.workerPath,
      async (frame, seq) => {
        const reply = await this.hub.request(q.importId, frame, seq);
        if (reply.t === 'error') throw new AppError('import-failed', `the database refused a batch: ${reply.message}`);
      },
    );
    this.running = { importId: q.importId, cancel: job.cancel };
    // an upload that stops (the user cancelled it, the page went away) stops the import reading it
    unit.arrival?.done.catch(() => job.cancel());
    const result = await job.result;
    // the job is over: its record may be final the moment the end or abort below is sent
    this.running = null;
    if (this.prewarm) prewarmIngestWorker(this.workerPath);
    log.info('ingest ended', { importId: q.importId, status: result.status, read: result.read, rejected: result.rejected });
    if (result.status === 'finished' || result.status === 'partial') {
      await this.hub.endImport(q.importId, JSON.stringify({ t: 'import-end', importId: q.importId, patch: endPatch(result) }));
    } else if (result.status === 'needs-mapping') {
      this.abort(q.importId, 'needs-mapping', { message: result.message, text: result.text }, result.mappingRequest);
    } else if (isSkippedEntry(unit, result)) {
      this.abort(q.importId, 'skipped', skippedForContent(unit, result));
    } else {
      this.abort(q.importId, result.status === 'cancelled' ? 'cancelled' : 'failed', { message: result.message, text: result.text });
    }
  }

  /** Rolls back whatever the DB worker committed for this import; the record keeps why. */
  private abort(importId: string, status: 'cancelled' | 'failed' | 'skipped' | 'needs-mapping' | 'replaced', why: Described, mappingRequest?: MappingRequest): void {
    const { message, text } = why;
    try {
      this.hub.send(JSON.stringify({ t: 'import-abort', importId, status, message, ...(text ? { messageText: text } : {}), ...(mappingRequest ? { mappingRequest } : {}) }));
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
    startedAt: Date.now(), finishedAt: 0, encodingBy: q.encoding ? 'user' : 'detected', fileRef: q.fileRef,
  };
  if (q.replaces) record.replaces = q.replaces;
  if (u.entry !== undefined) {
    record.entry = u.entry;
    record.container = u.container;
  }
  return record;
}

function endPatch(r: IngestResult) {
  return {
    status: r.status, message: r.message, ...(r.text ? { messageText: r.text } : {}), read: r.read, rejected: r.rejected, sha256: r.sha256, encoding: r.encoding, sourceId: r.sourceId,
    format: formatLabel(r),
  };
}
