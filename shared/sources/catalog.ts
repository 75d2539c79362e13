/**
 * Every source page the app knows: its vendor, menu label and the vendor's own columns (PC and
 * mobile). The renderer builds its grids and menus from this; the importer in main/ingest/sources
 * reads its header spellings from the same field dictionaries.
 */
import type { SourcePage } from '../model/source-catalog';
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
