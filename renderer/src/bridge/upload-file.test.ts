import { describe, expect, it } from 'vitest';
import { UploadCancelled, uploadFile } from './upload-file';

/** An XMLHttpRequest stand-in whose events the test fires. */
class FakeXhr {
  upload: { onprogress: ((e: { loaded: number; total: number; lengthComputable: boolean }) => void) | null } = { onprogress: null };
  onabort: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onload: (() => void) | null = null;
  status = 0;
  responseText = '';
  opened = '';
  headers: Record<string, string> = {};
  sent: unknown = null;
  open(method: string, url: string) { this.opened = `${method} ${url}`; }
  setRequestHeader(k: string, v: string) { this.headers[k] = v; }
  send(body: unknown) { this.sent = body; }
  abort() { this.onabort?.(); }
}

const file = new File(['a,b\n1,2\n'], 'ログ 1.csv');

function start(signal = new AbortController().signal) {
  const xhr = new FakeXhr();
  const seen: [number, number][] = [];
  const done = uploadFile({ file, url: '/upload/data?ref=r1', token: 'tok', signal, onProgress: (l, t) => seen.push([l, t]), xhr: () => xhr as unknown as XMLHttpRequest });
  return { xhr, seen, done };
}

describe('uploadFile', () => {
  it('posts the file with the token, reports progress, resolves with the answer', async () => {
    const { xhr, seen, done } = start();
    expect(xhr.opened).toBe('POST /upload/data?ref=r1');
    expect(xhr.headers['x-auditlens-token']).toBe('tok');
    expect(xhr.sent).toBe(file);
    xhr.upload.onprogress?.({ loaded: 4, total: 8, lengthComputable: true });
    xhr.upload.onprogress?.({ loaded: 8, total: 0, lengthComputable: false });
    xhr.status = 200;
    xhr.responseText = '{"ref":"f1","name":"ログ 1.csv"}';
    xhr.onload?.();
    await expect(done).resolves.toEqual({ ref: 'f1', name: 'ログ 1.csv' });
    expect(seen).toEqual([[4, 8], [8, file.size]]);
  });

  it('stops when the signal aborts, with UploadCancelled naming the file', async () => {
    const ctl = new AbortController();
    const { done } = start(ctl.signal);
    ctl.abort();
    await expect(done).rejects.toBeInstanceOf(UploadCancelled);
    await expect(done).rejects.toThrow('ログ 1.csv: upload cancelled');
  });

  it('does not start when already aborted', async () => {
    const ctl = new AbortController();
    ctl.abort();
    const { xhr, done } = start(ctl.signal);
    await expect(done).rejects.toBeInstanceOf(UploadCancelled);
    expect(xhr.opened).toBe('');
  });

  it('says what went wrong: a refusal with its status, a lost host, an answer that is not JSON', async () => {
    const a = start();
    a.xhr.status = 413;
    a.xhr.responseText = 'file too large';
    a.xhr.onload?.();
    await expect(a.done).rejects.toThrow('ログ 1.csv: upload refused (413 file too large)');
    const b = start();
    b.xhr.onerror?.();
    await expect(b.done).rejects.toThrow(/ログ 1\.csv: the upload to the Auditlens host failed/);
    const c = start();
    c.xhr.status = 200;
    c.xhr.responseText = '<html>';
    c.xhr.onload?.();
    await expect(c.done).rejects.toThrow('ログ 1.csv: the host\'s answer to the upload is not JSON');
  });
});
