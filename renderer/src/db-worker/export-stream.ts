/**
 * Streams every row of a query to main as `export-rows` messages of cell texts, one message in
 * flight: the next is sent only after main acknowledged the previous one (its writer is on disk),
 * so neither side holds the whole result. `export-cancel` from main stops the stream.
 */
import { AppError } from '../../../shared/errors';
import type { ToMain } from '../../../shared/data-channel';
import { chunkEvent, type EventParts } from '../../../shared/model/batch';
import type { ChunkCache } from './db/chunk-cache';
import type { EventIndex } from './index/event-index';
import type { ExportRequest, WorkerEvent } from './protocol';
import { cellText } from './query/cell-text';
import { refsOf, visitRows, type RowRefs } from './query/materialize';

export const EXPORT_ROWS_PER_MESSAGE = 5000;

interface Waiter { seq: number; resolve(): void; reject(e: Error): void }

/** Acknowledgements from main, by export id. */
export class ExportAcks {
  private readonly waiting = new Map<string, Waiter>();
  private readonly cancelled = new Map<string, string>();

  /** Throws when main cancelled this export. */
  check(exportId: string): void {
    const why = this.cancelled.get(exportId);
    if (why !== undefined) throw new AppError('cancelled', why || 'the export was cancelled');
  }

  wait(exportId: string, seq: number): Promise<void> {
    return new Promise((resolve, reject) => this.waiting.set(exportId, { seq, resolve, reject }));
  }

  ack(exportId: string, seq: number): void {
    const w = this.waiting.get(exportId);
    if (!w || w.seq !== seq) return;
    this.waiting.delete(exportId);
    w.resolve();
  }

  cancel(exportId: string, message: string): void {
    this.cancelled.set(exportId, message);
    const w = this.waiting.get(exportId);
    this.waiting.delete(exportId);
    w?.reject(new AppError('cancelled', message || 'the export was cancelled'));
  }

  /** The data channel went away: every stream waiting on it fails. */
  failAll(error: Error): void {
    for (const w of this.waiting.values()) w.reject(error);
    this.waiting.clear();
  }

  finished(exportId: string): void {
    this.cancelled.delete(exportId);
    this.waiting.delete(exportId);
  }
}

export interface ExportDeps {
  index: EventIndex;
  chunkCache: ChunkCache;
  acks: ExportAcks;
  /** the positions of the query's result, in order */
  positions: Int32Array;
  send(msg: ToMain): void;
  emit(ev: WorkerEvent): void;
  rowsPerMessage?: number;
}

/** Sends the whole result; resolves with the number of rows once the last message is acknowledged. */
export async function streamExport(deps: ExportDeps, req: ExportRequest): Promise<{ rows: number }> {
  // Chunk references are fixed now: an import or rollback during the export cannot shift rows.
  const refs = refsOf(deps.index, deps.positions);
  const total = deps.positions.length;
  const values = req.columns.map((c) => c.value);
  const perMessage = deps.rowsPerMessage ?? EXPORT_ROWS_PER_MESSAGE;
  // only what the columns show: rebuilding raw lines or writing ids no column shows was a third of an export
  const parts = { details: values.some((v) => v === 'details' || v.startsWith('details.')), raw: values.includes('raw'), id: values.includes('id') };
  try {
    for (let seq = 0, from = 0; seq === 0 || from < total; seq++) {
      const to = Math.min(total, from + perMessage);
      const rows = await cellRows(deps.chunkCache, refs, from, to, values, req.timeZone, parts);
      const last = to >= total;
      deps.acks.check(req.exportId);
      const acked = deps.acks.wait(req.exportId, seq);
      deps.send({ t: 'export-rows', exportId: req.exportId, seq, ...(seq === 0 ? { header: req.columns.map((c) => c.header) } : {}), rows, last });
      await acked;
      deps.emit({ type: 'export-progress', exportId: req.exportId, rows: to });
      from = to;
    }
  } finally {
    deps.acks.finished(req.exportId);
  }
  return { rows: total };
}

async function cellRows(
  cache: ChunkCache, refs: RowRefs, from: number, to: number, values: string[], timeZone: string, parts: EventParts,
): Promise<string[][]> {
  const rows = new Array<string[]>(to - from);
  await visitRows(cache, refs, from, to, (k, chunk, offset) => {
    const event = chunkEvent(chunk, offset, chunk.importId, parts);
    rows[k - from] = values.map((v) => cellText(event, v, timeZone));
  });
  return rows;
}
