/**
 * Web mode: the renderer served from a loopback HTTP server, the contract answered over a
 * WebSocket by the same router as ipcMain, and the bulk data channel as a second WebSocket.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { WebSocketServer, type WebSocket } from 'ws';
import type { AppCore } from '../app-core';
import { createLogger } from '../log/logger';
import { contentSecurityPolicy } from '../security/csp';
import { refuseReason, tokenFrom } from './request-guard';
import { resolveStatic, sendFile } from './static-files';
import { handleRpcSocket } from './rpc-socket';
import { Uploads } from './uploads';

const log = createLogger('web');
/** Uploads beyond this are refused: 20 GB covers any audit archive we have seen. */
const MAX_UPLOAD_BYTES = 20 * 1024 ** 3;

export interface WebHostOptions { rendererDir: string; workDir: string; port?: number; token?: string }

export async function startWebHost(core: AppCore, opts: WebHostOptions) {
  const token = opts.token ?? randomBytes(24).toString('base64url');
  const uploadDir = join(opts.workDir, 'uploads');
  mkdirSync(uploadDir, { recursive: true });
  const uploads = new Uploads(uploadDir, core.files);
  let port = 0;
  const wss = new WebSocketServer({ noServer: true, maxPayload: 256 * 1024 ** 2 });

  const guard = (req: IncomingMessage, url: URL) =>
    refuseReason({ host: req.headers.host, origin: req.headers.origin, token: tokenFrom(req.headers.cookie, url, req.headers['x-auditlens-token']), remoteAddress: req.socket.remoteAddress }, port, token);

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'invalid'}`);
    const why = guard(req, url);
    const headers = { 'content-security-policy': contentSecurityPolicy([`ws://127.0.0.1:${port}`, `ws://localhost:${port}`]), 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' };
    if (why) {
      log.warn('refused a request', { path: url.pathname, why });
      res.writeHead(403, { ...headers, 'content-type': 'text/plain; charset=utf-8' });
      res.end(`Auditlens refused this request (${why}). Open the URL that "npm run web" printed.\n`);
      return;
    }
    route(req, res, url, headers).catch((e: Error) => {
      log.error('request failed', { path: url.pathname, reason: e.message });
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(e.message);
    });
  });

  async function route(req: IncomingMessage, res: ServerResponse, url: URL, headers: Record<string, string>) {
    const up = /^\/upload\/(open|data|cancel)$/.exec(url.pathname);
    if (req.method === 'POST' && up) return upload(req, res, url, up[1]);
    if (req.method !== 'GET' && req.method !== 'HEAD') { res.writeHead(405, headers); res.end(); return; }
    const dl = /^\/download\/([\w-]+)$/.exec(url.pathname);
    if (dl) {
      const f = core.exportsSvc.finishedPath(dl[1]);
      if (!f) { res.writeHead(404, headers); res.end('no such export'); return; }
      return sendFile(res, f.path, { ...headers, 'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(f.name)}` });
    }
    const file = resolveStatic(opts.rendererDir, url.pathname);
    if (!file) { res.writeHead(404, headers); res.end('not found'); return; }
    const cookie = `auditlens_token=${encodeURIComponent(token)}; HttpOnly; SameSite=Strict; Path=/`;
    sendFile(res, file, { ...headers, 'set-cookie': cookie });
  }

  /** `POST /upload/open?name&size`: the file's ref at once; `/upload/data?ref`: its bytes; `/upload/cancel?ref`: they will not come. */
  async function upload(req: IncomingMessage, res: ServerResponse, url: URL, step: string) {
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (step === 'open') {
      const name = (url.searchParams.get('name') ?? 'upload').replace(/[\\/\0]/g, '_').slice(0, 255) || 'upload';
      const size = Number(url.searchParams.get('size'));
      if (!Number.isSafeInteger(size) || size < 0) return json(400, { error: `${name}: the size "${url.searchParams.get('size')}" is not a number of bytes` });
      if (size > MAX_UPLOAD_BYTES) return json(413, { error: `${name}: file too large (${size} bytes; at most ${MAX_UPLOAD_BYTES})` });
      return json(200, uploads.open(name, size));
    }
    const ref = url.searchParams.get('ref') ?? '';
    if (step === 'cancel') await uploads.cancel(ref);
    else await uploads.receive(ref, req);
    json(200, { ok: true });
  }

  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'invalid'}`);
    const why = guard(req, url);
    if (why || (url.pathname !== '/rpc' && url.pathname !== '/data')) {
      log.warn('refused a socket', { path: url.pathname, why: why ?? 'unknown path' });
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => (url.pathname === '/rpc' ? handleRpcSocket(ws, core.dispatch) : attachData(ws)));
  });

  function attachData(ws: WebSocket) {
    // batch frames go out as binary messages, everything else as text
    const link = { send: (data: string | Uint8Array) => ws.send(data), close: () => ws.close() };
    core.hub.attach(link);
    ws.on('message', (data) => void core.hub.receive(data.toString()));
    ws.on('close', () => core.hub.detach(link));
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => { server.off('error', reject); resolve(); });
  });
  port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/?token=${encodeURIComponent(token)}`;
  return {
    url, port, token,
    close: () => new Promise<void>((resolve) => { wss.close(); server.close(() => resolve()); server.closeAllConnections(); }),
  };
}
