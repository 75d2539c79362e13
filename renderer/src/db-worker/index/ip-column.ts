/**
 * Dictionary encoding of the IP column. Audit logs have many distinct addresses (~460k per million
 * events in research/perf-limits.md), so canonical dotted-quad IPv4 text is keyed by its 32-bit
 * value in an open-addressing table instead of a string Map, and the value is kept per code:
 * CIDR conditions then test a mask per distinct address without parsing text.
 */
import { parseIp } from '../../../../shared/filter/cidr';
import type { Dictionary } from './dictionary';

const EMPTY = -1;

/** The 32-bit value of canonical IPv4 text (no leading zeros, no spaces), or -1. */
export function canonicalV4(s: string): number {
  const len = s.length;
  if (len < 7 || len > 15) return -1;
  let value = 0;
  let part = 0;
  let digits = 0;
  let dots = 0;
  for (let i = 0; i < len; i++) {
    const c = s.charCodeAt(i);
    if (c === 46) {
      if (digits === 0 || dots === 3) return -1;
      value = value * 256 + part;
      part = 0; digits = 0; dots++;
    } else if (c >= 48 && c <= 57) {
      if (digits > 0 && part === 0) return -1;
      part = part * 10 + (c - 48);
      if (++digits > 3 || part > 255) return -1;
    } else {
      return -1;
    }
  }
  if (dots !== 3 || digits === 0) return -1;
  return value * 256 + part;
}

export class IpColumn {
  /** per code: the IPv4 value, or -1 when the text is not canonical IPv4 */
  v4 = new Float64Array(1024);
  private keys = new Float64Array(1 << 16).fill(EMPTY);
  private vals = new Int32Array(1 << 16);
  private used = 0;
  private readonly others = new Map<string, number>();
  private readonly parsed: (Uint8Array | null | undefined)[] = [];

  constructor(private readonly dict: Dictionary) {}

  encode(text: string): number {
    const ip = canonicalV4(text);
    if (ip < 0) {
      let code = this.others.get(text);
      if (code === undefined) this.others.set(text, (code = this.add(text, -1)));
      return code;
    }
    const mask = this.keys.length - 1;
    let slot = (Math.imul(ip | 0, 0x9e3779b1) >>> 0) & mask;
    for (;;) {
      const k = this.keys[slot];
      if (k === ip) return this.vals[slot];
      if (k === EMPTY) break;
      slot = (slot + 1) & mask;
    }
    const code = this.add(text, ip);
    this.keys[slot] = ip;
    this.vals[slot] = code;
    if (++this.used * 2 > this.keys.length) this.rehash();
    return code;
  }

  /** The 16-byte form of entry `code` (IPv4 as ::ffff:a.b.c.d), or null when it is no address. */
  bytes(code: number): Uint8Array | null {
    let b = this.parsed[code];
    if (b === undefined) this.parsed[code] = b = parseIp(this.dict.values[code])?.bytes ?? null;
    return b;
  }

  private add(text: string, ip: number): number {
    const code = this.dict.append(text);
    if (code >= this.v4.length) {
      const grown = new Float64Array(this.v4.length * 2);
      grown.set(this.v4);
      this.v4 = grown;
    }
    this.v4[code] = ip;
    return code;
  }

  private rehash(): void {
    const oldKeys = this.keys;
    const oldVals = this.vals;
    this.keys = new Float64Array(oldKeys.length * 2).fill(EMPTY);
    this.vals = new Int32Array(oldKeys.length * 2);
    const mask = this.keys.length - 1;
    for (let i = 0; i < oldKeys.length; i++) {
      const ip = oldKeys[i];
      if (ip === EMPTY) continue;
      let slot = (Math.imul(ip | 0, 0x9e3779b1) >>> 0) & mask;
      while (this.keys[slot] !== EMPTY) slot = (slot + 1) & mask;
      this.keys[slot] = ip;
      this.vals[slot] = oldVals[i];
    }
  }
}
