/**
 * An import batch as ONE binary message on the data channel (a binary WebSocket frame in web mode,
 * an ArrayBuffer over the MessagePort in Electron): a small JSON header (import, seq, rejects,
 * progress, the shape of each chunk) followed by the packed chunks' arrays and their text as UTF-8
 * (as UTF-16 for a text with a lone surrogate, which UTF-8 cannot carry).
 * The chunks are already in the form IndexedDB stores (model/packed-chunk.ts), so the DB worker
 * copies arrays out and decodes one text per chunk instead of JSON-parsing a million strings.
 * Typed arrays travel in the platform's byte order: both ends run on the same machine.
 */
import { z } from 'zod';
import { RejectSchema, type Reject } from './model/import';
import { checkChunk } from './model/chunk-check';
import { CHUNK_FIELDS, LAYOUT_SLOT, type ChunkData } from './model/packed-chunk';

/** What ES2024 adds to strings, not yet in the TypeScript lib this project targets. */
type WellFormed = { isWellFormed(): boolean };

export const ProgressSchema = z.object({
  read: z.number().int().nonnegative(),
  rejected: z.number().int().nonnegative(),
  bytesRead: z.number().nonnegative(),
  bytesTotal: z.number().nonnegative(),
});
export type ImportProgress = z.infer<typeof ProgressSchema>;

/** What a batch says besides its events. */
export interface BatchMeta { importId: string; seq: number; rejects: Reject[]; progress: ImportProgress }

/** A decoded, checked batch. */
export interface BatchFrame extends BatchMeta { chunks: ChunkData[] }

/** "ALB3": an Auditlens batch, chunk layout version 3. */
const MAGIC = 0x33424c41;

const count = z.number().int().nonnegative();
const HeaderSchema = z.object({
  t: z.literal('batch'),
  importId: z.string().min(1).max(200),
  seq: count,
  rejects: z.array(RejectSchema),
  progress: ProgressSchema,
  chunks: z.array(z.object({
    count, entries: count, codes: count, lanes: count, keys: z.array(z.string()), cells: count, cellSep: z.string().max(1),
    textBytes: count, textChars: count, utf16: z.boolean(),
  })).max(100_000),
});
type ChunkShape = z.infer<typeof HeaderSchema>['chunks'][number];

const encoder = new TextEncoder();

const bytesOf = (a: ArrayBufferView) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

/** The binary message of one batch. */
export function encodeBatchFrame(meta: BatchMeta, chunks: readonly ChunkData[]): Uint8Array {
  const utf16 = chunks.map((c) => !(c.text as unknown as WellFormed).isWellFormed());
  const texts = chunks.map((c, i) => (utf16[i] ? utf16Bytes(c.text) : encoder.encode(c.text)));
  const shapes: ChunkShape[] = chunks.map((c, i) => ({
    count: c.count, entries: c.ends.length, codes: c.codes.length, lanes: c.ids.length, keys: c.keys, cells: c.cells, cellSep: c.cellSep,
    textBytes: texts[i].length, textChars: c.text.length, utf16: utf16[i],
  }));
  const header = encoder.encode(JSON.stringify({ t: 'batch', ...meta, chunks: shapes }));
  const size = 8 + header.length + shapes.reduce((sum, s) => sum + chunkBytes(s), 0);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, header.length, true);
  out.set(header, 8);
  let at = 8 + header.length;
  chunks.forEach((c, i) => {
    for (const part of [bytesOf(c.time), bytesOf(c.ids), bytesOf(c.line), bytesOf(c.ends), bytesOf(c.layout), c.flags, c.codes, texts[i]]) {
      out.set(part, at);
      at += part.length;
    }
  });
  return out;
}

const layoutWords = (s: ChunkShape) => (CHUNK_FIELDS.length + s.keys.length + s.cells) * LAYOUT_SLOT;

function chunkBytes(s: ChunkShape): number {
  return 8 * s.count + 8 * s.lanes + 4 * s.count + 4 * s.entries + 4 * layoutWords(s) + s.count + s.codes + s.textBytes;
}

