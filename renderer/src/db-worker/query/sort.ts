/**
 * Orders a selection by a dictionary field: each entry gets a collated rank once, then a stable
 * counting sort by rank keeps the incoming newest-first order among equal values (ties by time).
 */
import type { EventIndex, IndexColumn } from '../index/event-index';
import { resolveSortField, viewTexts, type TextView } from './fields';
import { compareIp } from './ip-cidr';

/** Above this many distinct values, Intl collation costs too much; code-unit order of lowercase is used. */
const COLLATE_LIMIT = 20_000;
const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

export function sortByField(index: EventIndex, newestFirst: Int32Array, field: string, dir: 'asc' | 'desc'): Int32Array {
  const { column, view } = resolveSortField(field);
  const ranks = entryRanks(index, column, view);
  const codes = index.codes[column];
  const buckets = ranks.length;
  const start = new Int32Array(buckets + 1);
  const rankOf = (p: number) => (dir === 'asc' ? ranks[codes[p]] : buckets - 1 - ranks[codes[p]]);
  for (let k = 0; k < newestFirst.length; k++) start[rankOf(newestFirst[k]) + 1]++;
  for (let r = 0; r < buckets; r++) start[r + 1] += start[r];
  const out = new Int32Array(newestFirst.length);
  for (let k = 0; k < newestFirst.length; k++) {
    const p = newestFirst[k];
    out[start[rankOf(p)]++] = p;
  }
  return out;
}

function entryRanks(index: EventIndex, column: IndexColumn, view: TextView): Int32Array {
  const dict = index.dicts[column];
  if (column === 'ip') return dict.ranks('ip', () => rankIps(index));
  const collate = dict.size <= COLLATE_LIMIT;
  const texts = viewTexts(index, column, view, !collate);
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
