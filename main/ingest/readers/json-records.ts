/**
 * JSON text to records, fed chunk by chunk: the elements of a top-level array, the elements of an
 * API page's record array (`{"value":[…]}` Graph, `{"items":[…]}` Google, `{"entries":[…]}` Slack,
 * `{"Records":[…]}` CloudTrail), or one object per line (JSON Lines, also several pages one per
 * line). Each record keeps its own text and the physical line it starts on. Only string and
 * bracket structure is scanned here; each record is then parsed on its own, so one damaged record
 * is one reject and the rest of the file still imports.
 */
import { english, say, verbatim, type IngestText } from '../../../shared/model/ingest-text';
import { LimitError, MAX_RECORD_CHARS } from '../limits';

/** Keys whose array holds the records of an API page (compared in lower case). */
export const PAGE_ARRAY_KEYS = new Set(['value', 'items', 'entries', 'records', 'logs', 'data', 'results', 'activities', 'auditlogs', 'events_list']);

/**
 * `value` is the parsed record, or undefined with `error` saying why it could not be parsed (and
 * `errorText`, the same for the UI's language).
 */
export type OnJsonRecord = (raw: string, line: number, value: unknown, error: string, errorText?: IngestText) => void;

const CUT_RECORD = say('reject.cutRecord');

/** The parser's own message stays as it wrote it; what we say around it has a key. */
const notJson = (why: IngestText): { error: string; errorText: IngestText } => {
  const t = say('reject.notJson', { error: why });
  return { error: english(t), errorText: t };
};

const LF = 10, CR = 13, QUOTE = 34, BACKSLASH = 92, COMMA = 44;
const OPEN_OBJ = 123, CLOSE_OBJ = 125, OPEN_ARR = 91, CLOSE_ARR = 93;
const isSpace = (c: number) => c === 32 || c === 9 || c === LF || c === CR || c === 0xfeff;

export function parseRecord(raw: string): { value: unknown; error: string; errorText?: IngestText } {
  try {
    return { value: JSON.parse(raw), error: '' };
  } catch (e) {
    return { value: undefined, ...notJson(verbatim((e as Error).message)) };
  }
}

export class JsonRecordReader {
  private buf = '';
  private pos = 0;
  private line = 1;
  private depth = 0;
  private inString = false;
  private escape = false;
  /** depth at which records start; -1 while inside a page object but outside its record array */
  private base = 0;
  private recordStart = -1;
  private recordLine = 0;
  private scalar = false;
  private topIsObject = false;
  private page = false;
  private strStart = 0;
  private lastKey = '';
  /** 'lines' once the file shows itself as JSON Lines: then each line is one record */
  private mode: 'detect' | 'doc' | 'lines' = 'detect';
  private sawArray = false;
  private records = 0;

  constructor(private readonly onRecord: OnJsonRecord, private readonly where: string, private readonly maxChars = MAX_RECORD_CHARS) {}

  /** 'jsonl' when records are one per line, else 'json'. */
  get format(): 'json' | 'jsonl' {
    return this.mode === 'lines' || (!this.sawArray && !this.page && this.records > 1) ? 'jsonl' : 'json';
  }

  get currentLine(): number {
    return this.line;
  }

  push(text: string): void {
    this.buf += text;
    if (this.mode === 'lines') this.lines(false);
    else this.scan();
    this.trim();
  }

  end(): void {
    if (this.mode === 'lines') return this.lines(true);
    if (this.recordStart >= 0) {
      const raw = this.buf.slice(this.recordStart).trimEnd();
      if (this.scalar && this.depth === 0) this.emit(raw, this.recordLine);
      else this.onRecord(raw, this.recordLine, undefined, english(CUT_RECORD), CUT_RECORD);
      this.recordStart = -1;
    }
  }

  /** Indices are relative to buf; after dropping `n` characters of it they move back. */
  private shift(n: number): void {
    if (n === 0) return;
    if (this.recordStart >= 0) this.recordStart -= n;
    this.strStart -= n;
  }

  /** Keeps only what a record still needs; caps an open record. */
  private trim(): void {
    const keep = this.mode === 'lines' ? this.pos : this.recordStart >= 0 ? this.recordStart : this.pos;
    if (keep > 0) {
      this.buf = this.buf.slice(keep);
      this.pos -= keep;
      this.shift(keep);
    }
    if (this.buf.length > this.maxChars) {
      throw new LimitError('record', this.where, say('limit.jsonRecord', { line: this.mode === 'lines' ? this.line : this.recordLine, mb: this.maxChars / 1024 / 1024 }));
    }
  }

  private emit(raw: string, line: number): void {
    this.records++;
    const { value, error, errorText } = parseRecord(raw);
    this.onRecord(raw, line, value, error, errorText);
  }

