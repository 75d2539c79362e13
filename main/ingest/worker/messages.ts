/**
 * Messages between main's ingest job and the ingest worker thread. The batch frame is the exact
 * data-channel message (shared/batch-frame.ts), so main forwards it without reading it; `seq` and
 * `progress` ride beside it so that main can acknowledge and report without decoding it.
 */
import { IngestTextSchema } from '../../../shared/model/ingest-text';
import type { IngestOptions, IngestResult } from '../pipeline';

/** What the worker receives as workerData: an AbortSignal cannot cross threads. */
export type WorkerOptions = Omit<IngestOptions, 'signal'>;

/** workerData of a worker started ahead of its import: it waits for `start` with the options. */
export const SPARE = 'spare';

export type ToIngestWorker = { type: 'ack'; seq: number } | { type: 'cancel' } | { type: 'start'; options: WorkerOptions };

export type FromIngestWorker =
  | { type: 'batch'; seq: number; frame: ArrayBuffer; read: number; rejected: number }
  | { type: 'done'; result: IngestResult };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Checks a message from the worker; null when it is not one we know. */
export function parseFromWorker(v: unknown): FromIngestWorker | null {
  if (!isObject(v)) return null;
  if (v.type === 'batch') {
    const ok = Number.isInteger(v.seq) && v.frame instanceof ArrayBuffer && Number.isInteger(v.read) && Number.isInteger(v.rejected);
    return ok ? (v as FromIngestWorker) : null;
  }
  if (v.type === 'done' && isObject(v.result) && typeof v.result.status === 'string' && typeof v.result.message === 'string') {
    if (v.result.text !== undefined && !IngestTextSchema.safeParse(v.result.text).success) return null;
    return v as FromIngestWorker;
  }
  return null;
}

/** Checks a message from main; null when it is not one we know. */
export function parseToWorker(v: unknown): ToIngestWorker | null {
  if (!isObject(v)) return null;
  if (v.type === 'cancel') return { type: 'cancel' };
  if (v.type === 'ack' && Number.isInteger(v.seq)) return { type: 'ack', seq: v.seq as number };
  return null;
}

/** Checks workerData; a reason when it is not usable. */
export function checkWorkerOptions(v: unknown): string | null {
  if (!isObject(v)) return 'workerData is not an object';
  for (const k of ['filePath', 'fileName', 'importId', 'timeZone'] as const) if (typeof v[k] !== 'string') return `workerData.${k} is not a string`;
  if (v.encoding !== undefined && typeof v.encoding !== 'string') return 'workerData.encoding is not a string';
  if (v.batchSize !== undefined && typeof v.batchSize !== 'number') return 'workerData.batchSize is not a number';
  if (v.highWaterMark !== undefined && typeof v.highWaterMark !== 'number') return 'workerData.highWaterMark is not a number';
  if (v.entry !== undefined && typeof v.entry !== 'string') return 'workerData.entry is not a string';
  if (v.entryIndex !== undefined && !Number.isInteger(v.entryIndex)) return 'workerData.entryIndex is not an integer';
  if (v.size !== undefined && typeof v.size !== 'number') return 'workerData.size is not a number';
  if (v.growingSize !== undefined && !(Number.isSafeInteger(v.growingSize) && (v.growingSize as number) > 0)) return 'workerData.growingSize is not a positive integer';
  if (v.mappings !== undefined && !Array.isArray(v.mappings)) return 'workerData.mappings is not an array';
  if (v.csvThreadMinBytes !== undefined && !(Number.isSafeInteger(v.csvThreadMinBytes) && (v.csvThreadMinBytes as number) >= 0)) return 'workerData.csvThreadMinBytes is not a whole number of bytes';
  return null;
}
