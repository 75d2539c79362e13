/**
 * Starts the DB worker once, hands it the bulk data channel from main, and exposes its client.
 * Electron posts a MessagePort to the window; web mode gives a WebSocket URL.
 */
import { createDbClient, type DbClient } from './db-client';
import { DATA_PORT_CHANNEL } from '../../../shared/ipc/channels';
import { api } from './ipc-client';

let client: DbClient | null = null;
/** The worker's `ready` message: how long rebuilding the index took (shown by `npm run bench`). */
let startup: { events: number; indexMs: number; readMs: number; buildMs: number } | null = null;

export function startupTimings(): typeof startup {
  return startup;
}

export function db(): DbClient {
  if (!client) throw new Error('the database is not started yet');
  return client;
}

function waitForWindowPort(name: string): Promise<MessagePort> {
  return new Promise((resolve) => {
    const onMessage = (ev: MessageEvent) => {
      if (ev.source === window && ev.data === name && ev.ports[0]) {
        window.removeEventListener('message', onMessage);
        resolve(ev.ports[0]);
      }
    };
    window.addEventListener('message', onMessage);
  });
}

/** Resolves when the worker has opened the database and rebuilt its index. */
export async function startDb(): Promise<{ events: number; indexMs: number }> {
  const worker = new Worker(new URL('../db-worker/worker.ts', import.meta.url), { type: 'module', name: 'auditlens-db' });
  client = createDbClient(worker);
  const ready = new Promise<{ events: number; indexMs: number }>((resolve, reject) => {
    const off = client!.on('ready', (m) => {
      off();
      startup = { events: m.events, indexMs: m.indexMs, readMs: m.readMs, buildMs: m.buildMs };
      resolve({ events: m.events, indexMs: m.indexMs });
    });
    client!.on('start-failed', (m) => reject(new Error(m.message)));
    worker.addEventListener('error', (e) => reject(new Error(`the database worker failed: ${e.message}`)));
  });
  // Listen before asking: Electron may post the port before dataChannel() resolves.
  const portArrival = api().mode === 'electron' ? waitForWindowPort(DATA_PORT_CHANNEL) : null;
  const channel = await api().dataChannel();
  if ('wsUrl' in channel) {
    client.connectData({ wsUrl: channel.wsUrl });
  } else {
    const port = await Promise.race([
      portArrival ?? waitForWindowPort(channel.windowMessage),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('main did not hand over the data channel')), 10_000)),
    ]);
    client.connectData({ port });
  }
  return ready;
}
