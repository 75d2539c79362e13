/**
 * The worker's end of the data channel: import messages from main are handled one at a time in
 * arrival order (begin, batches, end or abort) and answered on the channel; export acks and
 * cancels are applied at once, since an export stream is waiting on them. A message that does not
 * parse changes nothing and is answered with `error`.
 */
import { batchFrameImportId } from '../../../shared/batch-frame';
import { parseToWorker, type ToMain, type ToWorker } from '../../../shared/data-channel';
import { AppError } from '../../../shared/errors';
import type { ImportRecord } from '../../../shared/model/import';
import type { WorkerContext } from './context';
import type { ChannelData } from './data-link';
import { rollbackImport } from './db/rollback';
import { newRun, writeBatch, runningImport } from './sink-batch';

type ImportMsg = Exclude<ToWorker, { t: 'export-ack' | 'export-cancel' }>;

export interface Sink {
  /** Takes one message from main (text, or a binary batch frame); resolves when it has been handled and answered. */
  receive(data: ChannelData): Promise<void>;
}

export function createSink(ctx: WorkerContext): Sink {
  let chain: Promise<void> = Promise.resolve();
  return {
    receive(data) {
      let msg: ToWorker;
      try {
        msg = parseToWorker(data);
      } catch (e) {
        reply(ctx, { t: 'error', importId: importIdOf(data), message: `malformed message: ${describe(e)}` });
        return Promise.resolve();
      }
      if (msg.t === 'export-ack') { ctx.exportAcks.ack(msg.exportId, msg.seq); return Promise.resolve(); }
      if (msg.t === 'export-cancel') { ctx.exportAcks.cancel(msg.exportId, msg.message); return Promise.resolve(); }
      const importMsg = msg;
      // The chain moves on once a message is staged; the caller hears when it is fully handled.
      const staged = chain.then(() => handleImportMessage(ctx, importMsg));
      chain = staged.then(() => undefined);
      return staged.then((h) => h?.settled);
    },
  };
}

/** `settled`: a batch's commit, which the next message does not wait for (replies keep their order). */
async function handleImportMessage(ctx: WorkerContext, msg: ImportMsg): Promise<{ settled: Promise<void> } | void> {
  try {
    switch (msg.t) {
      case 'import-begin': return await beginImport(ctx, msg.record);
      case 'batch': {
        const { committed } = await writeBatch(ctx, msg);
        return { settled: committed.then((r) => reply(ctx, r)) };
      }
      case 'import-end': return reply(ctx, await endImport(ctx, msg));
      case 'import-abort': return await abortImport(ctx, msg);
    }
  } catch (e) {
    reply(ctx, { t: 'error', importId: msg.t === 'import-begin' ? msg.record.id : msg.importId, message: describe(e) });
  }
}

async function beginImport(ctx: WorkerContext, given: ImportRecord): Promise<void> {
  if (ctx.running.has(given.id) || (await ctx.db.imports.get(given.id))) {
    throw new AppError('invalid-input', `import ${given.id} was already begun`, { importId: given.id });
  }
  const record: ImportRecord = { ...given, status: 'running', added: 0, duplicates: 0, finishedAt: 0 };
  await ctx.db.imports.add(record);
  ctx.running.set(record.id, newRun(record));
}

async function endImport(ctx: WorkerContext, msg: Extract<ToWorker, { t: 'import-end' }>): Promise<ToMain> {
  const run = await runningImport(ctx, msg.importId);
  await run.commits;
  if (run.failed) throw new AppError('import-failed', `import ${msg.importId} cannot end: a batch failed: ${run.failed}`);
  const record: ImportRecord = {
    ...run.record, ...msg.patch,
    // the counts of what was stored are the worker's own
    added: run.record.added, duplicates: run.record.duplicates,
    finishedAt: Date.now(),
  };
  await ctx.db.imports.put(record);
  ctx.running.delete(msg.importId);
  ctx.nextSeq.delete(msg.importId);
  ctx.emit({ type: 'import-done', record });
  ctx.changed(true);
  return { t: 'end-ack', importId: msg.importId, record };
}

/** Rolls back every chunk and reject of the import; the record stays, with why and added = 0. */
async function abortImport(ctx: WorkerContext, msg: Extract<ToWorker, { t: 'import-abort' }>): Promise<void> {
  const run = ctx.running.get(msg.importId);
  if (run) {
    await run.commits;
    for (const batch of run.staged) ctx.ids.forget(batch);
  }
  // a file that needs a mapping imported nothing: its counts say so (rejects of damaged JSON went with the rollback)
  const unmapped = msg.status === 'needs-mapping' ? { read: 0, rejected: 0, ...(msg.mappingRequest ? { mappingRequest: msg.mappingRequest } : {}) } : {};
  const text = msg.messageText ? { messageText: msg.messageText } : {};
  const { ids, record } = await rollbackImport(ctx.db, msg.importId, { status: msg.status, message: msg.message, ...text, finishedAt: Date.now(), ...unmapped });
  for (const id of ids) ctx.ids.delete(id);
  ctx.index.removeImport(msg.importId);
  ctx.chunkCache.dropImport(msg.importId);
  ctx.running.delete(msg.importId);
  ctx.nextSeq.delete(msg.importId);
  if (record) ctx.emit({ type: 'import-done', record });
  ctx.changed(true);
}

function reply(ctx: WorkerContext, msg: ToMain): void {
  try {
    ctx.send(msg);
  } catch {
    // No channel: main is gone and will not read the answer; its own side fails the import.
  }
}

/** The import a malformed message was about, when that much can be read. */
function importIdOf(data: ChannelData): string {
  if (typeof data !== 'string') return batchFrameImportId(data);
  const text = data;
  try {
    const v: unknown = JSON.parse(text);
    if (typeof v !== 'object' || v === null) return '';
    const o = v as { importId?: unknown; record?: { id?: unknown } };
    if (typeof o.importId === 'string') return o.importId;
    return typeof o.record?.id === 'string' ? o.record.id : '';
  } catch {
    return '';
  }
}

function describe(e: unknown): string {
  if (e && typeof e === 'object' && 'issues' in e && Array.isArray((e as { issues: unknown }).issues)) {
    const issues = (e as { issues: { path: PropertyKey[]; message: string }[] }).issues;
    return issues.slice(0, 3).map((i) => `${i.path.map(String).join('.') || '(message)'}: ${i.message}`).join('; ');
  }
  return e instanceof Error ? e.message : String(e);
}
