/**
 * One CSV record at a time: the header picks the source, then each record becomes an event or a
 * reject with its line and reason (reference §0 rule 3). Blank lines and repeated header lines are
 * skipped; a NAVER WORKS download that broke off (`downloadLogs error …` glued to the end) is
 * rejected from that point and makes the import partial.
 */
import { EVENT_FLAGS, type NormalizedEvent } from '../../shared/model/event';
import { english, fileMessage, say, verbatim, type IngestText } from '../../shared/model/ingest-text';
import type { BatchBuilder } from './batch-builder';
import { flagsOf, withoutControls } from './event-flags';
import { RowHasher } from './event-id';
import { MAX_CELL_CHARS } from './limits';
import { OccurrenceTable } from './occurrence-table';
import type { RecordIssue } from './readers/csv-records';
import type { ColumnMapping } from '../../shared/mapping/column-mapping';
import { UnknownHeader } from './needs-mapping';
import { MappedTableSources } from './sources/mapped-source';
import { detectSource, type DetectedSource } from './sources/registry';
import { WallClock } from './sources/wall-time';
import { stripBom, type HeaderBinding, type NormalizeContext, type SourceModule } from './sources/source-module';

/** What the NAVER WORKS audit API appends when it fails mid-download (reference §1.3). */
export const DOWNLOAD_ERROR = 'downloadLogs error';

const REJECT_RAW_CHARS = 4096;

/**
 * A condition that ends the import as failed; the message names the file. `notALog`: the content
 * is not an audit log we know (an archive entry like that is skipped rather than failed).
 */
export class IngestFailure extends Error {
  /** `text`: what went wrong, without the file's name (the UI puts that beside it) */
  constructor(readonly fileName: string, readonly text: IngestText, readonly notALog = false) {
    super(fileMessage(fileName, text));
    this.name = 'IngestFailure';
  }
}

function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  // do not leave half a surrogate pair
  const end = (text.charCodeAt(max - 1) & 0xfc00) === 0xd800 ? max - 1 : max;
  return text.slice(0, end);
}

function isBlank(fields: readonly string[]): boolean {
  return fields[0].trim() === '' && fields.every((f) => f.trim() === '');
}

export interface HandlerOptions {
  fileName: string;
  importId: string;
  timeZone: string;
  /** where in the file the records come from, put before each reject reason (an XLSX sheet) */
  where?: IngestText;
  /** the analyst's column mappings, for headers (and JSON records) no source knows */
  mappings?: readonly ColumnMapping[];
}

export class RecordHandler {
  private source: SourceModule | null = null;
  private binding: HeaderBinding | null = null;
  private headerFirst = '';
  private readonly ctx: NormalizeContext;
  private readonly seen = new OccurrenceTable();
  private hasher: RowHasher | null = null;
  /** reused for a source's event key in parts */
  private readonly keyParts: string[] = [];
  /** set once the text holds DOWNLOAD_ERROR: only then is each record searched for it */
  watchTail = false;
  /** set once the text holds a C0 control character: only then is each record scanned for one */
  watchControls = false;
  /** the vendor's error text, once met */
  tail = '';
  tailLine = 0;
  readonly skippedHeaders: number[] = [];
  private readonly mapped: MappedTableSources;
  /** a header nothing fits, with the records after it until the file can be judged (needs-mapping.ts) */
  private unknownHeader: UnknownHeader | null = null;
  /**
   * The CSV delimiter of the records ('' when they are not CSV text): each event hands its cells
   * to the batch, which keeps them instead of the raw line when they rebuild it exactly.
   */
  cellSep: () => string = () => '';

  constructor(private readonly opts: HandlerOptions, private readonly out: BatchBuilder) {
    this.ctx = { clock: new WallClock(opts.timeZone) };
    this.mapped = new MappedTableSources(opts.mappings);
  }

  get sourceId(): string {
    return this.source?.id ?? '';
  }

  get hasHeader(): boolean {
    return this.source !== null;
  }

  readonly onRecord = (fields: string[], raw: string, line: number, issue: RecordIssue): void => {
    if (issue === '' && isBlank(fields)) return;
    if (!this.source) return this.unknownHeader ? this.sampleUnknown(fields, issue) : this.takeHeader(fields, raw, line);
    if (this.tail !== '') return this.reject(line, say('reject.followsDownloadError', { error: DOWNLOAD_ERROR, line: this.tailLine }), raw);
    if (this.watchTail) {
      const at = raw.indexOf(DOWNLOAD_ERROR);
      if (at >= 0) {
        this.tail = cut(raw.slice(at).trim(), 1000);
        this.tailLine = line;
        return this.reject(line, verbatim(this.tail), raw);
      }
    }
    if (issue === 'unterminated') return this.reject(line, say('reject.unterminated'), raw);
    if (issue === 'malformed') return this.reject(line, say('reject.malformedQuotes'), raw);
    const b = this.binding!;
    if (fields.length !== b.width) {
      if (!this.retakeHeader(fields, line)) this.reject(line, say('reject.fieldCount', { expected: b.width, found: fields.length }), raw);
      return;
    }
    if (fields[0] === this.headerFirst && this.retakeHeader(fields, line)) return;
    // no field can be longer than the record: one length check on the usual path
    if (raw.length > MAX_CELL_CHARS) {
      const long = fields.findIndex((f) => f.length > MAX_CELL_CHARS);
      if (long >= 0) return this.reject(line, say('reject.fieldTooLong', { field: long + 1, mchars: MAX_CELL_CHARS / 1024 / 1024 }), raw);
    }
    this.toEvent(fields, raw, line, b);
  };

