/**
 * Web-mode uploads in two steps, so that a file's import can start while its bytes still arrive:
 * `open` registers the file (its ref usable at once, its size known), `receive` writes the body of
 * the second request to it, counting each write once it is on disk.
 */
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { open, rm } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../../shared/errors';
import type { FileRef } from '../../shared/ipc/contract';
import { FileArrival } from '../files/file-arrival';
import type { FileRegistry } from '../files/file-registry';

interface Pending { path: string; name: string; arrival: FileArrival }

export class Uploads {
  private readonly pending = new Map<string, Pending>();

  constructor(private readonly dir: string, private readonly files: FileRegistry) {}

  /** A file of `size` bytes is coming: its ref, valid for imports from now on. */
  open(name: string, size: number): FileRef {
    // the name shown to the user is kept; the name on disk is ours
    const path = join(this.dir, `${randomBytes(8).toString('hex')}.bin`);
    // there from now on: an import may open it before its first byte
    writeFileSync(path, '');
    const arrival = new FileArrival(size);
    const ref = this.files.registerArrival(path, name, arrival);
    if (size > 0) this.pending.set(ref.ref, { path, name, arrival });
    return ref;
  }

  /** The page will not send the bytes of `ref` (its upload was stopped): its import stops too. */
  async cancel(ref: string): Promise<void> {
    const p = this.pending.get(ref);
    if (!p) return;
    this.pending.delete(ref);
    await this.drop(p, new Error(`${p.name}: upload cancelled`));
  }

  /** Writes the body of `req` as the bytes of the upload `ref`; a body that stops early or differs in size fails it and removes the file. */
  async receive(ref: string, req: IncomingMessage): Promise<void> {
    const p = this.pending.get(ref);
    if (!p) throw new AppError('not-found', `no upload is waiting for ${ref}`, { ref });
    this.pending.delete(ref);
    const declared = Number(req.headers['content-length']);
    try {
      if (declared !== p.arrival.size) throw new Error(`${declared} bytes sent for a file of ${p.arrival.size}`);
      await pipeline(req, fileSink(p));
      p.arrival.end();
      await p.arrival.done;
    } catch (e) {
      const why = new Error(`${p.name}: the upload stopped before its end (${(e as Error).message})`);
      await this.drop(p, why);
      throw why;
    }
  }

  private async drop(p: Pending, why: Error): Promise<void> {
    p.arrival.fail(why);
    // an import reading it is stopped by the failure; Windows lets a file go once it is closed
    await rm(p.path, { force: true, maxRetries: 10, retryDelay: 200 });
  }
}

/** Writes chunks in order at the file's end and tells the arrival once each is written. */
function fileSink(p: Pending): Writable {
  let handle: Awaited<ReturnType<typeof open>> | null = null;
  let at = 0;
  const write = async (chunk: Buffer) => {
    handle ??= await open(p.path, 'r+');
    await handle.write(chunk, 0, chunk.length, at);
    at += chunk.length;
    p.arrival.grew(chunk.length);
  };
  return new Writable({
    writev(chunks, cb) {
      write(Buffer.concat(chunks.map((c) => c.chunk as Buffer))).then(() => cb(), cb);
    },
    final(cb) {
      const h = handle;
      handle = null;
      (h?.close() ?? Promise.resolve()).then(() => cb(), cb);
    },
    destroy(err, cb) {
      const h = handle;
      handle = null;
      (h?.close() ?? Promise.resolve()).catch(() => undefined).then(() => cb(err));
    },
  });
}
