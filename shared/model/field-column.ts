/**
 * One string field of a chunk being built (chunk-builder.ts): its entries and, when it keeps a
 * dictionary, the code of each event. Lives across chunks so that what it learnt of its values
 * (nearly all distinct: no dictionary for a while) carries over.
 */
import { LAYOUT_AFFIX, LAYOUT_ALIAS, LAYOUT_CODE16, LAYOUT_CODE8, LAYOUT_PLAIN, LAYOUT_SAME } from './packed-chunk';

/** `alias` before the chunk's first event decided it. */
export const ALIAS_UNDECIDED = -2;
/** `alias` of a column that keeps its own values. */
export const NO_ALIAS = -1;

/** Chunks a column stays plain after it had nearly all-distinct values, before it tries a dictionary again. */
const PLAIN_CHUNKS = 16;
/** An affix is used when prefix and suffix together are at least this long. */
const MIN_AFFIX = 4;

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

export class FieldColumn {
  private entries: string[] = [];
  private readonly codes: Uint16Array;
  private readonly map = new Map<string, number>();
  private last: string | null = null;
  private lastCode = 0;

  private coded: boolean;
  private plainLeft = 0;
  private prefix = 0;
  private suffix = 0;
  /** events added since the last reset */
  filled = 0;
  /** the CSV cell whose values this column has had so far in this chunk (it stores none), or NO_ALIAS */
  alias = ALIAS_UNDECIDED;
  /** with `alias`: each value is `aliasPre` + the cell + `aliasSuf` (timeText: `"` … `" @ Asia/Tokyo`) */
  aliasAffix = false;
  aliasPre = '';
  aliasSuf = '';

  /**
   * `tryAffix`: values share a prefix and a suffix worth storing once (timeText).
   * `aliasable`: may read a CSV cell's values instead of storing its own.
   */
  constructor(capacity: number, readonly tryAffix: boolean, readonly aliasable = true) {
    this.codes = new Uint16Array(capacity);
    this.coded = true;
    if (!aliasable) this.alias = NO_ALIAS;
  }

  /**
   * Stops being an alias at event `k`: takes the values `source` had for events 0..k-1 as its own
   * (only those: `source` may already hold event k's value, which need not be this column's).
   */
  adopt(source: FieldColumn, k: number): void {
    const wrap = this.aliasAffix ? (v: string) => this.aliasPre + v + this.aliasSuf : (v: string) => v;
    this.alias = NO_ALIAS;
    this.aliasAffix = false;
    this.coded = source.coded;
    this.map.clear();
    this.last = null;
    this.filled = k;
    if (!source.coded) {
      this.entries = source.entries.slice(0, k).map(wrap);
      return;
    }
    this.entries = [];
    const renumber = new Int32Array(source.entries.length).fill(-1);
    for (let i = 0; i < k; i++) {
      const from = source.codes[i];
      if (renumber[from] < 0) {
        const v = wrap(source.entries[from]);
        renumber[from] = this.entries.length;
        this.map.set(v, this.entries.length);
        this.entries.push(v);
      }
      this.codes[i] = renumber[from];
    }
  }

  /** True when `v` is this alias's value for an event whose cell is `cell`. */
  matches(v: string, cell: string): boolean {
    if (!this.aliasAffix) return v === cell;
    const pre = this.aliasPre;
    return v.length === pre.length + cell.length + this.aliasSuf.length && v.startsWith(pre) && v.startsWith(cell, pre.length) && v.endsWith(this.aliasSuf);
  }

  add(v: string, k: number): void {
    this.filled = k + 1;
    if (!this.coded) {
      this.entries.push(v);
      return;
    }
    // neighbouring events mostly share a value (the same user, status, service): no lookup
    if (v === this.last) {
      this.codes[k] = this.lastCode;
      return;
    }
    let code = this.map.get(v);
    if (code === undefined) {
      code = this.entries.length;
      this.entries.push(v);
      this.map.set(v, code);
    }
    this.codes[k] = code;
    this.last = v;
    this.lastCode = code;
  }

