/**
 * The UI thread's client of the DB worker: typed async methods for its RPC, subscriptions to its
 * unsolicited messages, and the hand-over of the data channel. Replies are checked for the
 * envelope's shape; the worker validates every request.
 */
import { z } from 'zod';
import { AppError, ERROR_CODES } from '../../../shared/errors';
import type { ConnectData, RpcMethods, WorkerEvent, WorkerEventType } from '../db-worker/protocol';

type Method = keyof RpcMethods;
type Result<M extends Method> = RpcMethods[M]['result'];

/** What the client needs of a Worker (a fake in tests). */
export interface WorkerLike {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  addEventListener(type: 'message', cb: (e: MessageEvent) => void): void;
  terminate(): void;
}

/**
 * `lane` names what a call is for (`count`, `summary`, `grid-page`…). A newer call on the same lane
 * supersedes an older one: the older promise rejects at once with an AppError whose code is
 * `superseded` (callers ignore it), and the worker does not run it if it has not started. Calls
 * that are all wanted at once (the grid's blocks, count beside page) must not share a lane.
 */
export interface CallOptions { lane?: string }

export interface DbClient {
  count(query: RpcMethods['count']['params'], opts?: CallOptions): Promise<Result<'count'>>;
  page(params: RpcMethods['page']['params'], opts?: CallOptions): Promise<Result<'page'>>;
  sources(): Promise<Result<'sources'>>;
  imports(): Promise<Result<'imports'>>;
  rejects(params: RpcMethods['rejects']['params']): Promise<Result<'rejects'>>;
  exportRows(params: RpcMethods['exportRows']['params']): Promise<Result<'exportRows'>>;
  exportRejects(params: RpcMethods['exportRejects']['params']): Promise<Result<'exportRejects'>>;
  stats(): Promise<Result<'stats'>>;
  facets(params: RpcMethods['facets']['params'], opts?: CallOptions): Promise<Result<'facets'>>;
  histogram(params: RpcMethods['histogram']['params'], opts?: CallOptions): Promise<Result<'histogram'>>;
  summary(params: RpcMethods['summary']['params'], opts?: CallOptions): Promise<Result<'summary'>>;
  values(params: RpcMethods['values']['params'], opts?: CallOptions): Promise<Result<'values'>>;
  fields(params?: RpcMethods['fields']['params'], opts?: CallOptions): Promise<Result<'fields'>>;
  getSetting(key: string): Promise<unknown>;
  putSetting(key: string, value: unknown): Promise<void>;
  /** Subscribes to one kind of unsolicited worker message; returns the unsubscribe. */
  on<T extends WorkerEventType>(type: T, cb: (msg: Extract<WorkerEvent, { type: T }>) => void): () => void;
  /** Hands the bulk data channel to main over to the worker (the port is transferred). */
  connectData(target: { port: MessagePort } | { wsUrl: string }): void;
  /** Stops the worker; pending calls fail. */
  dispose(): void;
}

const ReplySchema = z.union([
  z.object({ id: z.number(), ok: z.literal(true), value: z.unknown() }),
  z.object({ id: z.number(), ok: z.literal(false), error: z.object({ code: z.string(), message: z.string() }) }),
]);
const EventSchema = z.object({ type: z.enum(['ready', 'start-failed', 'import-progress', 'import-done', 'data-changed', 'export-progress']) }).loose();

interface Pending { resolve(v: unknown): void; reject(e: Error): void; lane?: string }

export function createDbClient(worker: WorkerLike): DbClient {
  let nextId = 1;
  const pending = new Map<number, Pending>();
  const subscribers = new Map<WorkerEventType, Set<(msg: WorkerEvent) => void>>();
  /** the latest call per lane */
  const lanes = new Map<string, number>();

  worker.addEventListener('message', (e) => {
    const event = EventSchema.safeParse(e.data);
    if (event.success) {
      for (const cb of subscribers.get(event.data.type) ?? []) cb(e.data as WorkerEvent);
      return;
    }
    const reply = ReplySchema.safeParse(e.data);
    if (!reply.success) return;
    const p = pending.get(reply.data.id);
    if (!p) return;
    pending.delete(reply.data.id);
    if (p.lane !== undefined && lanes.get(p.lane) === reply.data.id) lanes.delete(p.lane);
    if (reply.data.ok) p.resolve(reply.data.value);
    else p.reject(toAppError(reply.data.error));
  });

  function call<M extends Method>(method: M, params: RpcMethods[M]['params'], opts: CallOptions = {}): Promise<Result<M>> {
    const id = nextId++;
    const { lane } = opts;
    if (lane !== undefined) {
      const older = lanes.get(lane);
      const p = older === undefined ? undefined : pending.get(older);
      if (older !== undefined && p) {
        pending.delete(older);
        p.reject(new AppError('superseded', `a newer request on the lane "${lane}" replaced this one`, { lane }));
      }
      lanes.set(lane, id);
    }
    return new Promise<Result<M>>((resolve, reject) => {
      pending.set(id, { resolve: (v) => resolve(v as Result<M>), reject, lane });
      worker.postMessage(lane === undefined ? { id, method, params } : { id, method, params, lane });
    });
  }

  return {
    count: (query, opts) => call('count', query, opts),
    page: (params, opts) => call('page', params, opts),
    sources: () => call('sources', {}),
    imports: () => call('imports', {}),
    rejects: (params) => call('rejects', params),
    exportRows: (params) => call('exportRows', params),
    exportRejects: (params) => call('exportRejects', params),
    stats: () => call('stats', {}),
    facets: (params, opts) => call('facets', params, opts),
    histogram: (params, opts) => call('histogram', params, opts),
    summary: (params, opts) => call('summary', params, opts),
    values: (params, opts) => call('values', params, opts),
    fields: (params, opts) => call('fields', params ?? {}, opts),
    getSetting: async (key) => (await call('getSetting', { key })).value,
    putSetting: async (key, value) => { await call('putSetting', { key, value }); },
    on(type, cb) {
      const set = subscribers.get(type) ?? new Set();
      subscribers.set(type, set);
      const listener = cb as (msg: WorkerEvent) => void;
      set.add(listener);
      return () => { set.delete(listener); };
    },
    connectData(target) {
      if ('port' in target) {
        const msg: ConnectData = { type: 'connect-data', port: target.port };
        worker.postMessage(msg, [target.port]);
      } else {
        const msg: ConnectData = { type: 'connect-data', wsUrl: target.wsUrl };
        worker.postMessage(msg);
      }
    },
    dispose() {
      worker.terminate();
      const err = new AppError('internal', 'the database worker was stopped');
      for (const p of pending.values()) p.reject(err);
      pending.clear();
    },
  };
}

function toAppError(e: { code: string; message: string }): AppError {
  const code = (ERROR_CODES as readonly string[]).includes(e.code) ? (e.code as AppError['code']) : 'internal';
  return new AppError(code, e.message);
}
