/**
 * Query → selection: the positions of the matching events in result order. The period is cut from
 * the newest-first ordering by binary search, the filter narrows it, then the sort is applied.
 * Selections are cached per query text and index version, so the grid's successive block requests
 * for one query, and the count and summary asked beside them, cost the query once.
 */
import type { Query } from '../../../../shared/filter/tree';
import type { EventIndex } from '../index/event-index';
import { firstOlderThan } from '../index/time-order';
import { REGEX_BUDGET_MS, type RegexRunner } from '../regex/regex-runner';
import type { CancelToken } from './cancel';
import { compileFilter, runFilter } from './evaluate';
import { resolveSortField } from './fields';
import { sortSelection } from './sort';

export interface SelectOptions {
  regex: RegexRunner;
  token: CancelToken;
  /** what the query's regexes may spend, ms (REGEX_BUDGET_MS) */
  regexBudgetMs?: number;
}

/** Compiling may wait for the regex worker while batches arrive; it is redone when the index moved. */
const MAX_RECOMPILES = 3;

export async function select(index: EventIndex, query: Query, opts: SelectOptions): Promise<Int32Array> {
  resolveSortField(index, query.sort.field); // an unknown sort field fails before any work
  for (let attempt = 0; ; attempt++) {
    const version = index.version;
    const compiled = query.filter
      ? await compileFilter(index, query.filter, { runner: opts.regex, budgetMs: opts.regexBudgetMs ?? REGEX_BUDGET_MS, token: opts.token })
      : null;
    opts.token.check();
    if (index.version !== version && attempt < MAX_RECOMPILES) continue;
    let positions = periodOf(index, query);
    if (compiled) positions = runFilter(index, compiled, positions);
    return sortSelection(index, positions, query.sort.field, query.sort.dir);
  }
}

/** Every event in the query's period, newest first (a view of the index's ordering: do not mutate). */
function periodOf(index: EventIndex, query: Query): Int32Array {
  const order = index.timeDesc();
  const { from, to } = query.period;
  const start = to === undefined ? 0 : firstOlderThan(index.time, order, to);
  const end = from === undefined ? order.length : firstOlderThan(index.time, order, from);
  return order.subarray(start, Math.max(start, end));
}

export const SELECTION_CACHE_SIZE = 8;

interface Entry { version: number; positions: Promise<Int32Array> }

export class SelectionCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly capacity = SELECTION_CACHE_SIZE) {}

  /**
   * The selection of `query`, computed at most once per index version; a second caller of a query
   * still running waits for it, and computes its own if the first one's call was superseded.
   */
  async get(index: EventIndex, query: Query, opts: SelectOptions): Promise<{ positions: Int32Array; cached: boolean }> {
    const key = JSON.stringify(query);
    const hit = this.entries.get(key);
    if (hit && hit.version === index.version) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      try {
        return { positions: await hit.positions, cached: true };
      } catch (e) {
        if ((e as { code?: unknown }).code !== 'superseded') throw e;
      }
    }
    const entry: Entry = { version: index.version, positions: select(index, query, opts) };
    this.entries.delete(key);
    this.entries.set(key, entry);
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    try {
      return { positions: await entry.positions, cached: false };
    } catch (e) {
      if (this.entries.get(key) === entry) this.entries.delete(key);
      throw e;
    }
  }
}
