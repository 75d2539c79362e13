/**
 * The encodings the importer decodes (main/ingest/readers/encoding.ts), as the analyst picks them;
 * `words`: a label with more than the encoding's name, in the UI's language.
 */
export const ENCODING_CHOICES: readonly { value: string; label: string; words?: 'reimport.utf8Any' }[] = [
  { value: 'utf-8', label: 'UTF-8 (with or without BOM)', words: 'reimport.utf8Any' },
  { value: 'cp932', label: 'Windows-31J / CP932 (Shift_JIS)' },
  { value: 'euc-kr', label: 'EUC-KR' },
  { value: 'utf-16le', label: 'UTF-16 LE' },
  { value: 'utf-16be', label: 'UTF-16 BE' },
];

/** The choice an import's recorded encoding stands for (`utf-8-bom` is UTF-8). */
export function encodingChoiceOf(recorded: string): string {
  const e = recorded.toLowerCase();
  return e.startsWith('utf-8') ? 'utf-8' : ENCODING_CHOICES.some((c) => c.value === e) ? e : 'utf-8';
}
