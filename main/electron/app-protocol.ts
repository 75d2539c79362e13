/** Serves the renderer build from app://auditlens/ (GET only, fixed host, inside the build folder). */
import { net, protocol } from 'electron';
import { pathToFileURL } from 'node:url';
import { contentSecurityPolicy } from '../security/csp';
import { resolveStatic } from '../web/static-files';

export function registerAppScheme(): void {
  // standard + secure so the page gets an origin with IndexedDB and module workers
  protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

export function serveRenderer(rendererDir: string): void {
  protocol.handle('app', async (req) => {
    const url = new URL(req.url);
    if (req.method !== 'GET' || url.host !== 'auditlens') return new Response('forbidden', { status: 403 });
    const file = resolveStatic(rendererDir, url.pathname);
    if (!file) return new Response('not found', { status: 404 });
    const res = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(res.headers);
    headers.set('content-security-policy', contentSecurityPolicy());
    return new Response(res.body, { status: res.status, headers });
  });
}
