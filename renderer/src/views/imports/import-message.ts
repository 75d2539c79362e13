import type { ImportRecord } from '../../../../shared/model/import';
import { ingestMessage } from '../../i18n/ingest-text';
import type { UiLang } from '../../i18n/messages';

/**
 * An import's message without the file name it starts with ("x.csv: the file is empty"), in the
 * UI's language when the record has its text: the message names its file for the notices it also
 * goes to, while a row or card shows the file already.
 */
export function messageBesideFile(r: Pick<ImportRecord, 'fileName' | 'message' | 'messageText'>, lang?: UiLang): string {
  if (r.messageText) return ingestMessage(r.message, r.messageText, lang);
  const m = r.message;
  return m.startsWith(`${r.fileName}: `) ? m.slice(r.fileName.length + 2) : m;
}
