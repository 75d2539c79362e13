import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { FileRegistry } from '../files/file-registry';
import { Uploads } from './uploads';

const dir = mkdtempSync(join(tmpdir(), 'auditlens-uploads-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function body(chunks: (string | Error)[], length: number): IncomingMessage {
  const stream = new Readable({ read() {} });
  let i = 0;
  const next = () => {
    if (i === chunks.length) return stream.push(null);
    const c = chunks[i++];
    if (c instanceof Error) return stream.destroy(c);
    stream.push(Buffer.from(c));
    setTimeout(next, 5);
  };
  setTimeout(next, 5);
  return Object.assign(stream, { headers: { 'content-length': String(length) } }) as unknown as IncomingMessage;
}

describe('web-mode uploads', () => {
  it('registers the file at once, then writes its bytes and ends its arrival', async () => {
    const files = new FileRegistry();
    const uploads = new Uploads(dir, files);
    const ref = uploads.open('login.csv', 10);
    expect(ref).toMatchObject({ name: 'login.csv', size: 10 });
    const entry = files.resolve(ref.ref);
    expect(readFileSync(entry.path, 'latin1')).toBe('');
    const head = entry.arrival!.whenBytes(4);
    await uploads.receive(ref.ref, body(['abcd', 'efg', 'hij'], 10));
    await head;
    await expect(entry.arrival!.done).resolves.toBeUndefined();
    expect(readFileSync(entry.path, 'latin1')).toBe('abcdefghij');
    await expect(uploads.receive(ref.ref, body(['x'], 1))).rejects.toThrow(`no upload is waiting for ${ref.ref}`);
  });

  it('fails the arrival and removes the file when the body is not the size announced or breaks off', async () => {
    const files = new FileRegistry();
    const uploads = new Uploads(dir, files);
    const short = uploads.open('short.csv', 5);
    await expect(uploads.receive(short.ref, body(['abc'], 3))).rejects.toThrow('short.csv: the upload stopped before its end (3 bytes sent for a file of 5)');
    expect(existsSync(files.resolve(short.ref).path)).toBe(false);
    await expect(files.resolve(short.ref).arrival!.done).rejects.toThrow('short.csv: the upload stopped');
    const broken = uploads.open('broken.csv', 6);
    await expect(uploads.receive(broken.ref, body(['abc', new Error('aborted')], 6))).rejects.toThrow('broken.csv: the upload stopped before its end (aborted)');
    expect(existsSync(files.resolve(broken.ref).path)).toBe(false);
  });

  it('a cancelled upload fails its arrival, so that its import stops', async () => {
    const files = new FileRegistry();
    const uploads = new Uploads(dir, files);
    const ref = uploads.open('gone.csv', 8);
    await uploads.cancel(ref.ref);
    await expect(files.resolve(ref.ref).arrival!.done).rejects.toThrow('gone.csv: upload cancelled');
    expect(existsSync(files.resolve(ref.ref).path)).toBe(false);
    // an empty file has nothing to wait for
    await expect(files.resolve(uploads.open('empty.csv', 0).ref).arrival!.done).resolves.toBeUndefined();
  });
});
