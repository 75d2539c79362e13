/**
 * The worker's RPC handlers: a request from the UI thread is validated, dispatched to its method
 * and answered with an `ok`/`error` envelope; nothing is thrown across the boundary.
 */
import { AppError, type ErrorCode } from '../../../shared/errors';
import type { Reject } from '../../../shared/model/import';
import type { WorkerContext } from './context';
import { streamExport } from './export-stream';
import { streamRejects } from './reject-export';
import type { Query } from '../../../shared/filter/tree';
import { RpcRequestSchema, type RpcMethods, type RpcReply, type RpcRequest } from './protocol';
import { NOT_CANCELLED, type CancelToken } from './query/cancel';
import { detailFields } from './query/detail-fields';
import { facetCounts, valueList } from './query/facets';
import { histogram } from './query/histogram';
import { materialize } from './query/materialize';
import { sourceSummaries, stats } from './query/summaries';

type Handlers = {
  [M in keyof RpcMethods]: (ctx: WorkerContext, params: Extract<RpcRequest, { method: M }>['params'], token: CancelToken) => Promise<RpcMethods[M]['result']>;
};

async function selection(ctx: WorkerContext, query: Query, token: CancelToken): Promise<Int32Array> {
  const { positions } = await ctx.selections.get(ctx.index, query, { regex: ctx.regex, token });
  token.check();
  return positions;
}

const handlers: Handlers = {
  async count(ctx, query, token) {
    const t0 = performance.now();
    const positions = await selection(ctx, query, token);
    return { total: positions.length, ms: performance.now() - t0 };
  },
  async page(ctx, { query, start, end }, token) {
    const t0 = performance.now();
    const positions = await selection(ctx, query, token);
    const rows = await materialize(ctx.index, ctx.chunkCache, positions.subarray(Math.min(start, positions.length), Math.min(end, positions.length)));
    return { rows, total: positions.length, ms: performance.now() - t0 };
  },
  async sources(ctx) {
    return sourceSummaries(ctx.index);
  },
  async imports(ctx) {
    return ctx.db.imports.orderBy('startedAt').reverse().toArray();
  },
  async rejects(ctx, { importId, offset, limit }) {
    // Dexie collections are mutated by offset/limit: one per use.
    const stored = () => ctx.db.rejects.where('importId').equals(importId);
    const [rows, kept, record] = await Promise.all([stored().offset(offset).limit(limit).toArray(), stored().count(), ctx.db.imports.get(importId)]);
    const plain: Reject[] = rows.map((r) => ({ importId: r.importId, line: r.line, reason: r.reason, ...(r.text ? { text: r.text } : {}), raw: r.raw }));
    return { rows: plain, total: Math.max(kept, record?.rejected ?? 0), kept };
  },
  async exportRows(ctx, req, token) {
    const positions = await selection(ctx, req.query, token);
    return streamExport({
      index: ctx.index, chunkCache: ctx.chunkCache, acks: ctx.exportAcks, positions,
      send: (m) => ctx.send(m), emit: ctx.emit,
    }, req);
  },
  async exportRejects(ctx, req) {
    return streamRejects({ db: ctx.db, acks: ctx.exportAcks, send: (m) => ctx.send(m) }, req);
  },
  async stats(ctx) {
    return stats(ctx.index);
  },
  async facets(ctx, { query, field, limit }, token) {
    const t0 = performance.now();
    const positions = await selection(ctx, query, token);
    return { values: facetCounts(ctx.index, positions, field, limit), total: positions.length, ms: performance.now() - t0 };
  },
  async histogram(ctx, { query, zone, buckets }, token) {
    const t0 = performance.now();
    const positions = await selection(ctx, query, token);
    return { ...histogram(ctx.index, positions, query.period, zone, buckets), ms: performance.now() - t0 };
  },
  async summary(ctx, { query, facets, limit, zone, buckets }, token) {
    const t0 = performance.now();
    const positions = await selection(ctx, query, token);
    const out: Record<string, ReturnType<typeof facetCounts>> = {};
    for (const field of facets) out[field] = facetCounts(ctx.index, positions, field, limit);
    const hist = histogram(ctx.index, positions, query.period, zone, buckets);
    return { total: positions.length, facets: out, histogram: hist, ms: performance.now() - t0 };
  },
  async values(ctx, { field, prefix, limit, query }, token) {
    const t0 = performance.now();
    const positions = query ? await selection(ctx, query, token) : null;
    return { values: valueList(ctx.index, field, prefix, limit, positions), ms: performance.now() - t0 };
  },
  async fields(ctx) {
    return { details: detailFields(ctx.index) };
  },
  async getSetting(ctx, { key }) {
    const row = await ctx.db.settings.get(key);
    return { value: row?.value };
  },
  async putSetting(ctx, { key, value }) {
    await ctx.db.settings.put({ key, value });
    return { ok: true as const };
  },
};

/** Answers one request; `raw` is whatever the UI thread posted; `token` cancels it (its lane's). */
export async function handleRpc(ctx: WorkerContext, raw: unknown, token: CancelToken = NOT_CANCELLED): Promise<RpcReply> {
  const parsed = RpcRequestSchema.safeParse(raw);
  if (!parsed.success) {
    const id = typeof raw === 'object' && raw !== null && typeof (raw as { id?: unknown }).id === 'number' ? (raw as { id: number }).id : -1;
    const what = parsed.error.issues.slice(0, 3).map((i) => `${i.path.map(String).join('.') || '(request)'}: ${i.message}`).join('; ');
    return { id, ok: false, error: { code: 'invalid-input', message: `bad request: ${what}` } };
  }
  const req = parsed.data;
  try {
    const handler = handlers[req.method] as (ctx: WorkerContext, params: unknown, token: CancelToken) => Promise<unknown>;
    return { id: req.id, ok: true, value: await handler(ctx, req.params, token) };
  } catch (e) {
    return { id: req.id, ok: false, error: toError(e) };
  }
}

function toError(e: unknown): { code: ErrorCode; message: string } {
  if (e instanceof AppError) return { code: e.code, message: e.message };
  const name = e instanceof Error ? e.name : '';
  // Dexie/IndexedDB failures (quota, closed database) carry their own names.
  return { code: 'internal', message: e instanceof Error ? `${name ? `${name}: ` : ''}${e.message}` : String(e) };
}
