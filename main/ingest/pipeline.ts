/**
 * The ingest pipeline for one file: read (streamed, hashed on the way) ► decode ► parse CSV ►
 * detect the source ► normalize ► batch. Each batch waits for the sink to commit it before more
 * of the file is read (backpressure). Bad input ends the import with a status and a message that
 * names the file; nothing thrown escapes.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { EventColumns } from '../../shared/model/batch';
import type { ImportStatus, Reject } from '../../shared/model/import';
import { isValidTimeZone } from '../../shared/util/timezone';
import { BatchBuilder, type ClosedBatch } from './batch-builder';
import { describeFailure, isCancel, Cancelled } from './ingest-failures';
import { hasControls } from './event-flags';
import { CsvRecordReader } from './readers/csv-records';
import { DecodeError, encodingFromName, type EncodingLabel } from './readers/encoding';
import { FileTextDecoder } from './readers/text-decoder';
import { DOWNLOAD_ERROR, IngestFailure, RecordHandler } from './record-handler';

export interface IngestOptions {
  filePath: string;
  fileName: string;
  importId: string;
  /** IANA zone for timestamps written without an offset */
  timeZone: string;
  /** the user's choice of encoding (utf-8, utf-16le, utf-16be, cp932/shift_jis, euc-kr); detected when absent */
  encoding?: string;
  /** events per batch, default 5000 */
  batchSize?: number;
  signal?: AbortSignal;
  /** bytes per read; tests use a tiny one to split characters across reads */
  highWaterMark?: number;
}

export interface IngestBatch {
  seq: number;
  cols: EventColumns;
  rejects: Reject[];
  progress: { read: number; rejected: number; bytesRead: number; bytesTotal: number };
}

export interface IngestSink {
  /** resolves when the database has committed the batch: backpressure */
  batch(b: IngestBatch): Promise<void>;
}

export interface IngestResult {
  status: Extract<ImportStatus, 'finished' | 'partial' | 'failed' | 'cancelled'>;
  message: string;
  read: number;
  rejected: number;
  sha256: string;
  encoding: string;
  sourceId: string;
  size: number;
}

const DEFAULT_BATCH = 5000;
const DEFAULT_READ_BYTES = 256 * 1024;
/** How much of the file must be in hand before decoding starts: the binary check looks at this much. */
const HEAD_BYTES = 8 * 1024;

export async function runIngest(opts: IngestOptions, sink: IngestSink): Promise<IngestResult> {
  return new IngestRun(opts, sink).run();
}

class IngestRun {
  private readonly batches: BatchBuilder;
  private readonly handler: RecordHandler;
  private readonly reader: CsvRecordReader;
  private decoder: FileTextDecoder | null = null;
  private override: EncodingLabel | null = null;
  private readonly hash = createHash('sha256');
  private head: Buffer[] = [];
  private headBytes = 0;
  private decoding = false;
  /** the end of the previous text, so the vendor's error tail is found across a chunk boundary */
  private carry = '';
  private bytesRead = 0;
  private size = 0;
  private seq = 0;
  /** line feeds in the text decoded so far: where a decoding error sits */
  private lineFeeds = 0;
  /** events handed to the sink so far */
  private sent = 0;
  private readonly aborted: Promise<never>;
  private stopWatching = () => {};

  constructor(private readonly opts: IngestOptions, private readonly sink: IngestSink) {
    const size = opts.batchSize && opts.batchSize >= 1 ? Math.floor(opts.batchSize) : DEFAULT_BATCH;
    this.batches = new BatchBuilder(opts.importId, size);
    this.handler = new RecordHandler(opts, this.batches);
    this.reader = new CsvRecordReader(this.handler.onRecord);
    this.aborted = new Promise<never>((_, reject) => {
      const signal = opts.signal;
      if (!signal) return;
      const onAbort = () => reject(new Cancelled());
      signal.addEventListener('abort', onAbort, { once: true });
      this.stopWatching = () => signal.removeEventListener('abort', onAbort);
    });
    this.aborted.catch(() => {}); // observed through Promise.race; never unhandled
  }

  async run(): Promise<IngestResult> {
    try {
      return await this.readAll();
    } catch (e) {
      const cancelled = isCancel(e) || this.opts.signal?.aborted === true;
      return this.result(cancelled ? 'cancelled' : 'failed', cancelled ? `${this.opts.fileName}: cancelled` : this.describe(e), '');
    } finally {
      this.stopWatching();
    }
  }

