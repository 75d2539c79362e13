/**
 * The whole surface the page gets: window.auditlens with invoke/on over an allowlist of names,
 * the data port hand-off, and dropped-file refs. No schema library, no app logic here.
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { CHANNEL_PREFIX, DATA_PORT_CHANNEL, isCommandName, isEventName } from '../shared/ipc/channels';

ipcRenderer.on(DATA_PORT_CHANNEL, (event) => {
  // MessagePorts cannot cross contextBridge; window.postMessage can transfer them to the page.
  window.postMessage(DATA_PORT_CHANNEL, window.location.origin, event.ports);
});

contextBridge.exposeInMainWorld('auditlens', {
  mode: 'electron',
  invoke: (name: unknown, input: unknown) => {
    if (!isCommandName(name)) return Promise.resolve({ ok: false, error: { code: 'unknown-command', message: `unknown command ${String(name)}` } });
    return ipcRenderer.invoke('auditlens:invoke', name, input);
  },
  on: (name: unknown, cb: (payload: unknown) => void) => {
    if (!isEventName(name)) throw new Error(`unknown event ${String(name)}`);
    const listener = (_e: unknown, payload: unknown) => cb(payload);
    ipcRenderer.on(CHANNEL_PREFIX + name, listener);
    return () => ipcRenderer.removeListener(CHANNEL_PREFIX + name, listener);
  },
  dataChannel: () => {
    ipcRenderer.send('auditlens:data-port-request');
    return Promise.resolve({ windowMessage: DATA_PORT_CHANNEL });
  },
  fileRefs: async (files: File[]) => {
    const paths = files.map((f) => webUtils.getPathForFile(f)).filter((p) => p.length > 0);
    if (paths.length === 0) return [];
    const r = (await ipcRenderer.invoke('auditlens:invoke', 'files.registerDropped', { paths })) as { ok: boolean; value?: { files: unknown[] }; error?: { message: string } };
    if (!r.ok) throw new Error(r.error?.message ?? 'could not open the dropped files');
    return r.value?.files ?? [];
  },
});