/** A string's UTF-16 code units as little-endian bytes: lossless for any string. */
function utf16Bytes(text: string): Uint8Array {
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  return bytesOf(units);
}

function fromUtf16(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.slice().buffer);
  let out = '';
  for (let i = 0; i < units.length; i += 8192) out += String.fromCharCode.apply(null, Array.from(units.subarray(i, i + 8192)));
  return out;
}

/**
 * Reads and checks a batch message: the header through its schema, each chunk through checkChunk.
 * Throws an Error whose message says what is wrong and where (batch, chunk, field).
 */
export function decodeBatchFrame(data: ArrayBuffer | ArrayBufferView): BatchFrame {
  const { bytes, headerBytes, json } = readHeader(data);
  const header = HeaderSchema.parse(json);
  const where = `batch ${header.seq} of ${header.importId}`;
  const total = 8 + headerBytes + header.chunks.reduce((sum, s) => sum + chunkBytes(s), 0);
  if (total !== bytes.length) throw new Error(`${where}: ${bytes.length} bytes where the header describes ${total}`);
  // fatal: a damaged byte is an error, not a silent U+FFFD; ignoreBOM: a raw line may start with one
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let at = 8 + headerBytes;
  const take = (n: number) => bytes.slice(at, (at += n)).buffer;
  const chunks = header.chunks.map((s, i): ChunkData => {
    if (s.utf16 && s.textBytes % 2 !== 0) throw new Error(`${where}, chunk ${i}: an odd number of UTF-16 bytes`);
    const chunk: ChunkData = {
      count: s.count,
      time: new Float64Array(take(8 * s.count)),
      ids: new Float64Array(take(8 * s.lanes)),
      line: new Int32Array(take(4 * s.count)),
      ends: new Uint32Array(take(4 * s.entries)),
      layout: new Uint32Array(take(4 * layoutWords(s))),
      flags: new Uint8Array(take(s.count)),
      codes: new Uint8Array(take(s.codes)),
      keys: s.keys,
      cells: s.cells,
      cellSep: s.cellSep,
      text: s.utf16 ? fromUtf16(bytes.subarray(at, (at += s.textBytes))) : decodeText(decoder, bytes.subarray(at, (at += s.textBytes)), `${where}, chunk ${i}`),
    };
    if (chunk.text.length !== s.textChars) throw new Error(`${where}, chunk ${i}: the text has ${chunk.text.length} characters, not ${s.textChars}`);
    const bad = checkChunk(chunk);
    if (bad) throw new Error(`${where}, chunk ${i}: ${bad}`);
    return chunk;
  });
  return { importId: header.importId, seq: header.seq, rejects: header.rejects, progress: header.progress, chunks };
}

function decodeText(decoder: InstanceType<typeof TextDecoder>, bytes: Uint8Array, where: string): string {
  try {
    return decoder.decode(bytes);
  } catch {
    throw new Error(`${where}: the text is not valid UTF-8`);
  }
}

/** The frame's bytes and its header as parsed JSON (not yet checked); throws when even that is unreadable. */
function readHeader(data: ArrayBuffer | ArrayBufferView): { bytes: Uint8Array; headerBytes: number; json: unknown } {
  const bytes = data instanceof ArrayBuffer ? new Uint8Array(data) : bytesOf(data);
  if (bytes.length < 8) throw new Error('batch frame: shorter than its header');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0, true) !== MAGIC) throw new Error('batch frame: not an Auditlens batch (wrong magic number)');
  const headerBytes = view.getUint32(4, true);
  if (8 + headerBytes > bytes.length) throw new Error('batch frame: the header runs past the end');
  return { bytes, headerBytes, json: JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + headerBytes))) as unknown };
}

/** The import a batch frame names, read from its header alone; '' when even that is unreadable. */
export function batchFrameImportId(data: ArrayBuffer | ArrayBufferView): string {
  try {
    const id = (readHeader(data).json as { importId?: unknown } | null)?.importId;
    return typeof id === 'string' ? id : '';
  } catch {
    return '';
  }
}
