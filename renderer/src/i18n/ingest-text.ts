/**
 * The ingest's messages in the UI's language (shared/model/ingest-text.ts): a reject's reason, an
 * import's message. Records written before messages had keys, and words no key covers (a parser's
 * own message), are shown as the English the ingest stored.
 */
import type { IngestText } from '../../../shared/model/ingest-text';
import { sayIn } from './ingest-catalogs';
import { currentLang, formatNumber, type UiLang } from './messages';

/** `text` in `lang`, or `stored` (the English words) when there is no text. */
export function ingestMessage(stored: string, text: IngestText | undefined, lang: UiLang = currentLang()): string {
  return text ? sayIn(text, lang, (n) => formatNumber(n, lang)) : stored;
}
