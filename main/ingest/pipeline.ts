/**
 * The ingest pipeline for one file or one ZIP entry: read (streamed, hashed on the way) ► gunzip
 * when gzip ► by content: XLSX, or decode ► CSV/TSV or JSON records ► detect the source ►
 * normalize ► batch. Each batch waits for the sink to commit it before more is read
 * (backpressure). Bad input ends the import with a status and a message that names the file (and
 * entry); nothing thrown escapes. ZIP archives are expanded by import-files.ts, one run per entry.
 */
import { createHash } from 'node:crypto';
import type { ColumnMapping, MappingRequest } from '../../shared/mapping/column-mapping';
import type { ChunkData } from '../../shared/model/packed-chunk';
import type { ImportStatus, Reject } from '../../shared/model/import';
import { isValidTimeZone } from '../../shared/util/timezone';
import { BatchBuilder, type ClosedBatch } from './batch-builder';
import { describeFailure, isCancel, Cancelled, type Described } from './ingest-failures';
import { fileMessage, listOf, say, type IngestText } from '../../shared/model/ingest-text';
import { encodingFromName } from './readers/encoding';
import { SNIFF_HEAD_BYTES, sniffBytes, type FileFormat } from './readers/format-sniff';
import { gunzip } from './readers/gzip';
import { NeedsMapping } from './needs-mapping';
import { IngestFailure } from './record-handler';
import { TextConsumer } from './text-consumer';
import { openUnit, peek, type UnitLocation } from './unit-bytes';
import { XlsxConsumer } from './xlsx-consumer';

export interface IngestOptions extends UnitLocation {
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
  /** the analyst's column mappings: read headers and JSON records that no source knows */
  mappings?: readonly ColumnMapping[];
  /** the CSV parsing thread's script (bundled csv-parse-worker.cjs); without it CSV is parsed in this thread */
  csvWorkerPath?: string;
  /** a file or entry this big or bigger is parsed in that thread (default CSV_THREAD_MIN_BYTES) */
  csvThreadMinBytes?: number;
}

export interface IngestBatch {
  seq: number;
  /** the batch's events as packed chunks (shared/model/packed-chunk.ts) */
  chunks: ChunkData[];
  rejects: Reject[];
  progress: { read: number; rejected: number; bytesRead: number; bytesTotal: number };
}

export interface IngestSink {
  /** resolves when the database has committed the batch: backpressure */
  batch(b: IngestBatch): Promise<void>;
}

export interface IngestResult {
  /** `needs-mapping`: no source and no mapping fits, but a column holds times (needs-mapping.ts); nothing was imported */
  status: Extract<ImportStatus, 'finished' | 'partial' | 'failed' | 'cancelled' | 'needs-mapping'>;
  message: string;
  /** the message without the file's name, for the UI's language (absent for words no key covers) */
  text?: IngestText;
  read: number;
  rejected: number;
  /** SHA-256 of the file, or of the ZIP entry as it would be extracted */
  sha256: string;
  encoding: string;
  sourceId: string;
  size: number;
  /** csv, tsv, json, jsonl or xlsx ('' when it never got that far); `.gz` is not a format but a wrapper */
  format?: FileFormat | '';
  /** true when the bytes were gzip-compressed */
  gzip?: boolean;
  /** failed because the content is not an audit log we know (binary, unknown header or records) */
  notALog?: boolean;
  /** with `needs-mapping`: the columns (or flattened keys) and sample rows to map */
  mappingRequest?: MappingRequest;
}

const DEFAULT_BATCH = 10_000;
/**
 * Below this, the thread's start (~65 ms to its first reply) and its cold JIT cost what parsing
 * beside the ingest saves: measured alone, 20,000 login rows (2.2 MB) took 0.58–0.66 s threaded
 * against 0.50–0.56 s, 50,000 (5.5 MB) the same both ways, 100,000 (10.6 MB) 4–7% less threaded.
 */
export const CSV_THREAD_MIN_BYTES = 8 * 1024 * 1024;
const DEFAULT_READ_BYTES = 256 * 1024;

export async function runIngest(opts: IngestOptions, sink: IngestSink): Promise<IngestResult> {
  return new IngestRun(opts, sink).run();
}

type Consumer = TextConsumer | XlsxConsumer;

class IngestRun {
  private readonly batches: BatchBuilder;
  private consumer: Consumer | null = null;
  private readonly hash = createHash('sha256');
  private bytesRead = 0;
  private size = 0;
  private seq = 0;
  private gzip = false;
  /** the gzip stream stopped before its end */
  private cutOff = false;
  /** events handed to the sink so far */
  private sent = 0;
  private readonly aborted: Promise<never>;
  private stopWatching = () => {};
  /** releases what was opened (file, archive, gzip stream) however the run ends */
  private readonly closers: (() => Promise<void>)[] = [];

