/**
 * CSV records as they cross from the parsing thread to the ingest thread: the text the parser read
 * plus numbers saying where each record and each of its fields sit in it. Strings cost a copy each
 * to post (six or more per record); one text and one Int32Array cost two, and the ingest thread
 * slices the fields back out as cheaply as the parser cut them.
 *
 * Per record: at, raw length, line, issue (0 none, 1 unterminated, 2 malformed), field count, then
 * per field its start and length in the text, or -1 - i and the length for `side[i]`: a field that is
 * not a plain piece of the text (a quoted field with doubled quotes, or any field of a record
 * whose fields the layout check does not confirm).
 */
import type { OnRecord, RecordIssue } from './csv-records';

export interface PackedRecords {
  /** the parser's input: every record's raw text, and most fields, are parts of it */
  input: string;
  offs: Int32Array;
  side: string[];
  count: number;
}

const QUOTE = 34;
const ISSUES: readonly RecordIssue[] = ['', 'unterminated', 'malformed'];

export class RecordPacker {
  private offs = new Int32Array(64 * 1024);
  private o = 0;
  private side: string[] = [];
  private count = 0;
  /** the text the records since the last take were read from */
  private input = '';

  /**
   * Records one record; `input` is the text its raw starts in at `at`, `delim` the field delimiter's
   * code. The records of one take come from one input (one parse): their places are in it.
   */
  add(input: string, fields: readonly string[], raw: string, line: number, issue: RecordIssue, at: number, delim: number): void {
    if (this.count > 0 && input !== this.input) throw new Error('records of two parser inputs in one take');
    this.input = input;
    const n = fields.length;
    if (this.o + 5 + 2 * n > this.offs.length) this.grow(5 + 2 * n);
    const offs = this.offs;
    let o = this.o;
    offs[o++] = at;
    offs[o++] = raw.length;
    offs[o++] = line;
    offs[o++] = issue === '' ? 0 : issue === 'unterminated' ? 1 : 2;
    offs[o++] = n;
    // Field by field through the raw text, each field's place confirmed by the delimiter (or the
    // record's end) after it; from the first one not confirmed on, the fields travel as strings.
    const end = at + raw.length;
    let pos = at;
    let placed = issue === '';
    for (let i = 0; i < n; i++) {
      const f = fields[i];
      const len = f.length;
      if (placed) {
        const quoted = input.charCodeAt(pos) === QUOTE;
        const start = quoted ? pos + 1 : pos;
        const next = quoted ? pos + len + 2 : pos + len;
        placed = (!quoted || (input.charCodeAt(start + len) === QUOTE && f.indexOf('"') < 0))
          && (i === n - 1 ? next === end : input.charCodeAt(next) === delim);
        if (placed) {
          offs[o++] = start;
          offs[o++] = len;
          pos = next + 1;
          continue;
        }
      }
      offs[o++] = -1 - this.side.length;
      offs[o++] = len;
      this.side.push(f);
    }
    this.o = o;
    this.count++;
  }

  /** The records added since the last take, with the text they were read from; null when there were none. */
  take(): PackedRecords | null {
    if (this.count === 0) return null;
    const p = { input: this.input, offs: this.offs.slice(0, this.o), side: this.side, count: this.count };
    this.input = '';
    this.o = 0;
    this.side = [];
    this.count = 0;
    return p;
  }

  private grow(need: number): void {
    const next = new Int32Array(Math.max(this.offs.length * 2, this.o + need));
    next.set(this.offs.subarray(0, this.o));
    this.offs = next;
  }
}

/**
 * Calls `onRecord` for each record of `p`, in order. `before` runs ahead of each record with the
 * record's line (the reader's notion of where it is, should the record throw).
 */
export function unpackRecords(p: PackedRecords, onRecord: OnRecord, before: (line: number) => void): void {
  const { input, offs, side } = p;
  let o = 0;
  for (let r = 0; r < p.count; r++) {
    const at = offs[o];
    const raw = input.slice(at, at + offs[o + 1]);
    const line = offs[o + 2];
    const issue = ISSUES[offs[o + 3]];
    const n = offs[o + 4];
    o += 5;
    const fields = new Array<string>(n);
    for (let i = 0; i < n; i++, o += 2) {
      const start = offs[o];
      fields[i] = start >= 0 ? input.slice(start, start + offs[o + 1]) : side[-1 - start];
    }
    before(line);
    onRecord(fields, raw, line, issue, at);
  }
}
