/**
 * IPv4 and IPv6 addresses and CIDR blocks as 16-byte values (IPv4 as ::ffff:a.b.c.d, so a v4 block
 * also matches v4-mapped v6 text). Pure; evaluated once per distinct IP, never per event.
 */

export interface Cidr { bytes: Uint8Array; bits: number }

const V4_MAPPED_PREFIX = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff];

function parseV4(text: string): number[] | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  const out: number[] = [];
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p)) return null;
    const n = Number(p);
    if (n > 255) return null;
    out.push(n);
  }
  return out;
}

function parseV6(text: string): Uint8Array | null {
  let s = text;
  let tail: number[] = [];
  const lastColon = s.lastIndexOf(':');
  if (s.includes('.', lastColon)) {
    const v4 = parseV4(s.slice(lastColon + 1));
    if (!v4) return null;
    tail = v4;
    s = `${s.slice(0, lastColon + 1)}0:0`;
  }
  const halves = s.split('::');
  if (halves.length > 2) return null;
  const groups = (h: string) => (h === '' ? [] : h.split(':'));
  const head = groups(halves[0]);
  const rest = halves.length === 2 ? groups(halves[1]) : [];
  const missing = 8 - head.length - rest.length;
  if ((halves.length === 1 && missing !== 0) || (halves.length === 2 && missing < 1)) return null;
  const all = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...rest];
  const out = new Uint8Array(16);
  for (let i = 0; i < 8; i++) {
    if (!/^[0-9a-f]{1,4}$/i.test(all[i])) return null;
    const n = parseInt(all[i], 16);
    out[2 * i] = n >> 8;
    out[2 * i + 1] = n & 0xff;
  }
  if (tail.length) out.set(tail, 12);
  return out;
}

/**
 * The 16-byte form of an address as logs write it: plain, `[v6]:port`, `v4:port`, or with a
 * `%zone`. Null when it is not an address.
 */
export function parseIp(text: string): Uint8Array | null {
  let s = text.trim();
  const bracket = /^\[([^\]]+)\](?::\d+)?$/.exec(s);
  if (bracket) s = bracket[1];
  const zone = s.indexOf('%');
  if (zone >= 0) s = s.slice(0, zone);
  if (!s.includes(':') || /^[\d.]+:\d+$/.test(s)) {
    const v4 = parseV4(s.replace(/:\d+$/, ''));
    return v4 ? Uint8Array.from([...V4_MAPPED_PREFIX, ...v4]) : null;
  }
  return parseV6(s);
}

/** `203.0.113.0/24`, `2001:db8::/32`, or a bare address (a block of one). Null when malformed. */
export function parseCidr(text: string): Cidr | null {
  const [addr, len, extra] = text.trim().split('/');
  if (extra !== undefined || !addr) return null;
  const bytes = parseIp(addr);
  if (!bytes) return null;
  const isV4 = !addr.includes(':');
  const max = isV4 ? 32 : 128;
  if (len !== undefined && !/^\d{1,3}$/.test(len)) return null;
  const n = len === undefined ? max : Number(len);
  if (n > max) return null;
  return { bytes, bits: isV4 ? n + 96 : n };
}

export function cidrContains(block: Cidr, ip: Uint8Array): boolean {
  const full = block.bits >> 3;
  for (let i = 0; i < full; i++) if (block.bytes[i] !== ip[i]) return false;
  const rem = block.bits & 7;
  if (rem === 0) return true;
  const mask = (0xff << (8 - rem)) & 0xff;
  return (block.bytes[full] & mask) === (ip[full] & mask);
}

/** Orders two parsed addresses byte by byte (IPv4, as ::ffff:a.b.c.d, sorts among the low IPv6). */
export function compareIp(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < 16; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}
