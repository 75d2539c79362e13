/**
 * The sources the importer knows, and the choice of one from a file's header. Adding a source
 * means adding its module here.
 */
import { kintoneAudit } from './kintone-audit';
import { microcmsAudit } from './microcms-audit';
import { naverworksAdmin } from './naverworks-admin';
import { naverworksContacts } from './naverworks-contacts';
import { naverworksDelegatedApi } from './naverworks-delegated-api';
import { naverworksDeveloperConsole } from './naverworks-developer-console';
import { naverworksLogin } from './naverworks-login';
import { naverworksMessage } from './naverworks-message';
import { bindHeader, type HeaderBinding, type SourceModule } from './source-module';

export const SOURCES: readonly SourceModule[] = [
  naverworksLogin, naverworksAdmin, naverworksDeveloperConsole, naverworksDelegatedApi, naverworksContacts, naverworksMessage,
  kintoneAudit, microcmsAudit,
];

export interface DetectedSource { source: SourceModule; binding: HeaderBinding }

/** The best-fitting source for a header row, bound to it; null when none fits. */
export function detectSource(headerNames: readonly string[]): DetectedSource | null {
  let best: SourceModule | null = null;
  let bestScore = 0;
  for (const s of SOURCES) {
    const score = s.detect(headerNames);
    if (score > bestScore) {
      best = s;
      bestScore = score;
    }
  }
  return best ? { source: best, binding: bindHeader(headerNames, best.headerMap) } : null;
}
