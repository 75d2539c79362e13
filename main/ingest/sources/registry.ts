/**
 * The sources the importer knows, and the choice of one from a file's header. Adding a source
 * means adding its module here.
 */
import { kintoneAudit } from './kintone-audit';
import { microcmsAudit } from './microcms-audit';
import { m365UnifiedAudit } from './m365-unified-audit';
import { naverworksAdmin } from './naverworks-admin';
import { naverworksBotApi } from './naverworks-bot-api';
import { naverworksBoard, naverworksCalendar, naverworksForm, naverworksNote, naverworksShare } from './naverworks-collaboration';
import { naverworksContacts } from './naverworks-contacts';
import { naverworksDelegatedApi } from './naverworks-delegated-api';
import { naverworksDeveloperConsole } from './naverworks-developer-console';
import { naverworksDrive } from './naverworks-drive';
import { naverworksFiles } from './naverworks-files';
import { naverworksLogin } from './naverworks-login';
import { naverworksMailReceived, naverworksMailSent } from './naverworks-mail';
import { naverworksMessage } from './naverworks-message';
import { bindHeader, type HeaderBinding, type SourceModule } from './source-module';

export const SOURCES: readonly SourceModule[] = [
  naverworksLogin, naverworksAdmin, naverworksDeveloperConsole, naverworksDelegatedApi, naverworksContacts, naverworksMessage,
  naverworksFiles, naverworksDrive, naverworksMailReceived, naverworksMailSent, naverworksBotApi,
  naverworksCalendar, naverworksBoard, naverworksNote, naverworksForm, naverworksShare,
  kintoneAudit, microcmsAudit, m365UnifiedAudit,
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
