/**
 * The ingest's message templates by UI language, without the i18next instance, so that the DB
 * worker can write a reject export in the language the analyst reads (ingest-text.ts is the UI's way in).
 */
import { formatText, type IngestKey, type IngestText } from '../../../shared/model/ingest-text';
import { INGEST_JA } from './ingest-ja';
import { INGEST_KO } from './ingest-ko';

export type IngestLang = 'en' | 'ja' | 'ko';

const CATALOGS: Record<IngestLang, Partial<Record<IngestKey, string>>> = { en: {}, ja: INGEST_JA, ko: INGEST_KO };

/** `text` in `lang` (English for a key the language lacks); numbers through `number`, plain by default. */
export function sayIn(text: IngestText, lang: IngestLang, number: (n: number) => string = String): string {
  const catalog = CATALOGS[lang];
  return formatText(text, (key) => catalog[key], number);
}
