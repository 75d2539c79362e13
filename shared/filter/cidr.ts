/**
 * IPv4/IPv6 addresses and CIDR blocks for the `cidr` operator.
 * Every address is held as 16 bytes, IPv4 as its IPv4-mapped IPv6 form (`::ffff:a.b.c.d`), so
 * `203.0.113.0/24` matches `::ffff:203.0.113.9` and `::ffff:203.0.113.0/120` matches `203.0.113.9`.
 * Consequently `0.0.0.0/0` covers every IPv4 address (and only those) and `::/0` covers everything.
 */

/** A parsed CIDR block; `bytes` has the host bits cleared. */
export interface ParsedCidr {
  /** the block as written, trimmed */
  text: string;
  version: 4 | 6;
  /** prefix length as written: 0–32 for IPv4, 0–128 for IPv6 */
  prefix: number;
  /** prefix length over the 16-byte form (IPv4 prefixes + 96) */
  prefix128: number;
  /** network address, 16 bytes */
  bytes: Uint8Array;
}

/** A parsed address: its family as written and its 16-byte form. */
export interface ParsedIp {
  version: 4 | 6;
  bytes: Uint8Array;
}

const V4_RE = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
const HEX_GROUP_RE = /^[0-9a-fA-F]{1,4}$/;

function parseV4Bytes(text: string): number[] | null {
  const m = V4_RE.exec(text);
  if (!m) return null;
  const out: number[] = [];
  for (let i = 1; i <= 4; i++) {
    // A leading zero (`010`) is octal to some tools and decimal to others: refuse the ambiguity.
    if (m[i].length > 1 && m[i][0] === '0') return null;
    const n = Number(m[i]);
    if (n > 255) return null;
    out.push(n);
  }
  return out;
}

function v4Mapped(octets: number[]): Uint8Array {
  const bytes = new Uint8Array(16);
  bytes[10] = 0xff;
  bytes[11] = 0xff;
  bytes.set(octets, 12);
  return bytes;
}

/** Groups of one side of `::`, each 16 bits; a dotted IPv4 tail counts as two groups. */
function parseV6Groups(side: string, allowV4Tail: boolean): number[] | null {
  if (side === '') return [];
  const parts = side.split(':');
  const out: number[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (allowV4Tail && i === parts.length - 1 && part.includes('.')) {
      const v4 = parseV4Bytes(part);
      if (!v4) return null;
      out.push((v4[0] << 8) | v4[1], (v4[2] << 8) | v4[3]);
    } else if (HEX_GROUP_RE.test(part)) {
      out.push(parseInt(part, 16));
    } else {
      return null;
    }
  }
  return out;
}

function parseV6Bytes(text: string): Uint8Array | null {
  const halves = text.split('::');
  if (halves.length > 2) return null;
  let groups: number[];
  if (halves.length === 2) {
    const head = parseV6Groups(halves[0], false);
    const tail = parseV6Groups(halves[1], true);
    // `::` stands for at least one zero group (RFC 4291 §2.2).
    if (!head || !tail || head.length + tail.length > 7) return null;
    groups = [...head, ...new Array<number>(8 - head.length - tail.length).fill(0), ...tail];
  } else {
    const all = parseV6Groups(text, true);
    if (!all || all.length !== 8) return null;
    groups = all;
  }
  const bytes = new Uint8Array(16);
  groups.forEach((g, i) => {
    bytes[2 * i] = g >> 8;
    bytes[2 * i + 1] = g & 0xff;
  });
  return bytes;
}

/** Parses a bare address (no port, brackets or zone). */
function parseBareIp(text: string): ParsedIp | null {
  const v4 = parseV4Bytes(text);
  if (v4) return { version: 4, bytes: v4Mapped(v4) };
  const v6 = text.includes(':') ? parseV6Bytes(text) : null;
  return v6 ? { version: 6, bytes: v6 } : null;
}

/**
 * The address inside what a log wrote: trims, drops a port (`198.51.100.7:50412`,
 * `[2001:db8::1]:443`), brackets and an IPv6 zone (`fe80::1%eth0`). A bare IPv6 address keeps all
 * its colons: without brackets a trailing `:443` cannot be told from a last group.
 */
export function stripIpDecorations(text: string): string {
  let s = text.trim();
  const bracketed = /^\[([^\]]*)\](?::\d{1,5})?$/.exec(s);
  if (bracketed) s = bracketed[1];
  else if (/^[\d.]+:\d{1,5}$/.test(s)) s = s.slice(0, s.indexOf(':'));
  const zone = s.indexOf('%');
  return zone >= 0 && s.includes(':') ? s.slice(0, zone) : s;
}

/** Parses an address as a log wrote it (see stripIpDecorations); null when it is not one. */
export function parseIp(text: string): ParsedIp | null {
  return parseBareIp(stripIpDecorations(text));
}

/** Why a text is not a CIDR block, as a code and its parameters (for messages in other languages). */
export interface CidrProblem {
  code: 'extra-slash' | 'not-an-address' | 'bad-prefix' | 'prefix-too-long';
  params: Record<string, string>;
}

const cidrError = (error: string, code: CidrProblem['code'], params: Record<string, string>) => ({ ok: false as const, error, problem: { code, params } });

/**
 * Parses `addr/prefix` (a bare address means a single host: /32 or /128). Host bits after the
 * prefix are accepted and cleared (`203.0.113.7/24` is `203.0.113.0/24`), as analysts paste an
 * address with its subnet's length.
 */
export function parseCidr(text: string): { ok: true; cidr: ParsedCidr } | { ok: false; error: string; problem: CidrProblem } {
  const trimmed = text.trim();
  const parts = trimmed.split('/');
  if (parts.length > 2) return cidrError(`"${trimmed}" has more than one "/"`, 'extra-slash', { value: trimmed });
  const ip = parseBareIp(parts[0]);
  if (!ip) return cidrError(`"${parts[0]}" is not an IPv4 or IPv6 address`, 'not-an-address', { address: parts[0] });
  const max = ip.version === 4 ? 32 : 128;
  let prefix = max;
  if (parts.length === 2) {
    if (!/^\d{1,3}$/.test(parts[1])) return cidrError(`the prefix after "/" must be a number from 0 to ${max}`, 'bad-prefix', { max: String(max) });
    prefix = Number(parts[1]);
    if (prefix > max) return cidrError(`prefix /${prefix} is longer than the ${max} bits of an IPv${ip.version} address`, 'prefix-too-long', { prefix: String(prefix), max: String(max), version: String(ip.version) });
  }
  const prefix128 = ip.version === 4 ? prefix + 96 : prefix;
  return { ok: true, cidr: { text: trimmed, version: ip.version, prefix, prefix128, bytes: maskBytes(ip.bytes, prefix128) } };
}

function maskBytes(bytes: Uint8Array, bits: number): Uint8Array {
  const out = new Uint8Array(16);
  for (let i = 0; i < 16; i++) {
    const keep = Math.max(0, Math.min(8, bits - 8 * i));
    out[i] = bytes[i] & ((0xff << (8 - keep)) & 0xff);
  }
  return out;
}

/** True when the address a log wrote (port, brackets and zone allowed) lies in the block; false when it is not an address. */
export function ipInCidr(ip: string, cidr: ParsedCidr): boolean {
  const parsed = parseIp(ip);
  if (!parsed) return false;
  const masked = maskBytes(parsed.bytes, cidr.prefix128);
  for (let i = 0; i < 16; i++) if (masked[i] !== cidr.bytes[i]) return false;
  return true;
}
