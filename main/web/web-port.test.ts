import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { configDir, listenWithRememberedPort, readRememberedPort } from './web-port';

const dirs: string[] = [];
const tmp = () => { const d = mkdtempSync(join(tmpdir(), 'al-port-')); dirs.push(d); return d; };
afterEach(() => { for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); });

/** A stand-in for the web host: listens on 127.0.0.1 like it. */
async function listen(port: number | undefined) {
  const server = createServer();
  await new Promise<void>((res, rej) => { server.once('error', rej); server.listen(port ?? 0, '127.0.0.1', () => res()); });
  const bound = (server.address() as { port: number }).port;
  return { port: bound, close: () => new Promise<void>((r) => server.close(() => r())) };
}

describe('web-mode port memory', () => {
  it('reuses the port chosen the first time', async () => {
    const dir = tmp();
    const first = await listenWithRememberedPort(undefined, dir, listen, () => {});
    await first.close();
    expect(readRememberedPort(dir)).toBe(first.port);
    const second = await listenWithRememberedPort(undefined, dir, listen, () => {});
    await second.close();
    expect(second.port).toBe(first.port);
  });

  it('falls back to a new port when the remembered one is taken, and says so', async () => {
    const dir = tmp();
    const busy = await listen(undefined);
    writeFileSync(join(dir, 'web-mode.json'), JSON.stringify({ port: busy.port }));
    const warnings: string[] = [];
    const host = await listenWithRememberedPort(undefined, dir, listen, (m) => warnings.push(m));
    await host.close();
    await busy.close();
    expect(host.port).not.toBe(busy.port);
    expect(warnings[0]).toMatch(new RegExp(`port ${busy.port} is in use`));
  });

  it('ignores a corrupt memory file', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'web-mode.json'), '{not json');
    expect(readRememberedPort(dir)).toBeUndefined();
  });

  it('puts the config folder where each OS keeps it', () => {
    expect(configDir({ AUDITLENS_CONFIG_DIR: '/x' }, 'linux')).toBe('/x');
    expect(configDir({ XDG_CONFIG_HOME: '/c' }, 'linux')).toBe(join('/c', 'auditlens'));
    expect(configDir({ APPDATA: 'C:\\A' }, 'win32')).toContain('Auditlens');
  });
});
