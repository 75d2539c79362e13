/**
 * Messages on the bulk data channel between main (ingest, export writers) and the renderer's DB
 * worker. Carried as JSON text over a MessagePort (Electron) or a WebSocket (web mode).
 * Every batch is acknowledged after its IndexedDB transaction commits: main never runs ahead.
 */
import { z } from 'zod';
import { MappingRequestSchema } from './mapping/column-mapping';
import { ImportRecordSchema, RejectSchema } from './model/import';
import { checkColumns, type EventColumns } from './model/batch';

const ProgressSchema = z.object({
  read: z.number().int().nonnegative(),
  rejected: z.number().int().nonnegative(),
  bytesRead: z.number().nonnegative(),
  bytesTotal: z.number().nonnegative(),
});
export type ImportProgress = z.infer<typeof ProgressSchema>;

const ImportBegin = z.object({ t: z.literal('import-begin'), record: ImportRecordSchema });
const ImportBatch = z.object({
  t: z.literal('batch'),
  importId: z.string(),
  seq: z.number().int().nonnegative(),
  /** validated separately by checkColumns (see batch.ts) */
  cols: z.unknown(),
  rejects: z.array(RejectSchema),
  progress: ProgressSchema,
});
const ImportEnd = z.object({
  t: z.literal('import-end'),
  importId: z.string(),
  patch: ImportRecordSchema.pick({ status: true, message: true, read: true, rejected: true, sha256: true, encoding: true, sourceId: true, format: true }),
});
/**
 * rolls back every chunk of the import; the record stays with its status (`skipped`: an archive entry
 * that proved not to be a log; `needs-mapping`: with `mappingRequest`; `replaced`: a finished import read again)
 */
const ImportAbort = z.object({
  t: z.literal('import-abort'), importId: z.string(), status: z.enum(['cancelled', 'failed', 'skipped', 'needs-mapping', 'replaced']), message: z.string(),
  mappingRequest: MappingRequestSchema.optional(),
});
const ExportAck = z.object({ t: z.literal('export-ack'), exportId: z.string(), seq: z.number().int() });
const ExportCancel = z.object({ t: z.literal('export-cancel'), exportId: z.string(), message: z.string() });

export const ToWorkerSchema = z.discriminatedUnion('t', [ImportBegin, ImportBatch, ImportEnd, ImportAbort, ExportAck, ExportCancel]);
export type ToWorker = z.infer<typeof ToWorkerSchema>;
export type ImportBatchMsg = Omit<z.infer<typeof ImportBatch>, 'cols'> & { cols: EventColumns };

const BatchAck = z.object({ t: z.literal('ack'), importId: z.string(), seq: z.number().int(), added: z.number().int(), duplicates: z.number().int() });
/** the DB worker refused a message (bad batch, storage error): main must stop and abort the import */
const WorkerError = z.object({ t: z.literal('error'), importId: z.string(), message: z.string() });
const EndAck = z.object({ t: z.literal('end-ack'), importId: z.string(), record: ImportRecordSchema });
const ExportRows = z.object({
  t: z.literal('export-rows'),
  exportId: z.string(),
  seq: z.number().int().nonnegative(),
  /** only on seq 0: the header row */
  header: z.array(z.string()).optional(),
  rows: z.array(z.array(z.string())),
  last: z.boolean(),
});
export const ToMainSchema = z.discriminatedUnion('t', [BatchAck, WorkerError, EndAck, ExportRows]);
export type ToMain = z.infer<typeof ToMainSchema>;

/** Parses a message for the worker; batches get the fast column check. Throws with a reason. */
export function parseToWorker(text: string): ToWorker {
  const msg = ToWorkerSchema.parse(JSON.parse(text));
  if (msg.t === 'batch') {
    const bad = checkColumns(msg.cols);
    if (bad) throw new Error(`batch ${msg.seq} of ${msg.importId}: ${bad}`);
  }
  return msg;
}

export function parseToMain(text: string): ToMain {
  return ToMainSchema.parse(JSON.parse(text));
}
