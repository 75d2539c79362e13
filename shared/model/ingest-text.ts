/**
 * What the ingest has to say (why a line was rejected, why a file failed or was skipped, what an
 * import read) as a key and its values, so that the UI can say it in its own language. The English
 * text stays what is stored and printed (`reason`, `message`: the CLI, exports, older records);
 * the text travels beside it. A value may itself be a text (a reason inside "sheet … row 5: …").
 * Templates name their values in braces, as the UI's own strings do.
 */
import { z } from 'zod';
import { INGEST_EN, type IngestKey } from './ingest-text-en';

export { INGEST_EN, type IngestKey };

export type TextArg = string | number | IngestText;
export interface IngestText {
  key: IngestKey;
  args?: Record<string, TextArg>;
}

/** Deeper nesting than any message the ingest writes (three levels) is refused at the boundary. */
const MAX_DEPTH = 4;
const MAX_ARG_CHARS = 8192;

function depthOf(t: { args?: Record<string, unknown> }): number {
  let d = 1;
  for (const v of Object.values(t.args ?? {})) if (typeof v === 'object' && v !== null) d = Math.max(d, 1 + depthOf(v as IngestText));
  return d;
}

const isKey = (k: string): k is IngestKey => Object.hasOwn(INGEST_EN, k);

const TextShape: z.ZodType<IngestText> = z.lazy(() =>
  z.object({
    key: z.string().max(64).refine(isKey, { message: 'not a known message key' }),
    args: z.record(z.string().max(32), z.union([z.string().max(MAX_ARG_CHARS), z.number(), TextShape])).optional(),
  }) as z.ZodType<IngestText>,
);

export const IngestTextSchema: z.ZodType<IngestText> = TextShape.refine((t) => depthOf(t) <= MAX_DEPTH, { message: `nested deeper than ${MAX_DEPTH}` });

/** A text of `key` with `args`. */
export function say(key: IngestKey, args?: Record<string, TextArg>): IngestText {
  return args ? { key, args } : { key };
}

/** Words written elsewhere (a vendor's error, a parser's message) that have no key: shown as they are. */
export function verbatim(text: string): IngestText {
  return { key: 'verbatim', args: { text } };
}

/** `a, b, c`: the parts of a done message. */
export function listOf(parts: readonly IngestText[]): IngestText {
  return parts.slice(1).reduce((a, b) => say('list', { a, b }), parts[0] ?? verbatim(''));
}

/**
 * The text in words: `templateOf(key)` gives the template (null for a key it lacks, which falls
 * back to English); numbers go through `number`.
 */
export function formatText(t: IngestText, templateOf: (key: IngestKey) => string | null | undefined, number: (n: number) => string = String, depth = 0): string {
  const template = templateOf(t.key) ?? INGEST_EN[t.key] ?? '';
  const args = t.args ?? {};
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!Object.hasOwn(args, name)) return whole;
    const v = args[name];
    if (typeof v === 'number') return number(v);
    if (typeof v === 'string') return v;
    return depth >= MAX_DEPTH ? '…' : formatText(v, templateOf, number, depth + 1);
  });
}

/** The English words, as the ingest has always written them. */
export function english(t: IngestText): string {
  return formatText(t, () => null);
}

/** `file: text` in English: the stored message of a file's import. */
export function fileMessage(fileName: string, t: IngestText): string {
  return `${fileName}: ${english(t)}`;
}
