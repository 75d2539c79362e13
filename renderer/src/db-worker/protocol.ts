/**
 * The RPC between the UI thread and the DB worker: request schemas (validated in the worker), the
 * result type of each method, and the worker's unsolicited messages. The UI side imports types only.
 */
import { z } from 'zod';
import type { TransferableError } from '../../../shared/errors';
import { QuerySchema, type Query } from '../../../shared/filter/tree';
import type { AuditEvent } from '../../../shared/model/event';
import type { ImportRecord, Reject } from '../../../shared/model/import';
import { isValidTimeZone } from '../../../shared/util/timezone';
import type { FacetValue, SourceSummary, Stats } from './query/summaries';

export const MAX_PAGE_ROWS = 10_000;

const NoParams = z.object({}).strict().optional();
const PageParams = z.object({
  query: QuerySchema,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
}).refine((p) => p.end >= p.start && p.end - p.start <= MAX_PAGE_ROWS, { message: `end must be within ${MAX_PAGE_ROWS} rows after start` });
const RejectsParams = z.object({
  importId: z.string().min(1),
  offset: z.number().int().nonnegative(),
  limit: z.number().int().min(1).max(MAX_PAGE_ROWS),
});
const ExportParams = z.object({
  exportId: z.string().min(1).max(200),
  query: QuerySchema,
  columns: z.array(z.object({ header: z.string().max(1000), value: z.string().min(1).max(200) })).min(1).max(500),
  timeZone: z.string().refine(isValidTimeZone, { message: 'unknown time zone' }),
});
const FacetParams = z.object({
  query: QuerySchema,
  field: z.string().min(1).max(200),
  limit: z.number().int().min(1).max(10_000),
});

/** Preferences (issue #5): short keys such as `ui` or `columns`; values are plain JSON data. */
const SettingKey = z.string().min(1).max(200);
const GetSettingParams = z.object({ key: SettingKey });
const PutSettingParams = z.object({ key: SettingKey, value: z.json() });

export const RpcRequestSchema = z.discriminatedUnion('method', [
  z.object({ id: z.number().int(), method: z.literal('count'), params: QuerySchema }),
  z.object({ id: z.number().int(), method: z.literal('page'), params: PageParams }),
  z.object({ id: z.number().int(), method: z.literal('sources'), params: NoParams }),
  z.object({ id: z.number().int(), method: z.literal('imports'), params: NoParams }),
  z.object({ id: z.number().int(), method: z.literal('rejects'), params: RejectsParams }),
  z.object({ id: z.number().int(), method: z.literal('exportRows'), params: ExportParams }),
  z.object({ id: z.number().int(), method: z.literal('stats'), params: NoParams }),
  z.object({ id: z.number().int(), method: z.literal('facets'), params: FacetParams }),
  z.object({ id: z.number().int(), method: z.literal('getSetting'), params: GetSettingParams }),
  z.object({ id: z.number().int(), method: z.literal('putSetting'), params: PutSettingParams }),
]);
export type RpcRequest = z.infer<typeof RpcRequestSchema>;
export type RpcMethod = RpcRequest['method'];

export type PageRequest = z.infer<typeof PageParams>;
export type RejectsRequest = z.infer<typeof RejectsParams>;
export type ExportRequest = z.infer<typeof ExportParams>;
export type FacetRequest = z.infer<typeof FacetParams>;

/** Parameters and result of every method. */
export interface RpcMethods {
  count: { params: Query; result: { total: number; ms: number } };
  page: { params: PageRequest; result: { rows: AuditEvent[]; total: number; ms: number } };
  sources: { params?: Record<string, never>; result: SourceSummary[] };
  /** newest first */
  imports: { params?: Record<string, never>; result: ImportRecord[] };
  /** `total`: the import's exact rejected count; `kept`: how many are stored (at most MAX_REJECTS_KEPT) */
  rejects: { params: RejectsRequest; result: { rows: Reject[]; total: number; kept: number } };
  /** resolves when main has acknowledged the last rows */
  exportRows: { params: ExportRequest; result: { rows: number } };
  stats: { params?: Record<string, never>; result: Stats };
  facets: { params: FacetRequest; result: { values: FacetValue[]; total: number; ms: number } };
  /** `value` is undefined when the key was never written; readers restore it through a schema */
  getSetting: { params: { key: string }; result: { value: unknown } };
  putSetting: { params: { key: string; value: unknown }; result: { ok: true } };
}

export type RpcReply =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: Pick<TransferableError, 'code' | 'message'> };

export interface ImportProgressEvent {
  type: 'import-progress';
  importId: string; fileName: string; read: number; rejected: number; added: number; duplicates: number;
  bytesRead: number; bytesTotal: number;
}

/** Messages the worker sends without being asked. */
export type WorkerEvent =
  /** `indexMs` = rebuilding the index at open, of which `readMs` waiting for IndexedDB and `buildMs` indexing */
  | { type: 'ready'; events: number; indexMs: number; readMs: number; buildMs: number }
  /** the database could not be opened; the worker also throws so the Worker's error event fires */
  | { type: 'start-failed'; message: string }
  | ImportProgressEvent
  | { type: 'import-done'; record: ImportRecord }
  | { type: 'data-changed' }
  | { type: 'export-progress'; exportId: string; rows: number };
export type WorkerEventType = WorkerEvent['type'];

/** How the UI thread hands the bulk data channel to the worker. */
export type ConnectData = { type: 'connect-data'; port: MessagePort } | { type: 'connect-data'; wsUrl: string };

export type { FacetValue, SourceSummary, Stats };
