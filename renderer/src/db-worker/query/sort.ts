/**
 * Orders a newest-first selection by a field. Dictionary fields: each entry gets a collated rank
 * once (cached on the dictionary), then a stable counting sort by rank keeps the incoming
 * newest-first order among equal values, so ties are always newest first. Line numbers: a stable
 * radix sort. Never mutates its input (it may be a view of the index's own ordering).
 */
import type { EventIndex } from '../index/event-index';
import { resolveSortField, viewTexts, type CodeColumn, type TextView } from './fields';

/** Above this many distinct values, Intl collation costs too much; code-unit order of lowercase is used. */
const COLLATE_LIMIT = 20_000;
const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

export function sortSelection(index: EventIndex, newestFirst: Int32Array, field: string, dir: 'asc' | 'desc'): Int32Array {
  const key = resolveSortField(index, field);
  if (key === 'time') return dir === 'desc' ? newestFirst : newestFirst.slice().reverse();
  if (key === 'line') return sortByNumber(newestFirst, index.line, dir);
  const codes = key.column.codes();
  if (codes === null) return newestFirst;
  return sortByRank(newestFirst, codes, entryRanks(index, key.column, key.view), dir);
}

function sortByRank(newestFirst: Int32Array, codes: ArrayLike<number>, ranks: Int32Array, dir: 'asc' | 'desc'): Int32Array {
  let buckets = 0;
  for (let c = 0; c < ranks.length; c++) if (ranks[c] >= buckets) buckets = ranks[c] + 1;
  // desc flips the rank, not the result, so that equal values stay newest first.
  const key = new Int32Array(ranks.length);
  for (let c = 0; c < ranks.length; c++) key[c] = dir === 'asc' ? ranks[c] : buckets - 1 - ranks[c];
  const start = new Int32Array(buckets + 1);
  for (let k = 0; k < newestFirst.length; k++) start[key[codes[newestFirst[k]]] + 1]++;
  for (let r = 0; r < buckets; r++) start[r + 1] += start[r];
  const out = new Int32Array(newestFirst.length);
  for (let k = 0; k < newestFirst.length; k++) {
    const p = newestFirst[k];
    out[start[key[codes[p]]]++] = p;
  }
  return out;
}

/** Stable LSD radix sort (two 16-bit digits) of positions by a signed 32-bit value per position. */
function sortByNumber(newestFirst: Int32Array, values: Int32Array, dir: 'asc' | 'desc'): Int32Array {
  let src = newestFirst.slice();
  let dst = new Int32Array(src.length);
  const count = new Int32Array(65_537);
  const digit = (p: number, shift: number) => {
    const u = (values[p] ^ 0x80000000) >>> 0; // signed order as unsigned
    const d = (u >>> shift) & 0xffff;
    return dir === 'asc' ? d : 0xffff - d;
  };
  for (const shift of [0, 16]) {
    count.fill(0);
    for (let k = 0; k < src.length; k++) count[digit(src[k], shift) + 1]++;
    for (let b = 0; b < 65_536; b++) count[b + 1] += count[b];
    for (let k = 0; k < src.length; k++) { const p = src[k]; dst[count[digit(p, shift)]++] = p; }
    [src, dst] = [dst, src];
  }
  return src;
}

function entryRanks(index: EventIndex, column: CodeColumn, view: TextView): Int32Array {
  const dict = column.dict;
  if (column.name === 'ip') return dict.ranks('ip', () => rankIps(index));
  const collate = dict.size <= COLLATE_LIMIT;
  const texts = viewTexts(dict, view, !collate);
  const compare = collate ? collator.compare : byCodeUnits;
  return dict.ranks(`${view}:${collate ? 'collate' : 'code'}`, () => rankBy(texts.length, (a, b) => compare(texts[a], texts[b])));
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Ranks of entries 0..n-1 under `compare`; entries that compare equal share a rank. */
function rankBy(n: number, compare: (a: number, b: number) => number): Int32Array {
  const order = Array.from({ length: n }, (_, i) => i).sort(compare);
  const ranks = new Int32Array(n);
  let rank = 0;
  for (let k = 0; k < order.length; k++) {
    if (k > 0 && compare(order[k - 1], order[k]) !== 0) rank++;
    ranks[order[k]] = rank;
  }
  return ranks;
}

/** Addresses in numeric order (IPv4 first); text that is not an address after them, by code units. */
function rankIps(index: EventIndex): Int32Array {
  const { v4 } = index.ips;
  const values = index.dicts.ip.values;
  return rankBy(values.length, (a, b) => {
    const a4 = v4[a];
    const b4 = v4[b];
    if (a4 >= 0 && b4 >= 0) return a4 - b4;
    const pa = index.ips.bytes(a);
    const pb = index.ips.bytes(b);
    if (pa && pb) return compareIp(pa, pb);
    if (pa || pb) return pa ? -1 : 1;
    return byCodeUnits(values[a], values[b]);
  });
}

/** Orders two 16-byte addresses byte by byte (IPv4, as ::ffff:a.b.c.d, sorts among the low IPv6). */
export function compareIp(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < 16; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}
