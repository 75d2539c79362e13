/**
 * Everything the worker's handlers share: the database, the in-memory index and id set, caches,
 * per-import bookkeeping, the data link to main and the way to tell the UI thread. Handlers are
 * plain functions of this context, so tests drive them without a real Worker.
 */
import { english, say } from '../../../shared/model/ingest-text';
import type { DexieOptions } from 'dexie';
import type { ToMain } from '../../../shared/data-channel';
import { AppError } from '../../../shared/errors';
import type { ImportRecord } from '../../../shared/model/import';
import type { DataLink } from './data-link';
import { ChunkCache } from './db/chunk-cache';
import { rollbackImport } from './db/rollback';
import { AuditlensDb, DB_NAME } from './db/schema';
import { EventIndex } from './index/event-index';
import { IdSet, type StagedIds } from './index/id-set';
import { loadIndex } from './index/load-index';
import { ExportAcks } from './export-stream';
import type { ImportProgressEvent, WorkerEvent } from './protocol';
import { SelectionCache } from './query/execute';
import { inThreadRegexRunner, type RegexRunner } from './regex/regex-runner';

export interface ContextOptions {
  dbName?: string;
  /** e.g. an injected indexedDB in tests */
  dexie?: DexieOptions;
  /**
   * `data-changed` after batch commits at most this often (import end and rollback: at once); by
   * default dataChangedInterval of the number of stored events. Each one makes the UI re-run its
   * queries (grid, counts, facets, histogram) over the whole data set.
   */
  dataChangedMs?: number;
  /** `import-progress` at most this often per import (the last one of a window is not lost) */
  progressMs?: number;
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
  /** ids added to `ids` by batches not yet committed, one entry per batch: forgotten again if the import fails */
  staged: Set<StagedIds>;
  /** set when a batch failed to commit: later batches of the import are refused */
  failed: string;
  /** when the record's running counts were last written (performance.now()) */
  recordWrittenAt: number;
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
  link: DataLink | null;
  emit(ev: WorkerEvent): void;
  /** to main on the data channel; throws when none is connected */
  send(msg: ToMain): void;
  /** tells the UI the data changed; `now` skips the throttle */
  changed(now?: boolean): void;
  /** tells the UI how an import is going, throttled: a re-render per batch is wasted work */
  progress(ev: ImportProgressEvent): void;
}

/**
 * How long `data-changed` waits after the last one while batches commit: 2 s, growing with the data
 * from 400,000 events to 5 s at a million and more. What the UI re-runs on it costs ~0.3-0.5 s of
 * CPU at a million events (measured), and an import keeps both cores busy, so each refresh delays
 * the import itself; the progress panel still counts every 250 ms.
 */
export function dataChangedInterval(events: number): number {
  return Math.round(Math.min(5000, Math.max(2000, (events / 1_000_000) * 5000)));
}
const PROGRESS_MS = 250;

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
    link: null,
    emit: opts.emit,
    send(msg) {
      if (!this.link) throw new AppError('no-data-channel', 'no data channel to main is connected');
      this.link.send(JSON.stringify(msg));
    },
    changed: throttle(() => opts.emit({ type: 'data-changed' }), () => opts.dataChangedMs ?? dataChangedInterval(index.size)),
    progress: latestOnly(opts.emit, opts.progressMs ?? PROGRESS_MS),
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
    const why = say('file.interrupted');
    await rollbackImport(db, r.id, { status: 'failed', message: english(why), messageText: why, finishedAt: Date.now() });
  }
}

/**
 * Emits at most one progress event per import every `ms`; the newest one of a window is emitted
 * when it ends, so the figures shown catch up.
 */
export function latestOnly(emit: (ev: ImportProgressEvent) => void, ms: number): (ev: ImportProgressEvent) => void {
  const last = new Map<string, number>();
  const pending = new Map<string, ImportProgressEvent>();
  return (ev) => {
    const now = performance.now();
    const since = now - (last.get(ev.importId) ?? -Infinity);
    if (ms <= 0 || since >= ms) {
      last.set(ev.importId, now);
      pending.delete(ev.importId);
      emit(ev);
      return;
    }
    if (!pending.has(ev.importId)) {
      setTimeout(() => {
        const p = pending.get(ev.importId);
        pending.delete(ev.importId);
        if (!p) return;
        last.set(ev.importId, performance.now());
        emit(p);
      }, ms - since);
    }
    pending.set(ev.importId, ev);
  };
}

function throttle(fire: () => void, interval: () => number): (now?: boolean) => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending = false;
  return (now = false) => {
    const ms = interval();
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
