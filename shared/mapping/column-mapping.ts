/**
 * Column mappings: how the analyst told Auditlens to read a CSV/TSV/XLSX header, or JSON records,
 * that fit no known source. A mapping is saved per header signature (the normalized column names),
 * so the next file of that kind imports without asking. Every mapping that crosses a boundary (an
 * import request, the settings read back, a CLI `--mapping` file) goes through this schema.
 */
import { z } from 'zod';
import { hashId } from '../util/hash';

/**
 * How the time column is written. Values without an offset are read in the import's time zone.
 * - `auto`: the first of the others that fits each value (epoch only for 9–11 or 12–14 digits)
 * - `iso`: ISO 8601 with or without an offset (`2024-05-14T02:31:18Z`, `2024-05-14 11:31:18.250`)
 * - `ymd-hms`: `YYYY-MM-DD HH:mm:ss`
 * - `ymd-slash`: `YYYY/MM/DD H:mm[:ss]` (what Excel writes on a Japanese system)
 * - `us`: `M/D/YYYY h:mm[:ss] AM` (or 24-hour without AM/PM)
 * - `epoch-s`, `epoch-ms`: Unix time in seconds or milliseconds (UTC by definition)
 */
export const TIME_FORMATS = ['auto', 'iso', 'ymd-hms', 'ymd-slash', 'us', 'epoch-s', 'epoch-ms'] as const;
export type TimeFormat = (typeof TIME_FORMATS)[number];

/** Normalized fields a column can be mapped to, besides the time. Every other column goes to `details`. */
export const MAPPING_ROLES = ['actorName', 'actorEmail', 'actorLogin', 'action', 'target', 'status', 'ip', 'serviceType', 'level', 'module', 'category'] as const;
export type MappingRole = (typeof MAPPING_ROLES)[number];

/** `table`: a header row (CSV, TSV, an XLSX sheet); `json`: JSON records, keys flattened as `a.b.c`. */
export const MAPPING_KINDS = ['table', 'json'] as const;
export type MappingKind = (typeof MAPPING_KINDS)[number];

/** Words that mean success or failure when no others are given (matched whole, case-insensitive). */
export const DEFAULT_SUCCESS_WORDS = ['success', 'succeeded', 'successful', 'ok', 'allow', 'allowed', 'pass', 'passed', 'accepted', 'true', '成功', '성공'];
export const DEFAULT_FAILURE_WORDS = ['failure', 'failed', 'fail', 'error', 'denied', 'deny', 'blocked', 'block', 'rejected', 'reject', 'false', '失敗', 'エラー', '실패', '오류'];

/** Sample rows kept with a file that needs a mapping. */
export const MAX_SAMPLES = 5;
/** Characters kept of each sample value. */
export const SAMPLE_CHARS = 200;

const Column = z.string().trim().min(1, 'must name a column').max(500);
const Word = z.string().trim().min(1).max(100);

/**
 * Matching form of a column name: BOM, case, full-width forms and all white space ignored. The same
 * normalization as the source modules' header keys, so `Client IP` and `client ip` are one column.
 */
