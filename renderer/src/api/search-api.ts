/**
 * The DB-worker calls the search screen makes, each on a lane: a newer call on the same lane
 * supersedes an older one still waiting, which rejects with `superseded` (callers ignore those).
 */
import type { Query } from '../../../shared/filter/tree';
import { AppError } from '../../../shared/errors';
import { db } from './db';

/** True for the rejection of a call that a newer one on its lane replaced. */
export function isSuperseded(e: unknown): boolean {
  return e instanceof AppError && e.code === 'superseded';
}

export const searchApi = {
  count: (query: Query, lane: string) => db().count(query, { lane }),
  summary: (query: Query, facets: string[], limit: number, zone: string, buckets: number) =>
    db().summary({ query, facets, limit, zone, buckets }, { lane: 'summary' }),
  histogram: (query: Query, zone: string, buckets: number) => db().histogram({ query, zone, buckets }, { lane: 'histogram' }),
  values: (field: string, prefix: string, limit: number, query: Query | undefined, lane: string) =>
    db().values({ field, prefix, limit, ...(query ? { query } : {}) }, { lane }),
  fields: () => db().fields(),
  stats: () => db().stats(),
};