  private toEvent(fields: string[], raw: string, line: number, b: HeaderBinding): void {
    const flags = flagsOf(fields, raw, this.watchControls);
    const shown = flags & EVENT_FLAGS.control ? withoutControls(fields) : fields;
    const r = this.source!.normalize(shown, b, this.ctx);
    if (!r.ok) {
      if (!this.retakeHeader(fields, line)) this.reject(line, r.text ?? verbatim(r.reason), raw);
      return;
    }
    const ev = r.event;
    ev.line = line;
    ev.raw = raw;
    ev.flags |= flags; // a source may have flagged the event already (M365: badJson)
    const sep = this.cellSep();
    this.out.add(ev, this.idOf(shown, raw, b, ev), sep ? fields : undefined, sep);
  }

  /**
   * The event id (docs/decisions.md): the vendor's record id when the source has one (a repeat is
   * a duplicate), else hashId(sourceId \0 key \0 n) where the key is the source's event key or
   * the canonical raw row, and n counts earlier records with the same key in this file. Returns its
   * two lanes (the hasher's buffer, read at once by the batch builder).
   */
  private idOf(fields: readonly string[], raw: string, b: HeaderBinding, ev: NormalizedEvent): Float64Array {
    const source = this.source!;
    const hasher = this.hasher!;
    const vendorId = source.recordId?.(fields, b) ?? null;
    // the same form as JSON sources' vendor ids (json-record-handler.ts)
    if (vendorId) return hasher.lanes(`\u0001id:${vendorId}`, 0);
    if (source.eventKeyParts && source.keySep !== undefined) {
      const count = source.eventKeyParts(fields, b, ev, this.keyParts);
      const lanes = hasher.lanesOfParts(ev.time, this.keyParts, count, source.keySep, 0);
      const n = this.seen.next(lanes[0], lanes[1]);
      return n === 0 ? lanes : hasher.lanesOfParts(ev.time, this.keyParts, count, source.keySep, n);
    }
    const key = source.eventKey ? source.eventKey(fields, b, ev) : raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
    const lanes = hasher.lanes(key, 0);
    const n = this.seen.next(lanes[0], lanes[1]);
    return n === 0 ? lanes : hasher.lanes(key, n);
  }

  private takeHeader(fields: string[], raw: string, line: number): void {
    const names = fields.map((f) => stripBom(f).trim());
    const found = this.detect(names);
    if (!found) {
      this.unknownHeader = new UnknownHeader(this.opts.fileName, names, line, raw);
      return;
    }
    this.source = found.source;
    this.binding = found.binding;
    this.headerFirst = fields[0];
    this.hasher = new RowHasher(found.source.id);
  }

  /**
   * A header line further down: two exports glued together, perhaps in another column order or
   * layout. Only looked for where a row is odd anyway, so it costs nothing on good rows.
   */
  private retakeHeader(fields: string[], line: number): boolean {
    const found = this.detect(fields.map((f) => stripBom(f).trim()));
    if (!found || found.source !== this.source) return false;
    this.binding = found.binding;
    this.headerFirst = fields[0];
    this.skippedHeaders.push(line);
    return true;
  }

  /** A known source first; a saved mapping only for a header no source knows. */
  private detect(names: readonly string[]): DetectedSource | null {
    return detectSource(names) ?? this.mapped.detect(names);
  }

  /** Records after an unknown header: once enough are in hand, the file needs a mapping or is not a log. */
  private sampleUnknown(fields: string[], issue: RecordIssue): void {
    if (this.unknownHeader!.add(fields, issue === '')) throw this.unknownVerdict();
  }

  private unknownVerdict(): Error {
    const u = this.unknownHeader!;
    return u.needsMapping() ?? new IngestFailure(this.opts.fileName, u.notALog(), true);
  }

  /** The end of the records: a header nothing fits ends the file here (needs a mapping, or not a log). */
  end(): void {
    if (this.unknownHeader) throw this.unknownVerdict();
  }

  private reject(line: number, why: IngestText, raw: string): void {
    const text = this.opts.where ? say('reject.inSheet', { where: this.opts.where, line, reason: why }) : why;
    this.out.reject({ importId: this.opts.importId, line, reason: english(text), text, raw: cut(raw, REJECT_RAW_CHARS) });
  }
}
