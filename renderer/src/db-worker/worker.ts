/**
 * The DB worker's entry (a module Web Worker built by Vite): opens the database, rebuilds the
 * index, says `ready`, then answers RPC requests from the UI thread and takes the data channel to
 * main when the UI thread hands it over (`connect-data`).
 */
import { AppError } from '../../../shared/errors';
import { openContext, type ContextOptions, type WorkerContext } from './context';
import { portLink, socketLink, type DataLink, type PortLike, type SocketLike } from './data-link';
import { createDispatcher, type Dispatcher } from './dispatch';
import type { RpcReply, WorkerEvent } from './protocol';
import { WorkerRegexRunner } from './regex/worker-runner';
import { createSink, type Sink } from './sink';

/** What the worker needs of its global scope (a fake in tests). */
export interface WorkerScope {
  postMessage(message: WorkerEvent | RpcReply): void;
  addEventListener(type: 'message', cb: (e: { data: unknown }) => void): void;
}

export interface StartOptions extends Omit<ContextOptions, 'emit'> {
  openSocket?(url: string): SocketLike;
}

export function startWorker(scope: WorkerScope, options: StartOptions = {}): Promise<WorkerContext> {
  const emit = (ev: WorkerEvent) => scope.postMessage(ev);
  const opening = openContext({ ...options, emit }).then(({ ctx, indexMs, readMs, buildMs }) => {
    emit({ type: 'ready', events: ctx.index.size, indexMs: Math.round(indexMs), readMs: Math.round(readMs), buildMs: Math.round(buildMs) });
    return { ctx, sink: createSink(ctx), rpc: createDispatcher(ctx, (reply) => scope.postMessage(reply)) };
  });
  opening.catch((e: unknown) => {
    const message = `the database could not be opened: ${e instanceof Error ? e.message : String(e)}`;
    emit({ type: 'start-failed', message });
    // Also surface it as the Worker's `error` event, which the UI thread listens to at start.
    setTimeout(() => { throw new Error(message); });
  });
  scope.addEventListener('message', (e) => {
    opening.then(
      ({ ctx, sink, rpc }) => onMessage(scope, ctx, sink, rpc, e.data, options),
      (err: unknown) => replyUnavailable(scope, e.data, err),
    );
  });
  return opening.then(({ ctx }) => ctx);
}

function onMessage(scope: WorkerScope, ctx: WorkerContext, sink: Sink, rpc: Dispatcher, data: unknown, options: StartOptions): void {
  const connect = connectTarget(data);
  if (connect) {
    try {
      attachLink(ctx, sink, connect.port ? portLink(connect.port) : socketLink(openSocket(connect.wsUrl ?? '', options)));
    } catch (e) {
      scope.postMessage({ type: 'start-failed', message: `the data channel could not be opened: ${(e as Error).message}` });
    }
    return;
  }
  rpc.receive(data);
}

export function attachLink(ctx: WorkerContext, sink: Sink, link: DataLink): void {
  const previous = ctx.link;
  ctx.link = link;
  if (previous) previous.close();
  link.onMessage((text) => { void sink.receive(text); });
  link.onClose(() => {
    if (ctx.link !== link) return;
    ctx.link = null;
    ctx.exportAcks.failAll(new AppError('no-data-channel', 'the data channel to main closed'));
  });
}

function connectTarget(data: unknown): { port?: PortLike; wsUrl?: string } | null {
  if (typeof data !== 'object' || data === null || (data as { type?: unknown }).type !== 'connect-data') return null;
  const { port, wsUrl } = data as { port?: unknown; wsUrl?: unknown };
  if (typeof wsUrl === 'string') return { wsUrl };
  if (typeof port === 'object' && port !== null && typeof (port as PortLike).postMessage === 'function') return { port: port as PortLike };
  return null;
}

function openSocket(url: string, options: StartOptions): SocketLike {
  if (!/^wss?:\/\//.test(url)) throw new AppError('invalid-input', `not a WebSocket URL: ${url}`);
  return options.openSocket ? options.openSocket(url) : new WebSocket(url);
}

function replyUnavailable(scope: WorkerScope, data: unknown, err: unknown): void {
  const id = typeof data === 'object' && data !== null && typeof (data as { id?: unknown }).id === 'number' ? (data as { id: number }).id : null;
  if (id === null) return;
  scope.postMessage({ id, ok: false, error: { code: 'internal', message: `the database is not open: ${err instanceof Error ? err.message : String(err)}` } });
}

if (typeof WorkerGlobalScope !== 'undefined' && globalThis instanceof WorkerGlobalScope) {
  // Regexes run in a worker of their own, terminated when a pattern runs past its budget.
  const regex = new WorkerRegexRunner(() => new Worker(new URL('./regex/regex-worker.ts', import.meta.url), { type: 'module', name: 'auditlens-regex' }));
  void startWorker(globalThis as unknown as WorkerScope, { regex }).catch(() => undefined);
}
