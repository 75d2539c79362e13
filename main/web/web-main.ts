/**
 * `npm run web`: starts the web-mode host and prints its URL (with the session token) on its own
 * line; opens the default browser when there is a display, unless --no-open.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { systemTimeZone } from '../../shared/util/timezone';
import { createAppCore } from '../app-core';
import { createLogger } from '../log/logger';
import { startWebHost } from './web-host';
import { configDir, listenWithRememberedPort } from './web-port';

const log = createLogger('web');

function hasDisplay(): boolean {
  if (process.platform === 'darwin' || process.platform === 'win32') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

function openBrowser(url: string): void {
  const cmd = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'cmd' : 'xdg-open';
  const args = process.platform === 'win32' ? ['/c', 'start', '""', url] : [url];
  const child = spawn(cmd, args, { detached: true, stdio: 'ignore' });
  child.on('error', (e) => log.warn('could not open a browser', { reason: e.message }));
  child.unref();
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const noOpen = args.includes('--no-open') || process.env.CI === 'true';
  const portArg = args.find((a) => a.startsWith('--port='));
  const workDir = mkdtempSync(join(tmpdir(), 'auditlens-web-'));
  const core = createAppCore(
    { mode: 'web', version: process.env.npm_package_version ?? '0.1.0', systemTimeZone: systemTimeZone() },
    {
      chooseTarget: async (name) => ({ path: join(workDir, `${Date.now()}-${name.replace(/[\\/\0]/g, '_')}`), display: name }),
      downloadUrl: (id) => `/download/${id}`,
    },
    join(__dirname, 'ingest-worker.cjs'),
  );
  const explicit = portArg ? Number(portArg.slice(7)) : undefined;
  if (explicit !== undefined && !(Number.isInteger(explicit) && explicit >= 0 && explicit <= 65535)) throw new Error(`--port must be a port number, got "${portArg!.slice(7)}"`);
  const host = await listenWithRememberedPort(
    explicit, configDir(),
    (port) => startWebHost(core, { rendererDir: join(__dirname, '..', 'renderer'), workDir, port }),
    (message) => log.warn(message),
  );
  process.stdout.write(`Auditlens web mode is listening. Open this URL (it carries the session token):\n${host.url}\n`);
  if (!noOpen && hasDisplay()) openBrowser(host.url);
  const stop = () => {
    void host.close().finally(() => {
      rmSync(workDir, { recursive: true, force: true });
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: Error) => {
  log.error('web mode failed to start', { reason: e.message });
  process.exit(1);
});
