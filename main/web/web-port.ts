/**
 * Web mode keeps its data in the browser's IndexedDB, which belongs to the page's origin, and the
 * origin includes the port. A new random port on every start would therefore open an empty
 * database. The first start picks a random free port; later starts reuse it (remembered in the
 * user's config folder), and fall back to a new one only when it is taken, saying so.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export function configDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.AUDITLENS_CONFIG_DIR) return env.AUDITLENS_CONFIG_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Auditlens');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Auditlens');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'auditlens');
}

const FILE = 'web-mode.json';

export function readRememberedPort(dir: string): number | undefined {
  try {
    const v = (JSON.parse(readFileSync(join(dir, FILE), 'utf8')) as { port?: unknown }).port;
    return typeof v === 'number' && Number.isInteger(v) && v >= 1024 && v <= 65535 ? v : undefined;
  } catch {
    return undefined;
  }
}

export function rememberPort(dir: string, port: number): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, FILE), JSON.stringify({ port }) + '\n');
}

/** Listens on the explicit port, else the remembered one, else (taken or none) a random one. */
export async function listenWithRememberedPort<T>(
  explicit: number | undefined,
  dir: string,
  start: (port: number | undefined) => Promise<T & { port: number }>,
  warn: (message: string) => void,
): Promise<T & { port: number }> {
  if (explicit !== undefined) return start(explicit);
  const remembered = readRememberedPort(dir);
  let host: T & { port: number };
  try {
    host = await start(remembered);
  } catch (e) {
    if (remembered === undefined || (e as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw e;
    warn(`port ${remembered} is in use, so web mode starts on a new port: data imported before is not visible there (free port ${remembered} and restart to see it)`);
    host = await start(undefined);
  }
  try {
    rememberPort(dir, host.port);
  } catch (e) {
    warn(`could not remember the port in ${dir}: ${(e as Error).message}`);
  }
  return host;
}
