/**
 * One import batch: drop events already stored (or repeated in the batch), split the rest into
 * chunk records, and write them with the batch's rejects and the import's new counts in ONE
 * transaction. Memory (index, id set) changes only after the commit, so a failed write leaves
 * nothing behind.
 */
import type { ImportBatchMsg, ToMain } from '../../../shared/data-channel';
import { AppError } from '../../../shared/errors';
import { MAX_REJECTS_KEPT, type ImportRecord } from '../../../shared/model/import';
import { checkEventValues, toChunkRecords } from './db/chunk-codec';
import { importChunkRange } from './db/schema';
import type { RunningImport, WorkerContext } from './context';

export async function writeBatch(ctx: WorkerContext, msg: ImportBatchMsg): Promise<ToMain> {
  const run = await runningImport(ctx, msg.importId);
  const bad = checkEventValues(msg.cols);
  if (bad) throw new AppError('invalid-input', `batch ${msg.seq} of ${msg.importId}: ${bad}`);

  const { keep, duplicates } = newEvents(ctx.ids, msg.cols.id);
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

  await ctx.db.transaction('rw', [ctx.db.chunks, ctx.db.rejects, ctx.db.imports], async () => {
    if (chunks.length) await ctx.db.chunks.bulkAdd(chunks);
    if (rejects.length) await ctx.db.rejects.bulkAdd(rejects);
    await ctx.db.imports.put(record);
  });

  for (const i of keep) ctx.ids.add(msg.cols.id[i]);
  for (const c of chunks) ctx.index.appendChunk(c);
  run.record = record;
  run.nextSeq += chunks.length;
  run.keptRejects += rejects.length;
  run.lastBatchSeq = Math.max(run.lastBatchSeq, msg.seq);

  ctx.emit({
    type: 'import-progress', importId: record.id, fileName: record.fileName, read: record.read, rejected: record.rejected,
    added: record.added, duplicates: record.duplicates, bytesRead: msg.progress.bytesRead, bytesTotal: msg.progress.bytesTotal,
  });
  if (keep.length) ctx.changed();
  return { t: 'ack', importId: msg.importId, seq: msg.seq, added: keep.length, duplicates };
}

/** Indices of events whose id is neither stored nor earlier in the same batch. */
function newEvents(stored: Set<string>, ids: string[]): { keep: number[]; duplicates: number } {
  const keep: number[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    if (stored.has(id) || seen.has(id)) continue;
    seen.add(id);
    keep.push(i);
  }
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
  };
  ctx.running.set(importId, run);
  return run;
}