  constructor(private readonly opts: IngestOptions, private readonly sink: IngestSink) {
    const size = opts.batchSize && opts.batchSize >= 1 ? Math.floor(opts.batchSize) : DEFAULT_BATCH;
    this.batches = new BatchBuilder(size);
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
      const line = this.consumer instanceof TextConsumer ? this.consumer.lineOf(e) : 0;
      if (!cancelled && e instanceof NeedsMapping) return { ...this.result('needs-mapping', e.text, ''), mappingRequest: e.request };
      const r = cancelled ? this.result('cancelled', say('file.cancelled'), '') : this.said('failed', describeFailure(e, this.opts.fileName, line), '');
      if (!cancelled && e instanceof IngestFailure && e.notALog) r.notALog = true;
      return r;
    } finally {
      this.stopWatching();
      for (const close of this.closers.reverse()) await close().catch(() => {});
    }
  }

  private async readAll(): Promise<IngestResult> {
    const { fileName, signal } = this.opts;
    if (signal?.aborted) throw new Cancelled();
    if (!isValidTimeZone(this.opts.timeZone)) throw new IngestFailure(fileName, say('file.unknownZone', { zone: this.opts.timeZone }));
    const override = this.opts.encoding ? encodingFromName(this.opts.encoding) : null;
    if (this.opts.encoding && !override) {
      throw new IngestFailure(fileName, say('file.unknownEncoding', { encoding: this.opts.encoding }));
    }
    const opened = await openUnit(this.opts, this.opts.highWaterMark ?? DEFAULT_READ_BYTES, signal);
    this.size = opened.size;
    const bytes = await this.unwrap(this.hashed(opened.bytes));
    const handlerOpts = { fileName, importId: this.opts.importId, timeZone: this.opts.timeZone, mappings: this.opts.mappings };
    const consumer = bytes.kind === 'xlsx' ? new XlsxConsumer(handlerOpts, this.batches) : new TextConsumer(handlerOpts, this.batches, override, this.csvWorker());
    this.consumer = consumer;
    if (consumer instanceof TextConsumer) this.closers.push(() => consumer.close());
    for await (const chunk of bytes.rest) {
      if (signal?.aborted) throw new Cancelled();
      await consumer.write(chunk);
      for (const b of this.batches.takeReady()) await this.send(b);
    }
    await consumer.end();
    for (const b of this.batches.takeReady()) await this.send(b);
    await this.send(this.batches.takeRest());
    const sha256 = this.hash.digest('hex');
    const summary = consumer.summary();
    const partial = summary.partial ?? (this.cutOff ? say('partial.gzipCut') : null);
    if (partial) return this.result('partial', say('partial.readBefore', { why: partial, n: this.batches.read }), sha256);
    return this.result('finished', this.doneMessage(summary.notes), sha256);
  }

  private csvWorker(): string | null {
    const { csvWorkerPath, csvThreadMinBytes } = this.opts;
    return csvWorkerPath && this.size >= (csvThreadMinBytes ?? CSV_THREAD_MIN_BYTES) ? csvWorkerPath : null;
  }

  /** Every byte of the file or entry, as stored, goes through the SHA-256 and the progress count. */
  private async *hashed(source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
    for await (const chunk of source) {
      this.hash.update(chunk);
      this.bytesRead += chunk.length;
      yield chunk;
    }
  }

  /** Looks at the first bytes: gzip is expanded (once), archives we do not read here are refused. */
  private async unwrap(source: AsyncIterable<Buffer>): Promise<{ kind: 'xlsx' | 'other'; rest: AsyncIterable<Buffer> }> {
    const name = this.opts.fileName;
    let { head, rest, close } = await peek(source, SNIFF_HEAD_BYTES);
    this.closers.push(close);
    let kind = sniffBytes(head, name.replace(/\.gz$/i, ''));
    if (kind === 'gzip') {
      this.gzip = true;
      ({ head, rest, close } = await peek(gunzip(rest, name, () => { this.cutOff = true; }), SNIFF_HEAD_BYTES));
      this.closers.push(close);
      kind = sniffBytes(head, name.replace(/\.gz$/i, ''));
      if (head.length === 0) throw new IngestFailure(name, say('file.empty'));
      if (kind === 'gzip') throw new IngestFailure(name, say('file.gzipInGzip'));
    }
    if (kind === 'zip') throw new IngestFailure(name, say('file.zip'));
    if (kind === 'tar') throw new IngestFailure(name, say('file.tar'));
    return { kind: kind === 'xlsx' ? 'xlsx' : 'other', rest };
  }

  private async send(b: ClosedBatch): Promise<void> {
    if (this.opts.signal?.aborted) throw new Cancelled();
    const progress = { read: b.read, rejected: b.rejected, bytesRead: this.bytesRead, bytesTotal: this.size };
    this.sent = b.read;
    await Promise.race([this.sink.batch({ seq: this.seq++, chunks: b.chunks, rejects: b.rejects, progress }), this.aborted]);
  }

  private doneMessage(notes: IngestText[]): IngestText {
    const { read, rejected } = this.batches;
    const parts = [say('done.events', { n: read })];
    if (rejected > 0) parts.push(say(this.consumer instanceof XlsxConsumer ? 'done.rowsRejected' : 'done.linesRejected', { n: rejected }));
    return listOf([...parts, ...notes]);
  }

  /**
   * `read` counts the events handed to the sink: all of them unless the import stopped early.
   * `text` is the message without the file's name; `message` is it in English, after the name.
   */
  private result(status: IngestResult['status'], text: IngestText, sha256: string): IngestResult {
    return this.said(status, { message: fileMessage(this.opts.fileName, text), text }, sha256);
  }

  private said(status: IngestResult['status'], { message, text }: Described, sha256: string): IngestResult {
    const c = this.consumer;
    return {
      status, message, ...(text ? { text } : {}), read: this.sent, rejected: this.batches.rejected, sha256,
      encoding: c instanceof TextConsumer ? c.encoding : '', sourceId: c?.sourceId ?? '', size: this.size,
      format: c instanceof TextConsumer ? c.format : c ? 'xlsx' : '', gzip: this.gzip,
    };
  }
}
