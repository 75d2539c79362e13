/**
 * The bytes of what one import reads: a file on disk, or one entry of a ZIP archive (expanded),
 * plus the helpers that look at the first bytes before the rest flows.
 */
import { say } from '../../shared/model/ingest-text';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { readGrowingFile } from './readers/growing-file';
import { readZipEntry } from './readers/zip-archive';
import { IngestFailure } from './record-handler';

export interface UnitLocation {
  filePath: string;
  /** shown in messages: the file name, or "archive.zip › folder/entry.csv" */
  fileName: string;
  /** the entry's path inside the ZIP at filePath, with its central-directory index */
  entry?: string;
  entryIndex?: number;
  /** the entry's expanded size (progress); a file's own size is read from disk */
  size?: number;
  /** a file still being uploaded (web mode): its final size, read up to as it arrives */
  growingSize?: number;
}

export interface OpenedUnit { bytes: AsyncIterable<Buffer>; size: number }

export async function openUnit(u: UnitLocation, highWaterMark: number, signal?: AbortSignal): Promise<OpenedUnit> {
  if (u.entryIndex !== undefined) {
    if (!u.size) throw new IngestFailure(u.fileName, say('file.empty'));
    return { bytes: readZipEntry(u.filePath, u.entryIndex, u.entry ?? '', u.fileName), size: u.size };
  }
  if (u.growingSize) {
    const bytes = readGrowingFile({ path: u.filePath, fileName: u.fileName, size: u.growingSize, highWaterMark, signal });
    return { bytes, size: u.growingSize };
  }
  const info = await stat(u.filePath);
  if (!info.isFile()) throw new IngestFailure(u.fileName, say('file.notAFile'));
  if (info.size === 0) throw new IngestFailure(u.fileName, say('file.empty'));
  return { bytes: createReadStream(u.filePath, { highWaterMark, signal }) as AsyncIterable<Buffer>, size: info.size };
}

/**
 * Reads chunks until `n` bytes (or the end) are in hand; `rest` yields those bytes again, then the
 * remainder, from the same iterator. `close` releases the source (a file handle, an open archive)
 * when `rest` is never read to its end: returning a generator that has not started runs no
 * `finally`, so the caller must.
 */
export async function peek(source: AsyncIterable<Buffer>, n: number): Promise<{ head: Buffer; rest: AsyncIterable<Buffer>; close(): Promise<void> }> {
  const it = source[Symbol.asyncIterator]();
  const taken: Buffer[] = [];
  let size = 0;
  let done = false;
  while (size < n) {
    const r = await it.next();
    if (r.done) {
      done = true;
      break;
    }
    taken.push(r.value);
    size += r.value.length;
  }
  const head = Buffer.concat(taken);
  async function* rest(): AsyncGenerator<Buffer> {
    if (head.length > 0) yield head;
    while (!done) {
      const r = await it.next();
      if (r.done) done = true;
      else yield r.value;
    }
  }
  const close = async () => {
    if (done) return;
    done = true;
    await it.return?.();
  };
  return { head, rest: rest(), close };
}
