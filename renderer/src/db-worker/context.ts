/**
 * Everything the worker's handlers share: the database, the in-memory index and id set, caches,
 * per-import bookkeeping, the data link to main and the way to tell the UI thread. Handlers are
 * plain functions of this context, so tests drive them without a real Worker.
 */
import type { DexieOptions } from 'dexie';
import type { ToMain } from '../../../shared/data-channel';
import { AppError } from '../../../shared/errors';
import type { ImportRecord } from '../../../shared/model/import';
import type { DataLink } from './data-link';
import { ChunkCache } from './db/chunk-cache';
import { rollbackImport } from './db/rollback';
import { AuditlensDb, CHUNK_SIZE, DB_NAME } from './db/schema';
import { EventIndex } from './index/event-index';
import { IdSet } from './index/id-set';
import { loadIndex } from './index/load-index';
import { ExportAcks } from './export-stream';
import type { WorkerEvent } from './protocol';
import { SelectionCache } from './query/execute';
import { inThreadRegexRunner, type RegexRunner } from './regex/regex-runner';

export interface ContextOptions {
  dbName?: string;
  /** e.g. an injected indexedDB in tests */
  dexie?: DexieOptions;
  chunkSize?: number;
  /** `data-changed` after batch commits at most this often (import end and rollback: at once) */
  dataChangedMs?: number;
  /** where `matches` conditions run (default: in this thread, budget checked between values) */
  regex?: RegexRunner;
  emit(ev: WorkerEvent): void;
}

/** Bookkeeping of an import that is still receiving batches. */
export interface RunningImport {
  record: ImportRecord;
  nextSeq: number;
  keptRejects: number;
  /** highest batch seq stored, so a re-sent batch does not store its rejects twice */
  lastBatchSeq: number;
  /**
   * Batches whose transaction has started but not yet committed settle in order through this
   * chain; end and abort wait for it. Staging the next batch while one commits keeps the worker
   * busy instead of idle on IndexedDB (it was idle half of an import, measured).
   */
  commits: Promise<void>;
  /**
   * ids added to `ids` by batches not yet committed, one array per batch: forgotten again if the
   * import fails (arrays, not a set: two fewer hash operations per event, ~1 s per million)
   */
  staged: Set<string[]>;
  /** set when a batch failed to commit: later batches of the import are refused */
  failed: string;
}

export interface WorkerContext {
  readonly db: AuditlensDb;
  readonly index: EventIndex;
  /** ids of every stored event: the duplicate check of each batch */
  readonly ids: IdSet;
  readonly chunkCache: ChunkCache;
  readonly selections: SelectionCache;
  readonly regex: RegexRunner;
  readonly running: Map<string, RunningImport>;
  /** next chunk seq of imports loaded at start (they may still be appended to) */
  readonly nextSeq: Map<string, number>;
  readonly exportAcks: ExportAcks;
  readonly chunkSize: number;
  link: DataLink | null;
  emit(ev: WorkerEvent): void;
  /** to main on the data channel; throws when none is connected */
  send(msg: ToMain): void;
  /** tells the UI the data changed; `now` skips the throttle */
  changed(now?: boolean): void;
}

/** How long opening took: all of it, waiting for IndexedDB, and indexing (ms). */
export interface OpenTimings { indexMs: number; readMs: number; buildMs: number }

export async function openContext(opts: ContextOptions): Promise<{ ctx: WorkerContext } & OpenTimings> {
  const db = new AuditlensDb(opts.dbName ?? DB_NAME, opts.dexie);
  await db.open();
  await rollBackInterrupted(db);
  const started = performance.now();
  const index = new EventIndex();
  const ids = new IdSet();
  const loaded = await loadIndex(db, index, ids);
  const indexMs = performance.now() - started;
  const ctx: WorkerContext = {
    db, index, ids,
    chunkCache: new ChunkCache(db),
    selections: new SelectionCache(),
    regex: opts.regex ?? inThreadRegexRunner,
    running: new Map(),
    nextSeq: loaded.nextSeq,
    exportAcks: new ExportAcks(),
    chunkSize: opts.chunkSize ?? CHUNK_SIZE,
    link: null,
    emit: opts.emit,
    send(msg) {
      if (!this.link) throw new AppError('no-data-channel', 'no data channel to main is connected');
      this.link.send(JSON.stringify(msg));
    },
    changed: throttle(() => opts.emit({ type: 'data-changed' }), opts.dataChangedMs ?? 1000),
  };
  return { ctx, indexMs, readMs: loaded.waitMs, buildMs: loaded.buildMs };
}

/**
 * An import still `running` when the database opens lost its data channel with the previous
 * window (main fails it then): roll it back so it is never left half-known.
 */
async function rollBackInterrupted(db: AuditlensDb): Promise<void> {
  const stale = await db.imports.filter((r) => r.status === 'running').toArray();
  for (const r of stale) {
    await rollbackImport(db, r.id, { status: 'failed', message: 'interrupted: the window closed during the import; it was rolled back', finishedAt: Date.now() });
  }
}

function throttle(fire: () => void, ms: number): (now?: boolean) => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending = false;
  return (now = false) => {
    if (now || ms <= 0) {
      if (timer) clearTimeout(timer);
      timer = null;
      pending = false;
      fire();
      return;
    }
    if (timer) { pending = true; return; }
    fire();
    timer = setTimeout(() => {
      timer = null;
      if (pending) { pending = false; fire(); }
    }, ms);
  };
}
