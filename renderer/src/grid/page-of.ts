/**
 * The page of a source: the catalog's vendor pages, else the page a saved column mapping makes
 * (`custom.*`, under "Other" in the menu, with the mapped columns).
 */
import type { SourcePage } from '../../../shared/model/source-catalog';
import { mappedPage } from '../../../shared/mapping/mapped-page';
import { isMappedSourceId } from '../../../shared/mapping/column-mapping';
import { pageFor } from '../../../shared/sources/catalog';
import { savedMappings } from '../state/mapping-store';

export function pageOf(sourceId: string): SourcePage | undefined {
  return pageFor(sourceId) ?? (isMappedSourceId(sourceId) ? mappedPage(savedMappings(), sourceId) : undefined);
}
