/**
 * Messages on the bulk data channel between main (ingest, export writers) and the renderer's DB
 * worker, over a MessagePort (Electron) or a WebSocket (web mode). Import batches are binary
 * (batch-frame.ts: packed chunks, no JSON per event); every other message is JSON text.
 * Every batch is acknowledged after its IndexedDB transaction commits: main never runs ahead.
 */
import { z } from 'zod';
import { decodeBatchFrame, type BatchFrame, type ImportProgress } from './batch-frame';
import { MappingRequestSchema } from './mapping/column-mapping';
import { ImportRecordSchema } from './model/import';
import { IngestTextSchema } from './model/ingest-text';

export type { ImportProgress };

const ImportBegin = z.object({ t: z.literal('import-begin'), record: ImportRecordSchema });
const ImportEnd = z.object({
  t: z.literal('import-end'),
  importId: z.string(),
  patch: ImportRecordSchema.pick({ status: true, message: true, messageText: true, read: true, rejected: true, sha256: true, encoding: true, sourceId: true, format: true }),
});
/**
 * rolls back every chunk of the import; the record stays with its status (`skipped`: an archive entry
 * that proved not to be a log; `needs-mapping`: with `mappingRequest`; `replaced`: a finished import read again)
 */
const ImportAbort = z.object({
  t: z.literal('import-abort'), importId: z.string(), status: z.enum(['cancelled', 'failed', 'skipped', 'needs-mapping', 'replaced']), message: z.string(),
  messageText: IngestTextSchema.optional(), mappingRequest: MappingRequestSchema.optional(),
});
const ExportAck = z.object({ t: z.literal('export-ack'), exportId: z.string(), seq: z.number().int() });
const ExportCancel = z.object({ t: z.literal('export-cancel'), exportId: z.string(), message: z.string() });

export const ToWorkerSchema = z.discriminatedUnion('t', [ImportBegin, ImportEnd, ImportAbort, ExportAck, ExportCancel]);
/** A message for the worker: a JSON one, or a decoded batch. */
export type ToWorker = z.infer<typeof ToWorkerSchema> | ImportBatchMsg;
/** A batch as the worker handles it: checked chunks, not yet deduplicated. */
export type ImportBatchMsg = { t: 'batch' } & BatchFrame;

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

/**
 * Parses a message for the worker: text through the schemas, binary as a batch frame (decoded and
 * checked chunk by chunk). Throws with a reason.
 */
export function parseToWorker(data: string | ArrayBuffer | ArrayBufferView): ToWorker {
  if (typeof data !== 'string') return { t: 'batch', ...decodeBatchFrame(data) };
  return ToWorkerSchema.parse(JSON.parse(data));
}

export function parseToMain(text: string): ToMain {
  return ToMainSchema.parse(JSON.parse(text));
}
