/** Import records (one per file or archive entry) and their rejected lines. */
import { z } from 'zod';
import { MappingRequestSchema } from '../mapping/column-mapping';
import { IngestTextSchema } from './ingest-text';

/**
 * `skipped`: an archive entry that is not a log (macOS metadata, empty, an image …), with why in `message`.
 * `needs-mapping`: no source and no saved mapping fits its columns, one of which holds times; nothing
 * imported, `mappingRequest` holds what the mapping dialog shows.
 * `replaced`: imported again (another encoding, or with a mapping) by the import whose `replaces` names it; its events were rolled back.
 */
export const IMPORT_STATUSES = ['running', 'finished', 'partial', 'failed', 'cancelled', 'skipped', 'needs-mapping', 'replaced'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

export const ImportRecordSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  /** "zip › entry path" for archive members; empty for a plain file */
  entryPath: z.string(),
  size: z.number().nonnegative(),
  sha256: z.string(),
  sourceId: z.string(),
  encoding: z.string(),
  timeZone: z.string(),
  read: z.number().int().nonnegative(),
  added: z.number().int().nonnegative(),
  duplicates: z.number().int().nonnegative(),
  rejected: z.number().int().nonnegative(),
  status: z.enum(IMPORT_STATUSES),
  /** why it failed or was partial, in words (English; the CLI prints it) */
  message: z.string(),
  /** the same without the file's name, for the UI's language (ingest-text.ts); absent on older records */
  messageText: IngestTextSchema.optional(),
  startedAt: z.number(),
  finishedAt: z.number(),
  /** the entry's path inside its archive ("logs/2024-05/login.csv"); absent for a plain file */
  entry: z.string().optional(),
  /** the archive's file name ("export.zip"); absent for a plain file */
  container: z.string().optional(),
  /** what the content was read as: csv, tsv, json, jsonl, xlsx, with "+gzip" when it was compressed */
  format: z.string().optional(),
  /** `user` when the analyst chose the encoding (Re-import as…), `detected` otherwise; absent on older records */
  encodingBy: z.enum(['detected', 'user']).optional(),
  /** main's handle of the file the import read, for importing it again this session (refs do not outlive main) */
  fileRef: z.string().max(100).optional(),
  /** the import this one replaced (rolled back and read again) */
  replaces: z.string().max(100).optional(),
  /** with status `needs-mapping`: the columns and sample rows to map */
  mappingRequest: MappingRequestSchema.optional(),
});
export type ImportRecord = z.infer<typeof ImportRecordSchema>;

export const RejectSchema = z.object({
  importId: z.string(),
  line: z.number().int(),
  /** why, in English */
  reason: z.string(),
  /** the same for the UI's language (ingest-text.ts); absent on older records */
  text: IngestTextSchema.optional(),
  /** the rejected text, cut at 4 KB */
  raw: z.string(),
});
export type Reject = z.infer<typeof RejectSchema>;

/** Cap on how many rejects one import keeps in full; the count stays exact. */
export const MAX_REJECTS_KEPT = 10_000;
