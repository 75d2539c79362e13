/**
 * A worker context on fake-indexeddb with a recording data link, for the DB-worker tests.
 * The test file must import 'fake-indexeddb/auto' first.
 */
import type { ToMain } from '../../../../shared/data-channel';
import { openContext, type WorkerContext } from '../context';
import type { DataLink } from '../data-link';
import type { WorkerEvent } from '../protocol';
import { createSink, type Sink } from '../sink';

export interface Harness {
  ctx: WorkerContext;
  sink: Sink;
  /** what the worker sent to main */
  sent: ToMain[];
  /** what the worker told the UI thread */
  events: WorkerEvent[];
  /** answers main would give to export rows (set by a test to simulate the acking peer) */
  onSend(cb: (msg: ToMain) => void): void;
  lastSent(): ToMain;
}

let dbCounter = 0;
export const freshDbName = () => `auditlens-test-${Date.now()}-${dbCounter++}`;

export async function openHarness(dbName = freshDbName()): Promise<Harness> {
  const events: WorkerEvent[] = [];
  const sent: ToMain[] = [];
  const listeners: ((msg: ToMain) => void)[] = [];
  const { ctx } = await openContext({ dbName, dataChangedMs: 0, progressMs: 0, emit: (e) => events.push(e) });
  const link: DataLink = {
    send: (text) => {
      const msg = JSON.parse(text) as ToMain;
      sent.push(msg);
      for (const cb of listeners) cb(msg);
    },
    onMessage: () => undefined,
    onClose: () => undefined,
    close: () => undefined,
  };
  ctx.link = link;
  return {
    ctx, sink: createSink(ctx), sent, events,
    onSend: (cb) => { listeners.push(cb); },
    lastSent: () => sent[sent.length - 1],
  };
}
