/**
 * Electron composition root: instance lock, security, the window, and the wiring of the shared
 * app core to ipcMain, native dialogs and the data port. Everything else is in app-core.
 */
import { app, BrowserWindow, dialog, ipcMain, MessageChannelMain } from 'electron';
import { join } from 'node:path';
import { DATA_PORT_CHANNEL } from '../shared/ipc/channels';
import { systemTimeZone } from '../shared/util/timezone';
import { createAppCore } from './app-core';
import { installGuards } from './electron/guards';
import { registerAppScheme, serveRenderer } from './electron/app-protocol';
import { createLogger } from './log/logger';
import { APP_ORIGIN, isAppUrl, secureWebPreferences } from './security/web-preferences';

const log = createLogger('main');
app.enableSandbox();
registerAppScheme();
installGuards();

if (!app.requestSingleInstanceLock()) app.quit();

let win: BrowserWindow | null = null;

const core = createAppCore(
  {
    mode: 'electron', version: app.getVersion(), systemTimeZone: systemTimeZone(),
    pickFiles: async () => {
      const r = await dialog.showOpenDialog(win ?? new BrowserWindow({ show: false }), {
        title: 'Open audit logs', properties: ['openFile', 'multiSelections'],
        filters: [{ name: 'Audit logs', extensions: ['csv', 'tsv', 'txt', 'json', 'jsonl', 'xlsx', 'zip', 'gz'] }, { name: 'All files', extensions: ['*'] }],
      });
      return r.canceled ? [] : r.filePaths;
    },
  },
  {
    chooseTarget: async (name) => {
      const r = await dialog.showSaveDialog({ title: 'Export', defaultPath: name, filters: [{ name: 'CSV', extensions: ['csv'] }] });
      return r.canceled || !r.filePath ? null : { path: r.filePath, display: r.filePath };
    },
    downloadUrl: () => undefined,
  },
  join(__dirname, 'ingest-worker.cjs'),
);

ipcMain.handle('auditlens:invoke', async (event, name: unknown, input: unknown) => {
  if (!event.senderFrame || !isAppUrl(event.senderFrame.url) || event.senderFrame.parent) {
    return { ok: false, error: { code: 'forbidden', message: 'sender is not the Auditlens window' } };
  }
  return core.dispatch(name, input);
});

ipcMain.on('auditlens:data-port-request', (event) => {
  if (!event.senderFrame || !isAppUrl(event.senderFrame.url)) return;
  const { port1, port2 } = new MessageChannelMain();
  // a batch frame is cloned as bytes (MessagePortMain transfers only ports); other messages are text
  const link = { send: (data: string | Uint8Array) => port1.postMessage(data), close: () => port1.close() };
  core.hub.attach(link);
  port1.on('message', (e) => void core.hub.receive(String(e.data)));
  port1.on('close', () => core.hub.detach(link));
  port1.start();
  event.sender.postMessage(DATA_PORT_CHANNEL, null, [port2]);
});

function createWindow(): void {
  win = new BrowserWindow({
    width: 1400, height: 900, minWidth: 360, minHeight: 480, title: 'Auditlens', show: false,
    icon: join(__dirname, '..', '..', 'resources', 'icon.png'),
    webPreferences: secureWebPreferences(join(__dirname, '..', 'preload', 'index.cjs')),
  });
  win.once('ready-to-show', () => win?.show());
  win.webContents.on('render-process-gone', (_e, d) => log.error('renderer gone', { reason: d.reason }));
  if (app.isPackaged) win.webContents.on('devtools-opened', () => win?.webContents.closeDevTools());
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  win.on('closed', () => { win = null; });
}

app.on('second-instance', () => { if (win) { if (win.isMinimized()) win.restore(); win.focus(); } });
app.on('child-process-gone', (_e, d) => log.error('child process gone', { type: d.type, reason: d.reason }));
process.on('uncaughtException', (e) => log.error('uncaught exception', { reason: e.stack ?? e.message }));
process.on('unhandledRejection', (e) => log.error('unhandled rejection', { reason: String(e) }));

app.whenReady().then(() => {
  serveRenderer(join(__dirname, '..', 'renderer'));
  createWindow();
  app.on('activate', () => { if (BrowserWindow.getAllWindows().length === 0) createWindow(); });
}).catch((e: Error) => log.error('start-up failed', { reason: e.message }));

app.on('window-all-closed', () => { if (process.platform !== 'darwin') app.quit(); });
