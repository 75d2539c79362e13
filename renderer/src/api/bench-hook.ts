/**
 * `npm run bench` measures queries as the UI issues them: through the DB client, timed in the
 * page. Installed only when the page URL asks for it (`?bench=1`), so it is not there for users.
 */
import type { Query } from '../../../shared/filter/tree';
import { db, startupTimings } from './db';

interface BenchHook {
  /** events stored, or -1 while the database is not open yet */
  events(): Promise<number>;
  /** ms until `rows` rows of the query from `start` (default 0) are back, and the total */
  firstPage(query: Query, rows: number, start?: number): Promise<{ ms: number; total: number }>;
  /** ms for the count, the top values of each field and the histogram, in one call */
  summary(query: Query, fields: string[], zone: string): Promise<{ ms: number; total: number; buckets: number }>;
  /** the newest event time stored */
  newest(): Promise<number>;
  /** how long the DB worker took to rebuild its index when the page opened (null before it is ready) */
  startup(): ReturnType<typeof startupTimings>;
}

export function installBenchHook(): void {
  if (new URLSearchParams(location.search).get('bench') !== '1') return;
  const hook: BenchHook = {
    async events() {
      try {
        return (await db().stats()).events;
      } catch {
        return -1;
      }
    },
    async firstPage(query, rows, start = 0) {
      const t0 = performance.now();
      const r = await db().page({ query, start, end: start + rows });
      return { ms: performance.now() - t0, total: r.total };
    },
    async summary(query, fields, zone) {
      const t0 = performance.now();
      const r = await db().summary({ query, facets: fields, limit: 10, zone });
      return { ms: performance.now() - t0, total: r.total, buckets: r.histogram.edges.length - 1 };
    },
    async newest() {
      return (await db().stats()).maxTime ?? 0;
    },
    startup: () => startupTimings(),
  };
  Object.defineProperty(window, '__auditlensBench', { value: hook });
}
