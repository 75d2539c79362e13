/**
 * The JSON sources the importer knows, and the choice of one for a record. Adding a JSON source
 * means adding its module here.
 */
import { entraDirectoryAudits } from './entra-directory-audits';
import { entraSignins } from './entra-signins';
import { githubOrgAudit } from './github-org-audit';
import { googleReports } from './google-reports';
import type { JsonRecord, JsonSourceModule } from './json-source';
import { oktaSystemLog } from './okta-system-log';
import { slackAudit } from './slack-audit';

/**
 * Each module scores a record by the keys it has (0 when its required keys are missing); every
 * fixture is claimed by its own module only (json-sources.test.ts). Mutable for tests.
 */
export const JSON_SOURCES: JsonSourceModule[] = [oktaSystemLog, googleReports, entraSignins, entraDirectoryAudits, githubOrgAudit, slackAudit];

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
