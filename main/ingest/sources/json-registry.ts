/**
 * The JSON sources the importer knows, and the choice of one for a record. Adding a JSON source
 * means adding its module here.
 */
import type { JsonRecord, JsonSourceModule } from './json-source';

export const JSON_SOURCES: JsonSourceModule[] = [];

/** The best-fitting source for one record; null when none fits. `sources` is for tests. */
export function detectJsonSource(record: JsonRecord, sources: readonly JsonSourceModule[] = JSON_SOURCES): JsonSourceModule | null {
  let best: JsonSourceModule | null = null;
  let bestScore = 0;
  for (const s of sources) {
    const score = s.detect(record);
    if (score > bestScore) {
      best = s;
      bestScore = score;
    }
  }
  return best;
}
