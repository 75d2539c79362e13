/**
 * Web mode's window.auditlens: the same contract as the Electron preload, carried over a
 * WebSocket to the loopback host. The session token comes from the page URL and the cookie.
 */
import type { AuditlensApi, FileRef, UploadWatch } from '../../../shared/ipc/contract';
import { FileRefSchema } from '../../../shared/ipc/contract';
import { uploadFile } from './upload-file';

interface Pending { resolve(v: unknown): void; reject(e: Error): void }

/**
 * The files' bytes, one after the other, while their imports already read them. When one stops
 * (Cancel, an error), the host is told that the rest will not come, so that their imports stop
 * rather than wait for bytes.
 */
async function sendBytes(token: string, files: File[], refs: FileRef[], watch: UploadWatch | undefined): Promise<void> {
  const signal = watch?.signal ?? new AbortController().signal;
  for (const [index, file] of files.entries()) {
    if (file.size === 0) continue; // complete as it is
    const onProgress = (loaded: number, total: number) => watch?.onProgress({ fileName: file.name, index, count: files.length, loaded, total });
    try {
      await uploadFile({ file, url: `/upload/data?ref=${encodeURIComponent(refs[index].ref)}`, token, onProgress, signal });
    } catch (e) {
      for (const r of refs.slice(index)) {
        void fetch(`/upload/cancel?ref=${encodeURIComponent(r.ref)}`, { method: 'POST', headers: { 'x-auditlens-token': token } }).catch(() => undefined);
      }
      throw e;
    }
  }
}

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
    async fileRefs(files: File[], watch?: UploadWatch): Promise<FileRef[]> {
      const refs: FileRef[] = [];
      for (const file of files) {
        const res = await fetch(`/upload/open?name=${encodeURIComponent(file.name)}&size=${file.size}`, { method: 'POST', headers: { 'x-auditlens-token': token } });
        if (!res.ok) throw new Error(`${file.name}: upload refused (${res.status} ${await res.text()})`);
        refs.push(FileRefSchema.parse(await res.json()));
      }
      void sendBytes(token, files, refs, watch).then(() => watch?.onEnd(null), (e: Error) => watch?.onEnd(e));
      return refs;
    },
  };
}
