/**
 * Every source page the app knows: its vendor, menu label and the vendor's own columns (PC and
 * mobile). The renderer builds its grids and menus from this; the importer in main/ingest/sources
 * reads its header spellings from the same field dictionaries.
 */
import { label, storedMenu, type Lang, type SourcePage } from '../model/source-catalog';
import { GITHUB_PAGE } from './github';
import { GOOGLE_PAGES, googleReportsPage } from './google';
import { KINTONE_PAGE } from './kintone';
import { MICROCMS_PAGE } from './microcms';
import { M365_PAGE } from './microsoft-365';
import { ENTRA_PAGES } from './microsoft-entra';
import { NAVERWORKS_PAGES } from './naverworks-pages';
import { NAVERWORKS_SERVICE_PAGES } from './naverworks-service-pages';
import { OKTA_PAGE } from './okta';
import { SLACK_PAGE } from './slack';

export const SOURCE_PAGES: SourcePage[] = [...NAVERWORKS_PAGES, ...NAVERWORKS_SERVICE_PAGES, KINTONE_PAGE, MICROCMS_PAGE, M365_PAGE, OKTA_PAGE, ...GOOGLE_PAGES, ...ENTRA_PAGES, GITHUB_PAGE, SLACK_PAGE];

const BY_ID = new Map(SOURCE_PAGES.map((p) => [p.sourceId, p]));

/**
 * The page of a source id such as `naverworks.login`, or undefined for a source without one.
 * Google Reports applications without their own page (`google.reports.drive` …) get a generic one.
 */
export function pageFor(sourceId: string): SourcePage | undefined {
  return BY_ID.get(sourceId) ?? googleReportsPage(sourceId);
}

const menuWordsCache = new Map<Lang, Map<string, string>>();

/**
 * What a stored menu name (`category`) is called in `lang` by the pages that store it ("Login" →
 * "ログイン / ログイン ログイベント"), for lists of values; undefined when no page stores it or its
 * words are the stored name. Searching keeps the stored name.
 */
export function menuWords(category: string, lang: Lang): string | undefined {
  let words = menuWordsCache.get(lang);
  if (!words) {
    const sets = new Map<string, Set<string>>();
    for (const p of SOURCE_PAGES) {
      const menu = storedMenu(p);
      if (!sets.has(menu)) sets.set(menu, new Set());
      sets.get(menu)!.add(label(p.labels, lang));
    }
    words = new Map([...sets].map(([menu, labels]) => [menu, [...labels].join(' / ')]));
    menuWordsCache.set(lang, words);
  }
  const w = words.get(category);
  return w !== undefined && w !== category ? w : undefined;
}
