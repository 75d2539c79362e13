/**
 * Web mode's window.auditlens: the same contract as the Electron preload, carried over a
 * WebSocket to the loopback host. The session token comes from the page URL and the cookie.
 */
import type { AuditlensApi, FileRef } from '../../../shared/ipc/contract';
import { FileRefSchema } from '../../../shared/ipc/contract';

interface Pending { resolve(v: unknown): void; reject(e: Error): void }

export function createWebBridge(loc: Location = window.location): AuditlensApi {
  const token = new URLSearchParams(loc.search).get('token') ?? '';
  const wsBase = `${loc.protocol === 'https:' ? 'wss' : 'ws'}://${loc.host}`;
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let socket: Promise<WebSocket> | null = null;

  function connect(): Promise<WebSocket> {
    if (socket) return socket;
    socket = new Promise((resolve, reject) => {
      const ws = new WebSocket(`${wsBase}/rpc?token=${encodeURIComponent(token)}`);
      ws.onopen = () => resolve(ws);
      ws.onerror = () => reject(new Error('cannot reach the Auditlens host; is "npm run web" still running?'));
      ws.onclose = () => {
        socket = null;
        for (const p of pending.values()) p.reject(new Error('the connection to the Auditlens host closed'));
        pending.clear();
      };
      ws.onmessage = (ev) => {
        const msg = JSON.parse(String(ev.data)) as { id: number; result: unknown };
        const p = pending.get(msg.id);
        if (p) { pending.delete(msg.id); p.resolve(msg.result); }
      };
    });
    return socket;
  }

  return {
    mode: 'web',
    async invoke(name, input) {
      const ws = await connect();
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        ws.send(JSON.stringify({ id, name, input }));
      });
    },
    on() {
      // The web host pushes no events yet; imports report through the DB worker.
      return () => undefined;
    },
    async dataChannel() {
      return { wsUrl: `${wsBase}/data?token=${encodeURIComponent(token)}` };
    },
    async fileRefs(files: File[]): Promise<FileRef[]> {
      const refs: FileRef[] = [];
      for (const f of files) {
        const res = await fetch(`/upload?name=${encodeURIComponent(f.name)}`, { method: 'POST', body: f, headers: { 'x-auditlens-token': token } });
        if (!res.ok) throw new Error(`${f.name}: upload refused (${res.status} ${await res.text()})`);
        refs.push(FileRefSchema.parse(await res.json()));
      }
      return refs;
    },
  };
}
