/**
 * The typed contract between the renderer and main: every command's input and output schema and
 * every event's payload. Validated on each receiving side (main's router, the renderer's client).
 */
import { z } from 'zod';
import type { CommandName, EventName } from './channels';
import { isValidTimeZone } from '../util/timezone';
import { ColumnMappingSchema } from '../mapping/column-mapping';

/** An opaque handle to a file main may read; paths never come from the renderer's page code. */
export const FileRefSchema = z.object({ ref: z.string().min(8).max(100), name: z.string(), size: z.number().nonnegative() });
export type FileRef = z.infer<typeof FileRefSchema>;

const TimeZone = z.string().max(64).refine(isValidTimeZone, 'unknown time zone');
const Empty = z.object({}).strict();

export const commands = {
  'app.info': {
    input: Empty,
    output: z.object({ mode: z.enum(['electron', 'web']), version: z.string(), platform: z.string(), systemTimeZone: z.string() }),
  },
  'files.pick': {
    input: Empty,
    output: z.object({ files: z.array(FileRefSchema) }),
  },
  /** Electron drag & drop: preload resolves a dropped File to its path with webUtils. */
  'files.registerDropped': {
    input: z.object({ paths: z.array(z.string().min(1).max(4096)).min(1).max(1000) }).strict(),
    output: z.object({ files: z.array(FileRefSchema) }),
  },
  /**
   * `encoding`: the analyst's choice (else detected); `mappings`: the saved column mappings, for files
   * no source knows; `entry`: with one ref, only this entry of the archive; `replaces`: an import
   * whose events are rolled back (status `replaced`) before this one begins: Re-import as….
   */
  'import.start': {
    input: z.object({
      refs: z.array(z.string().min(8).max(100)).min(1).max(1000), timeZone: TimeZone, encoding: z.string().max(32).optional(),
      mappings: z.array(ColumnMappingSchema).max(500).optional(),
      entry: z.string().min(1).max(4096).optional(),
      replaces: z.string().min(1).max(100).optional(),
    }).strict(),
    output: z.object({ imports: z.array(z.object({ importId: z.string(), fileName: z.string(), size: z.number() })) }),
  },
  'import.cancel': {
    input: z.object({ importId: z.string().min(1).max(100) }).strict(),
    output: z.object({ cancelled: z.boolean() }),
  },
  'export.begin': {
    input: z.object({ format: z.enum(['csv']), suggestedName: z.string().min(1).max(200) }).strict(),
    output: z.object({ exportId: z.string(), target: z.string(), canceled: z.boolean() }),
  },
  'export.result': {
    input: z.object({ exportId: z.string().min(1).max(100) }).strict(),
    output: z.object({
      exportId: z.string(),
      fileName: z.string(),
      rows: z.number().int(),
      size: z.number(),
      sha256: z.string(),
      /** web mode: a same-origin URL that downloads the file */
      downloadUrl: z.string().optional(),
    }),
  },
} satisfies Record<CommandName, { input: z.ZodType; output: z.ZodType }>;

export const events = {
  'app.notice': z.object({ level: z.enum(['info', 'warning', 'error']), message: z.string() }),
} satisfies Record<EventName, z.ZodType>;

export type Input<K extends CommandName> = z.infer<(typeof commands)[K]['input']>;
export type Output<K extends CommandName> = z.infer<(typeof commands)[K]['output']>;
export type EventPayload<K extends EventName> = z.infer<(typeof events)[K]>;

/** What preload (or the web bridge) exposes as `window.auditlens`. */
export interface AuditlensApi {
  readonly mode: 'electron' | 'web';
  invoke(name: string, input: unknown): Promise<unknown>;
  on(event: string, cb: (payload: unknown) => void): () => void;
  /** where the DB worker gets its bulk data channel: a WebSocket URL (web mode), or a MessagePort posted to the window under this message name (Electron) */
  dataChannel(): Promise<{ wsUrl: string } | { windowMessage: string }>;
  /**
   * Turns Files the user dropped or picked in the page into refs main can read. Web mode uploads
   * them to the host: the refs come at once (their imports read the files as they arrive), the
   * upload goes on, reported through `watch`, stopped when its signal aborts. Electron reads the
   * files where they are.
   */
  fileRefs(files: File[], watch?: UploadWatch): Promise<FileRef[]>;
}

/** How far a web-mode upload has come: file `index` of `count`, `loaded` of `total` bytes. */
export interface UploadProgress { fileName: string; index: number; count: number; loaded: number; total: number }

export interface UploadWatch {
  onProgress(p: UploadProgress): void;
  /** every file is on the host, or the upload stopped (why) */
  onEnd(error: Error | null): void;
  signal: AbortSignal;
}
