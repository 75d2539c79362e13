/**
 * gzip (`.gz` alone or inside a ZIP): the bytes, expanded as they stream. Concatenated gzip
 * members (what `cat a.gz b.gz` and some log shippers write) expand as one stream, as gunzip does.
 */
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { ExpansionGuard } from '../limits';

export const GZIP_MAGIC = [0x1f, 0x8b] as const;

export function isGzip(head: Uint8Array): boolean {
  return head.length >= 2 && head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1];
}

/**
 * The expanded bytes of `source`; LimitError past the caps, a message naming `where` for damaged
 * data. A stream that just stops (a download or copy cut off) ends quietly after the bytes that
 * did expand, and `onCutOff` is told, so that what was there still imports (as partial).
 */
export async function* gunzip(source: AsyncIterable<Buffer>, where: string, onCutOff: () => void = () => {}): AsyncGenerator<Buffer> {
  let consumed = 0;
  const counted = (async function* () {
    for await (const chunk of source) {
      consumed += chunk.length;
      yield chunk;
    }
  })();
  const guard = new ExpansionGuard(where, () => consumed);
  const input = Readable.from(counted);
  const z = createGunzip();
  input.on('error', (e) => z.destroy(e));
  input.pipe(z);
  try {
    for await (const chunk of z as AsyncIterable<Buffer>) {
      guard.add(chunk.length);
      yield chunk;
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'Z_BUF_ERROR' && guard.expanded > 0) {
      onCutOff();
      return;
    }
    if (typeof code === 'string' && code.startsWith('Z_')) throw new Error(`${where}: damaged gzip data (${(e as Error).message})`);
    throw e;
  } finally {
    input.destroy();
    z.destroy();
  }
}
