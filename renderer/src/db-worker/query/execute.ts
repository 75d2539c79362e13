/**
 * Query → selection: the positions of the matching events in result order. The period is cut from
 * the newest-first ordering by binary search, the filter narrows it, then the sort is applied.
 * Selections are cached per query text and index version, so the grid's successive block requests
 * for one query cost only their block.
 */
import type { Query } from '../../../../shared/filter/tree';
import type { EventIndex } from '../index/event-index';
import { firstOlderThan } from '../index/time-order';
import { filterPositions } from './evaluate';
import { resolveSortField } from './fields';
import { sortByField } from './sort';

export function select(index: EventIndex, query: Query): Int32Array {
  if (query.sort.field !== 'time') resolveSortField(query.sort.field);
  const order = index.timeDesc();
  const { from, to } = query.period;
  const start = to === undefined ? 0 : firstOlderThan(index.time, order, to);
  const end = from === undefined ? order.length : firstOlderThan(index.time, order, from);
  let positions = order.subarray(start, Math.max(start, end));
  if (query.filter) positions = filterPositions(index, query.filter, positions);
  if (query.sort.field !== 'time') return sortByField(index, positions, query.sort.field, query.sort.dir);
  return query.sort.dir === 'asc' ? positions.slice().reverse() : positions;
}

export const SELECTION_CACHE_SIZE = 8;

export class SelectionCache {
  private readonly entries = new Map<string, { version: number; positions: Int32Array }>();

  constructor(private readonly capacity = SELECTION_CACHE_SIZE) {}

  /** The selection of `query`, computed at most once per index version. */
  get(index: EventIndex, query: Query): { positions: Int32Array; cached: boolean } {
    const key = JSON.stringify(query);
    const hit = this.entries.get(key);
    this.entries.delete(key);
    if (hit && hit.version === index.version) {
      this.entries.set(key, hit);
      return { positions: hit.positions, cached: true };
    }
    const positions = select(index, query);
    this.entries.set(key, { version: index.version, positions });
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    return { positions, cached: false };
  }
}
