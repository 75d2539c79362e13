/**
 * One import batch: drop events already stored (or repeated in the batch), and write its chunks
 * (packed by the ingest, checked on arrival) with the batch's rejects and the import's new counts
 * in ONE transaction. A chunk with no duplicates is stored as it arrived; one with some is rebuilt
 * from the rest. The index changes only after the commit; the id set takes the batch's ids at once
 * (so the next batch dedupes against them) and gives them back if the import fails.
 */
import type { ImportBatchMsg, ToMain } from '../../../shared/data-channel';
import { AppError } from '../../../shared/errors';
import { parseDetails } from '../../../shared/model/batch';
import { selectEvents } from '../../../shared/model/chunk-builder';
import { MAX_REJECTS_KEPT, type ImportRecord } from '../../../shared/model/import';
import { FIELD, entryOf, entryStart, type ChunkData, type PackedChunk } from '../../../shared/model/packed-chunk';
import { importChunkRange } from './db/schema';
import type { RunningImport, WorkerContext } from './context';
import { StagedIds, type IdSet } from './index/id-set';

const RECORD_MS = 1000;

/**
 * Stages one batch (duplicate drop, chunk records, new counts: all in memory) and starts
 * its transaction without waiting for it. The returned promise settles with the batch's reply once
 * it has committed (`committed`); batches of an import commit in order (IndexedDB runs read-write transactions
 * over the same stores in the order they were created, and `run.commits` keeps the replies in it).
 */
export async function writeBatch(ctx: WorkerContext, msg: ImportBatchMsg): Promise<{ committed: Promise<ToMain> }> {
  const run = await runningImport(ctx, msg.importId);
  if (run.failed) throw new AppError('import-failed', `batch ${msg.seq} of ${msg.importId}: an earlier batch failed: ${run.failed}`);

  // Later batches dedupe against this one before it commits: the ids go into the set at once.
  const staged = new StagedIds();
  run.staged.add(staged);
  const chunks: PackedChunk[] = [];
  let added = 0;
  let events = 0;
  for (const c of msg.chunks) {
    events += c.count;
    const kept = takeNewEvents(ctx.ids, c, staged);
    if (!kept) continue;
    added += kept.count;
    chunks.push({ importId: msg.importId, seq: run.nextSeq++, ...kept });
  }
  const duplicates = events - added;
  const resent = msg.seq <= run.lastBatchSeq;
  const room = Math.max(0, MAX_REJECTS_KEPT - run.keptRejects);
  const rejects = resent ? [] : msg.rejects.slice(0, room).map((r) => ({ ...r, importId: msg.importId }));
  const record: ImportRecord = {
    ...run.record,
    added: run.record.added + added,
    duplicates: run.record.duplicates + duplicates,
    read: Math.max(run.record.read, msg.progress.read),
    rejected: Math.max(run.record.rejected, msg.progress.rejected),
  };

  run.record = record;
  run.keptRejects += rejects.length;
  run.lastBatchSeq = Math.max(run.lastBatchSeq, msg.seq);

  // The record's running counts are for the Imports page: written at most every RECORD_MS (the
  // counts of a running import are in memory; an import interrupted before its end is rolled back
  // when the database next opens, and its end writes the final record).
  const now = performance.now();
  const writeRecord = now - run.recordWrittenAt >= RECORD_MS;
  if (writeRecord) run.recordWrittenAt = now;
  const written = ctx.db.transaction('rw', [ctx.db.chunks, ctx.db.rejects, ctx.db.imports], async () => {
    if (chunks.length) await ctx.db.chunks.bulkAdd(chunks);
    if (rejects.length) await ctx.db.rejects.bulkAdd(rejects);
    if (writeRecord) await ctx.db.imports.put(record);
  });
  const reply = run.commits.then(() => written).then(
    (): ToMain => {
      // Committed after an earlier batch failed: the import is going to be rolled back anyway.
      if (run.failed) return { t: 'error', importId: msg.importId, message: `batch ${msg.seq} of ${msg.importId}: an earlier batch failed: ${run.failed}` };
      run.staged.delete(staged);
      for (const c of chunks) ctx.index.appendChunk(c);
      ctx.progress({
        type: 'import-progress', importId: record.id, fileName: record.fileName, read: record.read, rejected: record.rejected,
        added: record.added, duplicates: record.duplicates, bytesRead: msg.progress.bytesRead, bytesTotal: msg.progress.bytesTotal,
      });
      if (added) ctx.changed();
      return { t: 'ack', importId: msg.importId, seq: msg.seq, added, duplicates };
    },
    (e: unknown): ToMain => {
      const message = e instanceof Error ? e.message : String(e);
      run.failed ||= message;
      return { t: 'error', importId: msg.importId, message: `batch ${msg.seq} of ${msg.importId}: ${message}` };
    },
  );
  run.commits = reply.then(() => undefined);
  // wrapped: an async function returning the promise itself would wait for it
  return { committed: reply };
}

/**
 * The chunk without the events whose id is stored already or earlier in the batch (null when none
 * is left); the ids of the rest are added to `stored` and recorded in `staged`.
 */
function takeNewEvents(stored: IdSet, c: ChunkData, staged: StagedIds): ChunkData | null {
  const { text, ends, ids } = c;
  let keep: number[] | null = null;
  for (let k = 0; k < c.count; k++) {
    let isNew: boolean;
    if (ids.length) isNew = stored.addLanes(ids[2 * k], ids[2 * k + 1], staged);
    else {
      const e = entryOf(c, FIELD.id, k);
      isNew = stored.addAt(text, entryStart(c, e), ends[e], staged);
    }
    if (isNew && keep) keep.push(k);
    else if (!isNew && !keep) keep = Array.from({ length: k }, (_, i) => i);
  }
  return keep ? selectEvents(c, keep, parseDetails) : c;
}

/** The bookkeeping of a running import, restored from the database when this worker did not begin it. */
export async function runningImport(ctx: WorkerContext, importId: string): Promise<RunningImport> {
  const known = ctx.running.get(importId);
  if (known) return known;
  const record = await ctx.db.imports.get(importId);
  if (!record) throw new AppError('not-found', `no import ${importId} was begun`, { importId });
  if (record.status !== 'running') throw new AppError('invalid-input', `import ${importId} is ${record.status}, not running`, { importId });
  const [lo, hi] = importChunkRange(importId);
  const lastKey = (await ctx.db.chunks.where(':id').between(lo, hi, true, true).reverse().limit(1).primaryKeys())[0];
  const keptRejects = await ctx.db.rejects.where('importId').equals(importId).count();
  const run = newRun(record, lastKey ? lastKey[1] + 1 : ctx.nextSeq.get(importId) ?? 0, keptRejects);
  ctx.running.set(importId, run);
  return run;
}

/** The bookkeeping of an import with no batch handled yet by this worker. */
export function newRun(record: ImportRecord, nextSeq = 0, keptRejects = 0): RunningImport {
  return { record, nextSeq, keptRejects, lastBatchSeq: -1, commits: Promise.resolve(), staged: new Set(), failed: '', recordWrittenAt: -Infinity };
}
