/**
 * A file still being written by a web-mode upload, so that its import can start before the last
 * byte arrives (~1 s per 100 MB earlier): its final size, how much is on disk, and its end.
 */
export class FileArrival {
  private received = 0;
  private ended = false;
  private failure: Error | null = null;
  private waiters: { bytes: number; resolve(): void; reject(e: Error): void }[] = [];
  /** settles when every byte is on disk, or rejects with why the upload stopped */
  readonly done: Promise<void>;
  private settle!: { resolve(): void; reject(e: Error): void };

  constructor(readonly size: number) {
    this.done = new Promise<void>((resolve, reject) => { this.settle = { resolve, reject }; });
    // a failed upload is reported to whoever waits on it; nobody waiting is no crash
    this.done.catch(() => undefined);
    if (size === 0) this.end();
  }

  /** `n` more bytes are on disk. */
  grew(n: number): void {
    this.received += n;
    this.wake();
  }

  end(): void {
    if (this.ended || this.failure) return;
    if (this.received < this.size) return this.fail(new Error(`the upload ended after ${this.received} of ${this.size} bytes`));
    this.ended = true;
    this.settle.resolve();
    this.wake();
  }

  fail(e: Error): void {
    if (this.ended || this.failure) return;
    this.failure = e;
    this.settle.reject(e);
    this.wake();
  }

  /** Resolves once `n` bytes (or the whole file, when it is smaller) are on disk. */
  whenBytes(n: number): Promise<void> {
    return new Promise((resolve, reject) => {
      this.waiters.push({ bytes: Math.min(n, this.size), resolve, reject });
      this.wake();
    });
  }

  private wake(): void {
    this.waiters = this.waiters.filter((w) => {
      if (this.failure) w.reject(this.failure);
      else if (this.ended || this.received >= w.bytes) w.resolve();
      else return true;
      return false;
    });
  }
}