  /** The layout kind for a chunk of `n` events (computes the affix when the field tries one). */
  kind(n: number): number {
    if (this.alias >= 0) return this.aliasAffix ? LAYOUT_ALIAS | LAYOUT_AFFIX : LAYOUT_ALIAS;
    const d = this.entries.length;
    let kind: number;
    if (!this.coded) kind = LAYOUT_PLAIN;
    else if (d === 1) kind = LAYOUT_SAME;
    // all distinct: entry k is event k, the codes add nothing (not so after adopt, which may bring unused entries)
    else if (d === n && this.identity(n)) kind = LAYOUT_PLAIN;
    else kind = d <= 256 ? LAYOUT_CODE8 : LAYOUT_CODE16;
    return this.tryAffix && d > 1 && this.measureAffix() ? kind | LAYOUT_AFFIX : kind;
  }

  private identity(n: number): boolean {
    for (let k = 0; k < n; k++) if (this.codes[k] !== k) return false;
    return true;
  }

  entryCount(kind: number, n: number): number {
    if (kind & LAYOUT_ALIAS) return kind & LAYOUT_AFFIX ? 2 : 0;
    return ((kind & 3) === LAYOUT_PLAIN ? n : this.entries.length) + (kind & LAYOUT_AFFIX ? 2 : 0);
  }

  /** Appends the field's entries (prefix and suffix first when affixed) to `parts`. */
  writeEntries(kind: number, n: number, parts: string[]): void {
    if (kind & LAYOUT_ALIAS) {
      if (kind & LAYOUT_AFFIX) parts.push(this.aliasPre, this.aliasSuf);
      return;
    }
    const list = this.entries;
    if (!(kind & LAYOUT_AFFIX)) {
      for (let i = 0; i < list.length; i++) parts.push(list[i]);
      return;
    }
    const p = this.prefix;
    const s = this.suffix;
    const first = list[0];
    parts.push(first.slice(0, p), first.slice(first.length - s));
    for (let i = 0; i < list.length; i++) parts.push(list[i].slice(p, list[i].length - s));
  }

  /** Writes the codes of a coded kind at `at` in `out`; the offset after them. */
  writeCodes(kind: number, n: number, out: Uint8Array, at: number): number {
    const src = this.codes;
    if ((kind & 3) === LAYOUT_CODE8) {
      for (let k = 0; k < n; k++) out[at + k] = src[k];
      return at + n;
    }
    if ((kind & 3) === LAYOUT_CODE16) {
      for (let k = 0; k < n; k++) {
        out[at + 2 * k] = src[k] & 255;
        out[at + 2 * k + 1] = src[k] >>> 8;
      }
      return at + 2 * n;
    }
    return at;
  }

  reset(n: number): void {
    if (this.coded && n >= 64 && this.entries.length > n * 0.75) {
      this.coded = false;
      this.plainLeft = PLAIN_CHUNKS;
    } else if (!this.coded && --this.plainLeft <= 0) {
      this.coded = true;
    }
    this.entries = [];
    this.map.clear();
    this.last = null;
    this.filled = 0;
    this.alias = this.aliasable ? ALIAS_UNDECIDED : NO_ALIAS;
    this.aliasAffix = false;
  }

  /** The longest prefix and suffix every entry shares, not cutting a surrogate pair; false when too short to pay. */
  private measureAffix(): boolean {
    const list = this.entries;
    const first = list[0];
    let p = first.length;
    let s = first.length;
    let shortest = first.length;
    for (let i = 1; i < list.length && p + s > 0; i++) {
      const v = list[i];
      shortest = Math.min(shortest, v.length);
      let a = 0;
      while (a < p && a < v.length && v.charCodeAt(a) === first.charCodeAt(a)) a++;
      p = a;
      let b = 0;
      while (b < s && b < v.length && v.charCodeAt(v.length - 1 - b) === first.charCodeAt(first.length - 1 - b)) b++;
      s = b;
    }
    s = Math.min(s, shortest - p);
    if (p > 0 && isHigh(first.charCodeAt(p - 1))) p--;
    if (s > 0 && isLow(first.charCodeAt(first.length - s))) s--;
    this.prefix = p;
    this.suffix = s;
    return p + s >= MIN_AFFIX;
  }
}
