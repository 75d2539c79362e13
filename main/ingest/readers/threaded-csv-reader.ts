/**
 * CsvRecordReader's work done in a thread of its own (csv-parse-worker.ts): text goes out as it is
 * decoded, records come back packed and are handed to `onRecord` here, in file order, with the same
 * fields, raw text, lines and issues as the reader in this thread would give. The parsing runs
 * ahead by at most IN_FLIGHT texts, which bounds the memory; `settle` waits while it is that far.
 */
import { Worker } from 'node:worker_threads';
import { parseFromCsvParser, type FromCsvParser, type ToCsvParser } from './csv-parse-messages';
import { unpackRecords } from './csv-record-pack';
import { RecordTooLongError, type OnRecord } from './csv-records';

/** Texts (a read each, 256 KB by default) sent and not yet handled. */
const IN_FLIGHT = 8;

export class ThreadedCsvReader {
  private readonly worker: Worker;
  private readonly replies: FromCsvParser[] = [];
  /** messages sent whose reply has not been handled yet */
  private outstanding = 0;
  private wake: (() => void) | null = null;
  private failure: Error | null = null;
  private line = 1;
  private delimiter = ',';

  constructor(private readonly onRecord: OnRecord, workerPath: string) {
    this.worker = new Worker(workerPath);
    this.worker.on('message', (raw: unknown) => {
      const m = parseFromCsvParser(raw);
      if (m) this.replies.push(m);
      else this.fail(new Error('the CSV parsing thread sent a message that is not one we know'));
      this.notify();
    });
    this.worker.on('error', (e: Error) => this.fail(new Error(`the CSV parsing thread failed: ${e.message}`)));
    this.worker.on('exit', (code) => this.fail(new Error(`the CSV parsing thread stopped (exit code ${code})`)));
  }

  /** The physical line of the record being handled (or the next one). */
  get currentLine(): number {
    return this.line;
  }

  get fieldDelimiter(): string {
    return this.delimiter;
  }

  push(text: string): void {
    this.send({ type: 'text', text });
    this.handleReplies();
  }

  /** Resolves once the parsing is no more than IN_FLIGHT texts ahead; throws what the records threw. */
  async settle(): Promise<void> {
    while (this.outstanding > IN_FLIGHT) await this.nextReply();
  }

  /** Resolves when every record is handled. */
  async end(): Promise<void> {
    this.send({ type: 'end' });
    while (this.outstanding > 0) await this.nextReply();
  }

  /** Stops the thread (the import ended, however it ended). */
  async close(): Promise<void> {
    this.failure ??= new Error('closed');
    await this.worker.terminate();
  }

  private send(m: ToCsvParser): void {
    if (this.failure) throw this.failure;
    this.worker.postMessage(m);
    this.outstanding++;
  }

  private async nextReply(): Promise<void> {
    if (this.replies.length === 0) {
      if (this.failure) throw this.failure;
      await new Promise<void>((resolve) => { this.wake = resolve; });
    }
    this.handleReplies();
  }

  /** Hands the records of every reply in hand to `onRecord`, in order. */
  private handleReplies(): void {
    while (this.replies.length > 0) {
      const m = this.replies.shift()!;
      if (m.type === 'too-long') throw this.stop(new RecordTooLongError(m.line));
      if (m.type === 'error') throw this.stop(new Error(m.message));
      this.outstanding--;
      this.delimiter = m.delimiter;
      if (m.records) unpackRecords(m.records, this.onRecord, (line) => { this.line = line + 1; });
      this.line = m.line;
    }
    if (this.failure) throw this.failure;
  }

  private stop(e: Error): Error {
    this.failure = e;
    return e;
  }

  private fail(e: Error): void {
    this.failure ??= e;
    this.notify();
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }
}
