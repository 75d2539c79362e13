/** The menu's vendor groups, in the catalog's order (the vendors' own menu order), unknown sources last. */
import { SOURCE_PAGES } from '../../../shared/sources/catalog';
import { pageOf } from '../grid/page-of';

export interface SourceCount { sourceId: string; category: string; count: number }

const ORDER = new Map(SOURCE_PAGES.map((p, i) => [p.sourceId, i]));

export function groupByVendor(sources: SourceCount[]): { vendor: string; pages: SourceCount[] }[] {
  const sorted = sources.filter((s) => s.count > 0).sort((a, b) => (ORDER.get(a.sourceId) ?? 1e9) - (ORDER.get(b.sourceId) ?? 1e9) || a.sourceId.localeCompare(b.sourceId));
  const groups = new Map<string, SourceCount[]>();
  for (const s of sorted) {
    const vendor = pageOf(s.sourceId)?.vendor ?? '';
    groups.set(vendor, [...(groups.get(vendor) ?? []), s]);
  }
  return [...groups.entries()].map(([vendor, pages]) => ({ vendor, pages }));
}
