/**
 * Reads a file that another part of the app is still writing (a web-mode upload) up to its known
 * final size: what is on disk now, then, while it is short, again every few milliseconds.
 */
import { say } from '../../../shared/model/ingest-text';
import { open } from 'node:fs/promises';
import { IngestFailure } from '../record-handler';

/** How often a read that found no new bytes is retried. */
const POLL_MS = 10;

export interface GrowingFile {
  path: string;
  /** in messages */
  fileName: string;
  /** the final size: reading ends there */
  size: number;
  highWaterMark: number;
  signal?: AbortSignal;
  /** no new byte for this long fails the read (the writer is gone) */
  stallMs?: number;
}

export async function* readGrowingFile(f: GrowingFile): AsyncGenerator<Buffer> {
  const fh = await open(f.path, 'r');
  const stallMs = f.stallMs ?? 120_000;
  try {
    let at = 0;
    let lastGrowth = Date.now();
    while (at < f.size) {
      f.signal?.throwIfAborted();
      const buf = Buffer.allocUnsafe(Math.min(f.highWaterMark, f.size - at));
      const { bytesRead } = await fh.read(buf, 0, buf.length, at);
      if (bytesRead > 0) {
        at += bytesRead;
        lastGrowth = Date.now();
        yield bytesRead === buf.length ? buf : buf.subarray(0, bytesRead);
        continue;
      }
      if (Date.now() - lastGrowth > stallMs) {
        throw new IngestFailure(f.fileName, say('file.uploadStopped', { at, size: f.size }));
      }
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  } finally {
    await fh.close();
  }
}
