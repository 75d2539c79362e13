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
import type { DetailField } from './query/detail-fields';
import type { Histogram, HistogramUnit } from './query/histogram';
import type { FacetValue, SourceSummary, Stats } from './query/summaries';
import { RejectExportParams, type RejectExportRequest } from './reject-export';

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
const FieldName = z.string().min(1).max(200);
const Limit = z.number().int().min(1).max(10_000);
const Zone = z.string().refine(isValidTimeZone, { message: 'unknown time zone' });
/** Bars a histogram aims at; the bucket size is picked so that there are at most about this many. */
const Buckets = z.number().int().min(1).max(1000).optional();
const FacetParams = z.object({ query: QuerySchema, field: FieldName, limit: Limit });
const HistogramParams = z.object({ query: QuerySchema, zone: Zone, buckets: Buckets });
const SummaryParams = z.object({ query: QuerySchema, facets: z.array(FieldName).max(50), limit: Limit, zone: Zone, buckets: Buckets });
const ValuesParams = z.object({ field: FieldName, prefix: z.string().max(1000), limit: Limit, query: QuerySchema.optional() });

/** Preferences (issue #5): short keys such as `ui` or `columns`; values are plain JSON data. */
const SettingKey = z.string().min(1).max(200);
const GetSettingParams = z.object({ key: SettingKey });
const PutSettingParams = z.object({ key: SettingKey, value: z.json() });

/**
 * A lane names what a call is for (`count`, `summary`, `grid`…): a newer call on the same lane
 * supersedes an older one that has not started (it is answered `superseded` without running).
 */
export const LaneSchema = z.string().min(1).max(100);

function request<M extends string, P extends z.ZodType>(method: M, params: P) {
  return z.object({ id: z.number().int(), method: z.literal(method), params, lane: LaneSchema.optional() });
}

export const RpcRequestSchema = z.discriminatedUnion('method', [
  request('count', QuerySchema),
  request('page', PageParams),
  request('sources', NoParams),
  request('imports', NoParams),
  request('rejects', RejectsParams),
  request('exportRows', ExportParams),
  request('exportRejects', RejectExportParams),
  request('stats', NoParams),
  request('facets', FacetParams),
  request('histogram', HistogramParams),
  request('summary', SummaryParams),
  request('values', ValuesParams),
  request('fields', NoParams),
  request('getSetting', GetSettingParams),
  request('putSetting', PutSettingParams),
]);
export type RpcRequest = z.infer<typeof RpcRequestSchema>;
export type RpcMethod = RpcRequest['method'];

export type PageRequest = z.infer<typeof PageParams>;
export type RejectsRequest = z.infer<typeof RejectsParams>;
export type ExportRequest = z.infer<typeof ExportParams>;
export type FacetRequest = z.infer<typeof FacetParams>;
export type HistogramRequest = z.infer<typeof HistogramParams>;
export type SummaryRequest = z.infer<typeof SummaryParams>;
export type ValuesRequest = z.infer<typeof ValuesParams>;

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
  /** the import's stored rejects (line, reason, raw text, file) to main's CSV writer; resolves when main has them all */
  exportRejects: { params: RejectExportRequest; result: { rows: number } };
  stats: { params?: Record<string, never>; result: Stats };
  /**
   * Values of `field` (any filter field but `time` and `text`, or `details.<key>`) over the
   * query's selection, most frequent first. `actor` values are the person's email (else login,
   * else name) with the display text as `label`, so that `actor eq value` selects them.
   */
  facets: { params: FacetRequest; result: { values: FacetValue[]; total: number; ms: number } };
  /**
   * Events per time bucket and status. Buckets are aligned to `zone` (days start at local
   * midnight, weeks on Monday, months on the 1st); their size is picked from the range — the
   * query's period when both ends are set, else the selection's own first and last event — so
   * that there are at most about `buckets` (default 80) of them. An empty selection without a
   * closed period gives no buckets (`edges` empty).
   */
  histogram: { params: HistogramRequest; result: Histogram };
  /** Count, facets of every field in `facets` (top `limit` each) and the histogram of one query. */
  summary: { params: SummaryRequest; result: { total: number; facets: Record<string, FacetValue[]>; histogram: Histogram; ms: number } };
  /**
   * Known values of `field` (as facets: any field but `time` and `text`, or `details.<key>`) whose
   * text starts with or contains `prefix`, ignoring case, most frequent first; over every stored
   * event, or over `query`'s selection. For autocompletion and value pickers. `actor` lists the
   * names, emails and logins (each one is a value `actor eq` accepts).
   */
  values: { params: ValuesRequest; result: { values: FacetValue[]; ms: number } };
  /** The `details.<key>` keys the stored events hold: events with a value, and the sources they come from. */
  fields: { params?: Record<string, never>; result: { details: DetailField[] } };
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

export type { DetailField, FacetValue, Histogram, HistogramUnit, SourceSummary, Stats };
