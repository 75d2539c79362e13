/**
 * The bytes of one web-mode upload to the loopback host. XMLHttpRequest rather than fetch: fetch
 * reports no upload progress, and a 1 GB archive takes ~10 s to reach the host, which the user
 * must see and be able to stop.
 */

/** Thrown when the user stopped the upload. */
export class UploadCancelled extends Error {
  constructor(readonly fileName: string) {
    super(`${fileName}: upload cancelled`);
    this.name = 'UploadCancelled';
  }
}

export interface UploadRequest {
  file: File;
  /** where the bytes go: the host's `/upload/data?ref=…` */
  url: string;
  token: string;
  onProgress(loaded: number, total: number): void;
  signal: AbortSignal;
  /** a test's stand-in for XMLHttpRequest */
  xhr?: () => XMLHttpRequest;
}

/** Posts the file's bytes to `url`; resolves with the host's parsed JSON answer. */
export function uploadFile({ file, url, token, onProgress, signal, xhr = () => new XMLHttpRequest() }: UploadRequest): Promise<unknown> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(new UploadCancelled(file.name));
    const req = xhr();
    const onAbort = () => req.abort();
    signal.addEventListener('abort', onAbort, { once: true });
    const settle = (fn: () => void) => {
      signal.removeEventListener('abort', onAbort);
      fn();
    };
    req.upload.onprogress = (e) => onProgress(e.loaded, e.lengthComputable ? e.total : file.size);
    req.onabort = () => settle(() => reject(new UploadCancelled(file.name)));
    req.onerror = () => settle(() => reject(new Error(`${file.name}: the upload to the Auditlens host failed; is "npm run web" still running?`)));
    req.onload = () => settle(() => {
      if (req.status !== 200) return reject(new Error(`${file.name}: upload refused (${req.status} ${req.responseText})`));
      try {
        resolve(JSON.parse(req.responseText));
      } catch {
        reject(new Error(`${file.name}: the host's answer to the upload is not JSON`));
      }
    });
    req.open('POST', url);
    req.setRequestHeader('x-auditlens-token', token);
    req.send(file);
  });
}
