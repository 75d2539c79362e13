/**
 * Opaque refs for files the user chose. The renderer only ever holds a ref; main resolves it to a
 * path it registered itself (dialog, drop via preload, or a web-mode upload).
 */
import { randomBytes } from 'node:crypto';
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import { AppError } from '../../shared/errors';
import type { FileRef } from '../../shared/ipc/contract';
import type { FileArrival } from './file-arrival';

interface Entry { path: string; name: string; size: number; arrival?: FileArrival }

export class FileRegistry {
  private readonly entries = new Map<string, Entry>();

  /** Registers a regular file; `name` defaults to the path's base name. */
  register(path: string, name = basename(path)): FileRef {
    let size: number;
    try {
      const st = statSync(path);
      if (!st.isFile()) throw new AppError('invalid-input', `${name}: not a regular file`, { file: name });
      size = st.size;
    } catch (e) {
      if (e instanceof AppError) throw e;
      throw new AppError('not-found', `${name}: cannot be read (${(e as Error).message})`, { file: name });
    }
    return this.add({ path, name, size });
  }

  /** Registers a file a web-mode upload is still writing: `arrival` says how far it has come. */
  registerArrival(path: string, name: string, arrival: FileArrival): FileRef {
    return this.add({ path, name, size: arrival.size, arrival });
  }

  private add(e: Entry): FileRef {
    const ref = randomBytes(12).toString('hex');
    this.entries.set(ref, e);
    return { ref, name: e.name, size: e.size };
  }

  resolve(ref: string): Entry {
    const e = this.entries.get(ref);
    if (!e) throw new AppError('not-found', `unknown file reference ${ref}`, { ref });
    return e;
  }
}