  private startRecord(i: number, scalar: boolean): void {
    this.recordStart = i;
    this.recordLine = this.line;
    this.scalar = scalar;
  }

  private endRecord(end: number): void {
    const raw = this.buf.slice(this.recordStart, end).trimEnd();
    const oneLine = this.recordLine === this.line;
    const top = this.depth === 0;
    this.recordStart = -1;
    this.emit(raw, this.recordLine);
    // a whole object on one line at the top: JSON Lines, read line by line from here on
    if (top && oneLine && this.mode === 'detect' && !this.scalar) this.mode = 'lines';
    else if (this.mode === 'detect') this.mode = 'doc';
  }

  private scan(): void {
    const b = this.buf;
    for (let i = this.pos; i < b.length; i++) {
      if (this.mode === 'lines') {
        this.pos = i;
        return this.lines(false);
      }
      const c = b.charCodeAt(i);
      if (c === LF) this.line++;
      if (this.inString) {
        if (this.escape) this.escape = false;
        else if (c === BACKSLASH) this.escape = true;
        else if (c === QUOTE) {
          this.inString = false;
          if (this.depth === 1 && this.topIsObject && !this.page) this.lastKey = b.slice(this.strStart + 1, i);
        } else if (c === LF && this.base === 0 && this.depth > 0 && this.mode === 'detect') {
          // JSON strings never hold a raw line break: a broken first line of JSON Lines
          return this.brokenLine(i);
        }
        continue;
      }
      if (this.recordStart >= 0 && this.scalar && this.depth === this.base && (c === COMMA || (c === LF && this.depth === 0))) {
        this.endRecord(i);
        continue;
      }
      if (c === QUOTE) {
        if (this.recordStart < 0 && this.depth === this.base) this.startRecord(i, true);
        this.inString = true;
        this.strStart = i;
      } else if (c === OPEN_OBJ || c === OPEN_ARR) {
        this.open(c, i);
      } else if (c === CLOSE_OBJ || c === CLOSE_ARR) {
        this.close(i);
      } else if (!isSpace(c) && c !== COMMA && this.recordStart < 0 && this.depth === this.base) {
        this.startRecord(i, true);
      }
      this.pos = i + 1;
    }
    this.pos = b.length;
  }

  private open(c: number, i: number): void {
    if (this.depth === 0 && this.recordStart < 0) {
      if (c === OPEN_ARR) {
        this.sawArray = true;
        this.base = 1;
      } else {
        this.topIsObject = true;
        this.page = false;
        this.lastKey = '';
        this.startRecord(i, false);
      }
    } else if (c === OPEN_ARR && this.depth === 1 && this.topIsObject && !this.page && PAGE_ARRAY_KEYS.has(this.lastKey.toLowerCase())) {
      // the top object is an API page: its array holds the records, the page itself is not one
      this.page = true;
      this.recordStart = -1;
      this.base = 2;
    } else if (this.recordStart < 0 && this.depth === this.base) {
      this.startRecord(i, false);
    }
    this.depth++;
  }

  private close(i: number): void {
    if (this.recordStart >= 0 && this.scalar && this.depth === this.base) this.endRecord(i);
    this.depth = Math.max(this.depth - 1, 0);
    if (this.recordStart >= 0 && !this.scalar && this.depth === this.base) this.endRecord(i + 1);
    else if (this.page && this.depth === 1) this.base = -1; // the page's record array closed
    if (this.depth === 0) {
      this.base = 0;
      this.topIsObject = false;
    }
  }

  /** The first line held a raw line break inside a string: reject it and read lines from here. */
  private brokenLine(lf: number): void {
    const raw = this.buf.slice(this.recordStart, lf).replace(/\r$/, '');
    this.records++;
    const { error, errorText } = notJson(say('reject.lineInString'));
    this.onRecord(raw, this.recordLine, undefined, error, errorText);
    this.recordStart = -1;
    this.inString = false;
    this.escape = false;
    this.depth = 0;
    this.base = 0;
    this.topIsObject = false;
    this.mode = 'lines';
    this.pos = lf + 1;
    this.lines(false);
  }

  /** JSON Lines: every complete line from `pos` on is one record; blank lines are ignored. */
  private lines(final: boolean): void {
    const b = this.buf;
    let at = this.pos;
    for (;;) {
      const lf = b.indexOf('\n', at);
      if (lf === -1 && (!final || at >= b.length)) break;
      const end = lf === -1 ? b.length : lf;
      const raw = b.slice(at, b.charCodeAt(end - 1) === CR && end > at ? end - 1 : end).trim();
      if (raw !== '') this.emit(raw, this.line);
      if (lf === -1) {
        at = b.length;
        break;
      }
      at = lf + 1;
      this.line++;
    }
    this.pos = at;
  }
}
