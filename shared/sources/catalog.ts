/**
 * Every source page the app knows: its vendor, menu label and the vendor's own columns (PC and
 * mobile). The renderer builds its grids and menus from this; the importer in main/ingest/sources
 * reads its header spellings from the same field dictionaries.
 */
import type { SourcePage } from '../model/source-catalog';
import { KINTONE_PAGE } from './kintone';
import { MICROCMS_PAGE } from './microcms';
import { NAVERWORKS_PAGES } from './naverworks-pages';

export const SOURCE_PAGES: SourcePage[] = [...NAVERWORKS_PAGES, KINTONE_PAGE, MICROCMS_PAGE];

const BY_ID = new Map(SOURCE_PAGES.map((p) => [p.sourceId, p]));

/** The page of a source id such as `naverworks.login`, or undefined for a source without one. */
export function pageFor(sourceId: string): SourcePage | undefined {
  return BY_ID.get(sourceId);
}