export function columnKey(name: string): string {
  const s = name.charCodeAt(0) === 0xfeff ? name.slice(1) : name;
  return s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

/** The signature of a header: its normalized column names, unique and sorted (order never matters). */
export function signatureOf(names: readonly string[]): string[] {
  return [...new Set(names.map(columnKey).filter((k) => k !== ''))].sort();
}

/** One string for a signature, for keys and equality. */
export function signatureKey(signature: readonly string[]): string {
  return signature.join('\n');
}

const RoleColumnsSchema = z.object({
  actorName: Column.optional(),
  actorEmail: Column.optional(),
  actorLogin: Column.optional(),
  action: Column.optional(),
  target: Column.optional(),
  status: Column.optional(),
  ip: Column.optional(),
  serviceType: Column.optional(),
  level: Column.optional(),
  module: Column.optional(),
  category: Column.optional(),
}).strict() satisfies z.ZodType<Partial<Record<MappingRole, string>>>;

export const ColumnMappingSchema = z.object({
  version: z.literal(1).default(1),
  /** the source's name: its menu label, and `custom.<slug>` as its source id */
  name: z.string().trim().min(1, 'must not be empty').max(80),
  kind: z.enum(MAPPING_KINDS),
  /** the header's column names (normalized, sorted and made unique on parse) */
  signature: z.array(z.string().min(1).max(500)).min(1).max(1000).transform((s) => signatureOf(s)),
  /** the columns as the file names them, in its order: labels of the source's page and details keys */
  headers: z.array(z.string().max(500)).max(1000).optional(),
  time: z.object({ column: Column, format: z.enum(TIME_FORMATS).default('auto') }).strict(),
  /** role → the column as the file names it */
  columns: RoleColumnsSchema.default({}),
  /** which values of the status column mean success and failure; defaults when absent */
  statusWords: z.object({ success: z.array(Word).max(100), failure: z.array(Word).max(100) }).strict().optional(),
}).strict().superRefine((m, ctx) => {
  const known = new Set(m.signature);
  const check = (column: string, path: (string | number)[]) => {
    if (!known.has(columnKey(column))) ctx.addIssue({ code: 'custom', path, message: `"${column}" is not one of the columns in "signature"` });
  };
  check(m.time.column, ['time', 'column']);
  for (const role of MAPPING_ROLES) {
    const c = m.columns[role];
    if (c !== undefined) check(c, ['columns', role]);
  }
});
export type ColumnMapping = z.output<typeof ColumnMappingSchema>;
export type ColumnMappingInput = z.input<typeof ColumnMappingSchema>;

/** What a file that needs a mapping reports: its columns (or flattened keys) and a few sample rows. */
export const MappingRequestSchema = z.object({
  kind: z.enum(MAPPING_KINDS),
  columns: z.array(z.string().max(500)).max(1000),
  /** up to MAX_SAMPLES rows, each aligned with `columns` ('' where a record lacks the key) */
  samples: z.array(z.array(z.string().max(SAMPLE_CHARS))).max(MAX_SAMPLES),
  /** the header's line (table) or the first record's line (JSON) */
  line: z.number().int().nonnegative(),
});
export type MappingRequest = z.infer<typeof MappingRequestSchema>;

/**
 * The source id of a mapping: `custom.` and its name in lower-case ASCII words; a name with other
 * characters (`社内SIEM`) gets a short hash of the whole name too, so two such names stay apart.
 */
export function mappingSourceId(name: string): string {
  const trimmed = name.trim();
  const ascii = trimmed.normalize('NFKC').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40);
  const plain = /^[A-Za-z0-9 _.\-]*$/.test(trimmed);
  if (plain && ascii) return `custom.${ascii}`;
  const hash = hashId(trimmed).slice(0, 6);
  return `custom.${ascii ? `${ascii}-` : ''}${hash}`;
}

/** True for a source id that a mapping made. */
export function isMappedSourceId(sourceId: string): boolean {
  return sourceId.startsWith('custom.');
}

/** The words of a mapping's status column, its own or the defaults. */
export function statusWordsOf(m: Pick<ColumnMapping, 'statusWords'>): { success: readonly string[]; failure: readonly string[] } {
  return m.statusWords ?? { success: DEFAULT_SUCCESS_WORDS, failure: DEFAULT_FAILURE_WORDS };
}

/** The saved mapping whose signature is exactly this header's, or null. */
export function tableMappingFor<M extends ColumnMapping>(mappings: readonly M[], headerNames: readonly string[]): M | null {
  const key = signatureKey(signatureOf(headerNames));
  return mappings.find((m) => m.kind === 'table' && signatureKey(m.signature) === key) ?? null;
}

/** Share of keys two key sets have in common (Jaccard), 0–1. */
export function keyOverlap(keys: readonly string[], signature: readonly string[]): number {
  const sig = new Set(signature);
  const own = new Set(keys);
  let both = 0;
  for (const k of own) if (sig.has(k)) both++;
  const union = own.size + sig.size - both;
  return union === 0 ? 0 : both / union;
}

/**
 * JSON records vary (optional keys, nested objects that differ per event type), so a JSON mapping
 * applies to a record that has its time key and shares at least this share of keys with it.
 */
export const JSON_MIN_OVERLAP = 0.6;