  private async readAll(): Promise<IngestResult> {
    const { fileName, signal } = this.opts;
    if (signal?.aborted) throw new Cancelled();
    if (!isValidTimeZone(this.opts.timeZone)) throw new IngestFailure(`${fileName}: unknown time zone "${this.opts.timeZone}"`);
    this.override = this.opts.encoding ? encodingFromName(this.opts.encoding) : null;
    if (this.opts.encoding && !this.override) {
      throw new IngestFailure(`${fileName}: cannot decode "${this.opts.encoding}"; choose utf-8, utf-16le, utf-16be, cp932 (Shift_JIS) or euc-kr`);
    }
    this.decoder = new FileTextDecoder(this.override);
    const info = await stat(this.opts.filePath);
    if (!info.isFile()) throw new IngestFailure(`${fileName}: not a file`);
    this.size = info.size;
    if (info.size === 0) throw new IngestFailure(`${fileName}: the file is empty`);

    const stream = createReadStream(this.opts.filePath, { highWaterMark: this.opts.highWaterMark ?? DEFAULT_READ_BYTES, signal });
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      this.hash.update(chunk);
      this.bytesRead += chunk.length;
      this.takeBytes(chunk);
      for (const b of this.batches.takeReady()) await this.send(b);
    }
    if (this.head.length > 0) this.startDecoding();
    this.pushText(this.decoder.end());
    this.reader.end();
    for (const b of this.batches.takeReady()) await this.send(b);
    if (!this.handler.hasHeader) throw new IngestFailure(`${fileName}: the file is empty`);
    await this.send(this.batches.takeRest());
    const sha256 = this.hash.digest('hex');
    return this.handler.tail ? this.result('partial', this.partialMessage(), sha256) : this.result('finished', this.doneMessage(), sha256);
  }

  private takeBytes(chunk: Buffer): void {
    if (this.decoding) {
      this.pushText(this.decoder!.write(chunk));
      return;
    }
    this.head.push(chunk);
    this.headBytes += chunk.length;
    if (this.headBytes >= HEAD_BYTES) this.startDecoding();
  }

  private startDecoding(): void {
    const head = Buffer.concat(this.head);
    this.head = [];
    this.decoding = true;
    this.rejectBinary(head);
    this.pushText(this.decoder!.write(head));
  }

  /** NUL bytes early on mean an image, archive or database, or UTF-16 without a BOM. */
  private rejectBinary(head: Buffer): void {
    const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)
      || this.override === 'utf-16le' || this.override === 'utf-16be';
    const nul = head.subarray(0, HEAD_BYTES).indexOf(0);
    if (nul >= 0 && !utf16) throw new IngestFailure(`${this.opts.fileName}: binary content, not a text audit log (byte ${nul})`);
  }

  private pushText(text: string): void {
    if (text === '') return;
    // Cheap per chunk; the per-record search for the vendor's error tail only starts once it is seen.
    if (!this.handler.watchTail) {
      const n = DOWNLOAD_ERROR.length;
      if (text.includes(DOWNLOAD_ERROR) || (this.carry + text.slice(0, n)).includes(DOWNLOAD_ERROR)) this.handler.watchTail = true;
      this.carry = (this.carry + text.slice(-n)).slice(-n);
    }
    if (!this.handler.watchControls && hasControls(text)) this.handler.watchControls = true;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.lineFeeds++;
    this.reader.push(text);
  }

  private async send(b: ClosedBatch): Promise<void> {
    if (this.opts.signal?.aborted) throw new Cancelled();
    const progress = { read: b.read, rejected: b.rejected, bytesRead: this.bytesRead, bytesTotal: this.size };
    this.sent = b.read;
    await Promise.race([this.sink.batch({ seq: this.seq++, cols: b.cols, rejects: b.rejects, progress }), this.aborted]);
  }

  private describe(e: unknown): string {
    const line = e instanceof DecodeError ? this.lineFeeds + e.newlines + 1 : this.reader.currentLine;
    return describeFailure(e, this.opts.fileName, line);
  }

  private doneMessage(): string {
    const { read, rejected } = this.batches;
    const parts = [`${read} events`];
    if (rejected > 0) parts.push(`${rejected} lines rejected`);
    const skipped = this.handler.skippedHeaders;
    if (skipped.length > 0) parts.push(`${skipped.length} repeated header line(s) skipped (line ${skipped.slice(0, 10).join(', ')})`);
    return `${this.opts.fileName}: ${parts.join(', ')}`;
  }

  private partialMessage(): string {
    const h = this.handler;
    return `${this.opts.fileName}: the download broke off at line ${h.tailLine} ("${h.tail}"); ${this.batches.read} events before it were read`;
  }

  /** `read` counts the events handed to the sink: all of them unless the import stopped early. */
  private result(status: IngestResult['status'], message: string, sha256: string): IngestResult {
    return {
      status, message, read: this.sent, rejected: this.batches.rejected, sha256,
      encoding: this.decoder?.encoding ?? '', sourceId: this.handler.sourceId, size: this.size,
    };
  }
}
