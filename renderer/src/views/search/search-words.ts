/** A search in a few words for lists (saved, recent): its page, its period and its filter text. */
import { formatQuickSearch } from '../../../../shared/filter/quick-search';
import { label, type Lang } from '../../../../shared/model/source-catalog';
import { formatInZone } from '../../../../shared/util/timezone';
import { pageOf } from '../../grid/page-of';
import { t, type MessageKey } from '../../i18n/messages';
import type { PageId, PeriodSpec, SearchSpec } from '../../state/search-model';

export function pageLabel(page: PageId, lang: Lang): string {
  if (page === 'all') return t('nav.all');
  const parts = pageParts(page, lang);
  return parts ? parts.join(' › ') : page;
}

/** A source page's vendor (or "Other") and menu in `lang`, or null for a source without a page. */
export function pageParts(sourceId: string, lang: Lang): [vendor: string, menu: string] | null {
  const p = pageOf(sourceId);
  return p ? [p.vendor || t('nav.other'), label(p.labels, lang)] : null;
}

/** `2024-05-14 00:00` in `zone`, seconds only when there are some. */
export function shortTime(ms: number, zone: string): string {
  const text = formatInZone(ms, zone);
  return text.endsWith(':00') ? text.slice(0, 16) : text;
}

/** A custom range as `from – to (zone)`, the date left out of `to` when it is the same day. */
export function rangeText(from: number | undefined, to: number | undefined, zone: string): string {
  const a = from === undefined ? '…' : shortTime(from, zone);
  const b = to === undefined ? '…' : shortTime(to, zone);
  const sameDay = from !== undefined && to !== undefined && a.slice(0, 10) === b.slice(0, 10);
  return `${a} – ${sameDay ? b.slice(11) : b} (${zone})`;
}

export function periodText(p: PeriodSpec, zone: string): string {
  if (p.preset !== 'custom') return t(`period.${p.preset}` as MessageKey);
  return rangeText(p.from, p.to, zone);
}

export function searchText(spec: SearchSpec, zone: string): string {
  return formatQuickSearch(spec.filter, { timeZone: zone });
}
