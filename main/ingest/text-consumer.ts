/**
 * The text formats of one file or entry: bytes ► decode (detected encoding) ► CSV/TSV records or
 * JSON records, told apart by the first character of the text. Owns the per-format bookkeeping
 * the pipeline's result reports: encoding, format, source, the NAVER WORKS error tail, line numbers.
 */
import { say, type IngestText } from '../../shared/model/ingest-text';
import type { BatchBuilder } from './batch-builder';
import { hasControls } from './event-flags';
import { JsonRecordHandler } from './json-record-handler';
import { CsvRecordReader } from './readers/csv-records';
import { DecodeError, type EncodingLabel } from './readers/encoding';
import { sniffText, type FileFormat } from './readers/format-sniff';
import { JsonRecordReader } from './readers/json-records';
import { FileTextDecoder } from './readers/text-decoder';
import { ThreadedCsvReader } from './readers/threaded-csv-reader';
import { DOWNLOAD_ERROR, IngestFailure, RecordHandler, type HandlerOptions } from './record-handler';

/** How much of the file must be in hand before decoding starts: the binary check looks at this much. */
const HEAD_BYTES = 8 * 1024;

type CsvReader = CsvRecordReader | ThreadedCsvReader;

export class TextConsumer {
  private readonly decoder: FileTextDecoder;
  private head: Buffer[] = [];
  private headBytes = 0;
  private decoding = false;
  /** text before its format is known (only white space so far) */
  private undecided = '';
  private csv: { reader: CsvReader; handler: RecordHandler } | null = null;
  private json: { reader: JsonRecordReader; handler: JsonRecordHandler } | null = null;
  /** the end of the previous text, so the vendor's error tail is found across a chunk boundary */
  private carry = '';
  /** line feeds in the text decoded so far: where a decoding error sits */
  private lineFeeds = 0;

  /** `csvWorkerPath`: the CSV parsing thread's script, for a file big enough to parse beside the ingest (pipeline.ts) */
  constructor(
    private readonly opts: HandlerOptions, private readonly out: BatchBuilder, private readonly override: EncodingLabel | null,
    private readonly csvWorkerPath: string | null = null,
  ) {
    this.decoder = new FileTextDecoder(override);
  }

  get encoding(): string {
    return this.decoder.encoding;
  }

  get format(): FileFormat | '' {
    if (this.json) return this.json.reader.format;
    if (this.csv) return this.csv.reader.fieldDelimiter === '\t' ? 'tsv' : 'csv';
    return '';
  }

  get sourceId(): string {
    return this.csv?.handler.sourceId ?? this.json?.handler.sourceIds.join(',') ?? '';
  }

  /** Resolves at once, unless the CSV parsing thread is as far ahead as it may be. */
  write(chunk: Buffer): Promise<void> | void {
    if (this.decoding) this.pushText(this.decoder.write(chunk));
    else {
      this.head.push(chunk);
      this.headBytes += chunk.length;
      if (this.headBytes >= HEAD_BYTES) this.startDecoding();
    }
    const reader = this.csv?.reader;
    if (reader instanceof ThreadedCsvReader) return reader.settle();
  }

  async end(): Promise<void> {
    if (this.head.length > 0) this.startDecoding();
    this.pushText(this.decoder.end());
    if (this.csv) {
      await this.csv.reader.end();
      this.csv.handler.end();
    } else if (this.json) this.json.reader.end();
    this.checkRecognised();
  }

  /** Stops the CSV parsing thread, if one was started. */
  async close(): Promise<void> {
    const reader = this.csv?.reader;
    if (reader instanceof ThreadedCsvReader) await reader.close();
  }

  /** The line an error thrown while reading sits on. */
  lineOf(e: unknown): number {
    if (e instanceof DecodeError) return this.lineFeeds + e.newlines + 1;
    return this.csv?.reader.currentLine ?? this.json?.reader.currentLine ?? 1;
  }

  /** What the text path adds to the done message; `partial` when the vendor's error tail was met. */
  summary(): { partial: IngestText | null; notes: IngestText[] } {
    const notes: IngestText[] = [];
    const h = this.csv?.handler;
    if (h && h.skippedHeaders.length > 0) notes.push(say('done.headersSkipped', { n: h.skippedHeaders.length, lines: h.skippedHeaders.slice(0, 10).join(', ') }));
    const partial = h?.tail ? say('partial.brokeOff', { line: h.tailLine, tail: h.tail }) : null;
    return { partial, notes };
  }

  private startDecoding(): void {
    const head = Buffer.concat(this.head);
    this.head = [];
    this.decoding = true;
    this.rejectBinary(head);
    this.pushText(this.decoder.write(head));
  }

  /** NUL bytes early on mean an image, archive or database, or UTF-16 without a BOM. */
  private rejectBinary(head: Buffer): void {
    const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)
      || this.override === 'utf-16le' || this.override === 'utf-16be';
    const nul = head.subarray(0, HEAD_BYTES).indexOf(0);
    if (nul >= 0 && !utf16) throw new IngestFailure(this.opts.fileName, say('file.binary', { byte: nul }), true);
  }

  private pushText(text: string): void {
    if (text === '') return;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.lineFeeds++;
    if (!this.csv && !this.json) {
      this.undecided += text;
      const kind = sniffText(this.undecided);
      if (!kind) return;
      text = this.undecided;
      this.undecided = '';
      if (kind === 'json') {
        const handler = new JsonRecordHandler(this.opts, this.out);
        this.json = { handler, reader: new JsonRecordReader(handler.onRecord, this.opts.fileName) };
      } else {
        const handler = new RecordHandler(this.opts, this.out);
        const reader = this.csvWorkerPath ? new ThreadedCsvReader(handler.onRecord, this.csvWorkerPath) : new CsvRecordReader(handler.onRecord);
        handler.cellSep = () => reader.fieldDelimiter;
        this.csv = { handler, reader };
      }
    }
    if (this.json) return this.json.reader.push(text);
    this.pushCsv(text, this.csv!.handler, this.csv!.reader);
  }

  private pushCsv(text: string, handler: RecordHandler, reader: CsvReader): void {
    // Cheap per chunk; the per-record search for the vendor's error tail only starts once it is seen.
    if (!handler.watchTail) {
      const n = DOWNLOAD_ERROR.length;
      if (text.includes(DOWNLOAD_ERROR) || (this.carry + text.slice(0, n)).includes(DOWNLOAD_ERROR)) handler.watchTail = true;
      this.carry = (this.carry + text.slice(-n)).slice(-n);
    }
    if (!handler.watchControls && hasControls(text)) handler.watchControls = true;
    reader.push(text);
  }

  private checkRecognised(): void {
    const name = this.opts.fileName;
    if (this.csv && !this.csv.handler.hasHeader) throw new IngestFailure(name, say('file.empty'), true);
    if (!this.csv && !this.json) throw new IngestFailure(name, say('file.empty'), true);
    const j = this.json?.handler;
    if (j && j.events === 0 && j.unknown > 0) {
      throw j.unrecognised(say('file.notJsonLogFirst', { keys: j.firstUnknownKeys }));
    }
  }
}
