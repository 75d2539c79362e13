/**
 * Who may talk to the web-mode host: only a page this host served, on loopback, that holds the
 * session token. Checks Host (DNS rebinding), Origin (other web pages) and the token (other local
 * users and programs) on every HTTP request and WebSocket upgrade.
 */
import { timingSafeEqual } from 'node:crypto';

export interface GuardInput {
  host: string | undefined;
  origin: string | undefined;
  /** token from the `auditlens_token` cookie, the `token` query parameter or the x-auditlens-token header */
  token: string | undefined;
  remoteAddress: string | undefined;
}

export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Returns why the request is refused, or null when it may proceed. */
export function refuseReason(req: GuardInput, port: number, token: string): string | null {
  const remote = req.remoteAddress ?? '';
  if (!(remote === '127.0.0.1' || remote === '::1' || remote === '::ffff:127.0.0.1')) return 'not from loopback';
  if (!req.host || !allowedHosts(port).includes(req.host.toLowerCase())) return 'foreign Host header';
  if (req.origin !== undefined && !allowedHosts(port).some((h) => req.origin === `http://${h}`)) return 'foreign Origin';
  if (!req.token || !sameToken(req.token, token)) return 'missing or wrong session token';
  return null;
}

export function tokenFrom(cookieHeader: string | undefined, url: URL, header: string | string[] | undefined): string | undefined {
  const q = url.searchParams.get('token');
  if (q) return q;
  if (typeof header === 'string' && header) return header;
  const m = /(?:^|;\s*)auditlens_token=([^;]+)/.exec(cookieHeader ?? '');
  return m ? decodeURIComponent(m[1]) : undefined;
}
