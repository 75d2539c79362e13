/**
 * Caps on what one input may make us read, hold or expand (ARCHITECTURE: ZIP bombs, cell and line
 * sizes). Every cap ends with a LimitError that names the file (and entry), never a hang or an
 * out-of-memory. The figures leave room for a year of a large tenant's audit log (a million NAVER
 * WORKS rows are ~200 MB of CSV) while keeping the worst case inside the ingest worker's heap.
 */

import { english, say, type IngestText } from '../../shared/model/ingest-text';

/** Entries listed in one ZIP's central directory, folders included. */
export const MAX_ZIP_ENTRIES = 10_000;
/** Bytes that all entries of one ZIP may expand to, summed (declared sizes, enforced while reading). */
export const MAX_TOTAL_EXPANDED_BYTES = 8 * 1024 ** 3;
/** Bytes one ZIP entry or one gzip stream may expand to. */
export const MAX_ENTRY_EXPANDED_BYTES = 4 * 1024 ** 3;
/**
 * Expanded bytes per compressed byte. Audit CSV and JSON deflate 5–20x (fixtures: 8–14x); runs of a
 * repeated line reach ~100x; a bomb (zeros, one repeated block) is 1,000x and more.
 */
export const MAX_COMPRESSION_RATIO = 200;
/** The ratio is only judged past this much output: tiny, highly repetitive files are legitimate. */
export const RATIO_GRACE_BYTES = 1024 * 1024;
/** Characters of one CSV/TSV record or one JSON record (a line of JSON Lines, an array element). */
export const MAX_RECORD_CHARS = 16 * 1024 * 1024;
/** Characters of one cell (CSV field, spreadsheet cell). Rule 6 keeps a 1 MB cell whole. */
export const MAX_CELL_CHARS = 8 * 1024 * 1024;
/**
 * An XLSX is read whole (the format is a ZIP of XML; no streaming reader is maintained), so it is
 * capped. Parsing takes ~10x the workbook's XML in memory (measured: 91 MB of sheet XML, 300,000
 * rows, ~930 MB resident), so the XML is capped at 200 MB (~650,000 such rows): bigger sheets
 * must be saved as CSV, which streams.
 */
export const MAX_XLSX_BYTES = 100 * 1024 * 1024;
/** Declared expanded size of the XML inside one XLSX. */
export const MAX_XLSX_EXPANDED_BYTES = 200 * 1024 * 1024;

export type LimitKind = 'entries' | 'total-size' | 'entry-size' | 'ratio' | 'record' | 'cell' | 'xlsx-size';

/** An input went past one of the caps above; the message names the file and entry (`where`), `why` says the rest. */
export class LimitError extends Error {
  constructor(readonly kind: LimitKind, readonly where: string, readonly why: IngestText) {
    super(`${where}: ${english(why)}`);
    this.name = 'LimitError';
  }
}

const MB = 1024 * 1024;

/** Bytes in words for limit messages: "4096 MB". */
export function inMb(bytes: number): string {
  return `${Math.round(bytes / MB)} MB`;
}

/**
 * Counts bytes coming out of a decompressor and stops at the caps. `inputBytes` reads how much
 * compressed input has been consumed so far (the ratio's denominator).
 */
export class ExpansionGuard {
  private out = 0;

  constructor(private readonly where: string, private readonly inputBytes: () => number, private readonly maxBytes = MAX_ENTRY_EXPANDED_BYTES) {}

  get expanded(): number {
    return this.out;
  }

  add(n: number): void {
    this.out += n;
    if (this.out > this.maxBytes) {
      throw new LimitError('entry-size', this.where, say('limit.expands', { max: inMb(this.maxBytes) }));
    }
    const input = Math.max(this.inputBytes(), 1);
    if (this.out > RATIO_GRACE_BYTES && this.out / input > MAX_COMPRESSION_RATIO) {
      throw new LimitError('ratio', this.where, say('limit.ratio', { ratio: MAX_COMPRESSION_RATIO, out: inMb(this.out), kb: Math.ceil(input / 1024) }));
    }
  }
}
