/**
 * Text to CSV records (RFC 4180) with each record's original text and the PHYSICAL line it starts
 * on, fed chunk by chunk. Tokenising is papaparse's (its low-level Parser, the same one its own
 * streamer drives; measured ~2x faster than csv-parse here), driven by us so that we keep the raw
 * text of every record, count the line breaks inside quoted fields, and bound memory.
 */
import Papa from 'papaparse';
import { MAX_RECORD_CHARS } from '../limits';

/** Cap on one record's text (limits.ts): far above any audit row, far below an OOM. */
export { MAX_RECORD_CHARS };

export type RecordIssue = '' | 'unterminated' | 'malformed';

/**
 * Called once per record; `fields` may be changed by the callee. `at`: where `raw` starts in the
 * reader's `input` (what the threaded reader sends instead of the strings).
 */
export type OnRecord = (fields: string[], raw: string, line: number, issue: RecordIssue, at: number) => void;

/** A record (or an unclosed quote swallowing the rest of the file) longer than MAX_RECORD_CHARS. */
export class RecordTooLongError extends Error {
  constructor(readonly line: number) {
    super(`line ${line} is longer than ${MAX_RECORD_CHARS / 1024 / 1024} MB`);
    this.name = 'RecordTooLongError';
  }
}

interface StepResult { data: string[][]; errors: { code: string }[]; meta: { cursor: number } }
interface LowLevelParser { parse(input: string, baseIndex: number, ignoreLastRow: boolean): StepResult }
type ParserCtor = new (config: { delimiter: string; newline: string; quoteChar: string; step: (r: StepResult) => void }) => LowLevelParser;

/** Line breaks inside a record's text: LF, CRLF and lone CR each end a physical line. */
function lineBreaks(raw: string): number {
  let n = 0;
  for (let i = raw.indexOf('\n'); i !== -1; i = raw.indexOf('\n', i + 1)) n++;
  for (let i = raw.indexOf('\r'); i !== -1; i = raw.indexOf('\r', i + 1)) if (raw.charCodeAt(i + 1) !== 10) n++;
  return n;
}

/**
 * Removes a BOM at the start of a line. Two exports glued together carry the second one's BOM
 * mid-file, and before a quoted field it would stop the quote from being seen. The parser's input
 * always starts at a record boundary, so `^` is one too.
 */
function stripLineBoms(text: string): string {
  return text.replace(/(^|[\r\n])\uFEFF/g, '$1');
}

/**
 * Index of the first CR or LF outside a quoted field, or -1. As in RFC 4180 (and papaparse), a
 * quote opens a field only at the field's start; elsewhere it is an ordinary character.
 */
function firstLineEnd(text: string): number {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quoted) {
      if (c === 34) {
        if (text.charCodeAt(i + 1) === 34) i++;
        else quoted = false;
      }
    } else if (c === 10 || c === 13) {
      return i;
    } else if (c === 34) {
      const before = i === 0 ? -1 : text.charCodeAt(i - 1);
      if (before === -1 || before === 44 || before === 9 || before === 0xfeff) quoted = true;
    }
  }
  return -1;
}

export class CsvRecordReader {
  private parser: LowLevelParser | null = null;
  private newline = '\n';
  private delimiter = ',';
  private pending = '';
  /** Re-parse an unfinished record only once the text has doubled: linear time on huge fields. */
  private parseAt = 0;
  private text = '';
  private start = 0;
  private final = false;
  private line = 1;

  constructor(private readonly onRecord: OnRecord, private readonly maxChars = MAX_RECORD_CHARS) {}

  /** The physical line where the text not yet parsed begins. */
  get currentLine(): number {
    return this.line;
  }

  get fieldDelimiter(): string {
    return this.delimiter;
  }

  /** The text the latest parse read (BOMs at line starts removed): every record's `raw` is a part of it. */
  get input(): string {
    return this.text;
  }

  push(text: string): void {
    this.pending = this.pending === '' ? text : this.pending + text;
    if (this.pending.length >= this.parseAt) this.parse(false);
  }

  end(): void {
    this.parse(true);
  }

  private parse(final: boolean): void {
    if (!this.parser && !this.setUp(this.pending, final)) {
      this.parseAt = Math.min(this.pending.length * 2, this.maxChars + 1);
      if (this.pending.length > this.maxChars) throw new RecordTooLongError(this.line);
      return;
    }
    this.text = this.pending.includes('\uFEFF') ? stripLineBoms(this.pending) : this.pending;
    this.start = 0;
    this.final = final;
    this.parser!.parse(this.text, 0, !final);
    this.pending = this.text.slice(this.start);
    if (this.pending.length > this.maxChars) throw new RecordTooLongError(this.line);
    this.parseAt = Math.min(this.pending.length * 2, this.maxChars + 1);
  }

  /**
   * Line ending and delimiter from the first record; false while that record is not complete. Line
   * breaks inside quotes do not count: a quoted CRLF in the first record of an LF file is data.
   */
  private setUp(text: string, final: boolean): boolean {
    const end = firstLineEnd(text);
    if (end < 0 || (text.charCodeAt(end) === 13 && end === text.length - 1)) {
      if (!final) return false;
    }
    if (end >= 0 && text.charCodeAt(end) === 13) this.newline = text.charCodeAt(end + 1) === 10 ? '\r\n' : '\r';
    const first = end < 0 ? text : text.slice(0, end);
    // Tab-separated exports (Excel's "Unicode text") are told apart by their header line.
    this.delimiter = first.split('\t').length > first.split(',').length ? '\t' : ',';
    const Parser = (Papa as unknown as { Parser: ParserCtor }).Parser;
    this.parser = new Parser({ delimiter: this.delimiter, newline: this.newline, quoteChar: '"', step: (r) => this.step(r) });
    return true;
  }

  private step(r: StepResult): void {
    const end = r.meta.cursor;
    // papaparse ends text that ends with a line break with one empty record: not a line of the file
    if (this.final && end === this.start && end === this.text.length) return;
    const at = this.start;
    let raw = this.text.slice(at, end);
    this.start = end;
    const fields = r.data[0];
    if (raw.endsWith(this.newline)) raw = raw.slice(0, raw.length - this.newline.length);
    if (this.newline === '\n' && raw.endsWith('\r')) {
      // a CRLF line in a file that started with LF: the CR is the line ending, not data
      raw = raw.slice(0, -1);
      const last = fields.length - 1;
      if (fields[last].endsWith('\r')) fields[last] = fields[last].slice(0, -1);
    }
    const issue: RecordIssue = r.errors.length === 0 ? ''
      : r.errors.some((e) => e.code === 'MissingQuotes') ? 'unterminated' : 'malformed';
    const line = this.line;
    if (raw.length > this.maxChars) throw new RecordTooLongError(line);
    this.line += 1 + lineBreaks(raw);
    this.onRecord(fields, raw, line, issue, at);
  }
}
