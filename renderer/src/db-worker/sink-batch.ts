/**
 * One import batch: drop events already stored (or repeated in the batch), split the rest into
 * chunk records, and write them with the batch's rejects and the import's new counts in ONE
 * transaction. The index changes only after the commit; the id set takes the batch's ids at once
 * (so the next batch dedupes against them) and gives them back if the import fails.
 */
import type { ImportBatchMsg, ToMain } from '../../../shared/data-channel';
import { AppError } from '../../../shared/errors';
import { MAX_REJECTS_KEPT, type ImportRecord } from '../../../shared/model/import';
import { checkEventValues, toChunkRecords } from './db/chunk-codec';
import { packChunk } from './db/chunk-pack';
import { importChunkRange } from './db/schema';
import type { RunningImport, WorkerContext } from './context';
import type { IdSet } from './index/id-set';

/**
 * Stages one batch (checks, duplicate drop, chunk records, new counts: all in memory) and starts
 * its transaction without waiting for it. The returned promise settles with the batch's reply once
 * it has committed (`committed`); batches of an import commit in order (IndexedDB runs read-write transactions
 * over the same stores in the order they were created, and `run.commits` keeps the replies in it).
 */
export async function writeBatch(ctx: WorkerContext, msg: ImportBatchMsg): Promise<{ committed: Promise<ToMain> }> {
  const run = await runningImport(ctx, msg.importId);
  if (run.failed) throw new AppError('import-failed', `batch ${msg.seq} of ${msg.importId}: an earlier batch failed: ${run.failed}`);
  const bad = checkEventValues(msg.cols);
  if (bad) throw new AppError('invalid-input', `batch ${msg.seq} of ${msg.importId}: ${bad}`);

  // Later batches dedupe against this one before it commits: the ids go into the set at once.
  const { keep, duplicates } = takeNewEvents(ctx.ids, msg.cols.id);
  const ids = keep.map((i) => msg.cols.id[i]);
  run.staged.add(ids);
  const chunks = toChunkRecords(msg.cols, keep, msg.importId, run.nextSeq, ctx.chunkSize);
  const resent = msg.seq <= run.lastBatchSeq;
  const room = Math.max(0, MAX_REJECTS_KEPT - run.keptRejects);
  const rejects = resent ? [] : msg.rejects.slice(0, room).map((r) => ({ ...r, importId: msg.importId }));
  const record: ImportRecord = {
    ...run.record,
    added: run.record.added + keep.length,
    duplicates: run.record.duplicates + duplicates,
    read: Math.max(run.record.read, msg.progress.read),
    rejected: Math.max(run.record.rejected, msg.progress.rejected),
  };

  run.record = record;
  run.nextSeq += chunks.length;
  run.keptRejects += rejects.length;
  run.lastBatchSeq = Math.max(run.lastBatchSeq, msg.seq);

  const written = ctx.db.transaction('rw', [ctx.db.chunks, ctx.db.rejects, ctx.db.imports], async () => {
    if (chunks.length) await ctx.db.chunks.bulkAdd(chunks.map(packChunk));
    if (rejects.length) await ctx.db.rejects.bulkAdd(rejects);
    await ctx.db.imports.put(record);
  });
  const reply = run.commits.then(() => written).then(
    (): ToMain => {
      // Committed after an earlier batch failed: the import is going to be rolled back anyway.
      if (run.failed) return { t: 'error', importId: msg.importId, message: `batch ${msg.seq} of ${msg.importId}: an earlier batch failed: ${run.failed}` };
      run.staged.delete(ids);
      for (const c of chunks) ctx.index.appendChunk(c);
      ctx.emit({
        type: 'import-progress', importId: record.id, fileName: record.fileName, read: record.read, rejected: record.rejected,
        added: record.added, duplicates: record.duplicates, bytesRead: msg.progress.bytesRead, bytesTotal: msg.progress.bytesTotal,
      });
      if (keep.length) ctx.changed();
      return { t: 'ack', importId: msg.importId, seq: msg.seq, added: keep.length, duplicates };
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
 * Indices of events whose id is neither stored nor earlier in the same batch; their ids are added
 * to `stored` (the caller forgets them again if the batch does not commit).
 */
function takeNewEvents(stored: IdSet, ids: string[]): { keep: number[]; duplicates: number } {
  const keep: number[] = [];
  for (let i = 0; i < ids.length; i++) if (stored.add(ids[i])) keep.push(i);
  return { keep, duplicates: ids.length - keep.length };
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
  const run: RunningImport = {
    record,
    nextSeq: lastKey ? lastKey[1] + 1 : ctx.nextSeq.get(importId) ?? 0,
    keptRejects: await ctx.db.rejects.where('importId').equals(importId).count(),
    lastBatchSeq: -1,
    commits: Promise.resolve(),
    staged: new Set(),
    failed: '',
  };
  ctx.running.set(importId, run);
  return run;
}
