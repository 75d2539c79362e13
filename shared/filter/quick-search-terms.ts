/**
 * The term level of quick search: field names, values (quotes, escapes, wildcards, regexes, CIDR),
 * value lists and time comparisons. The boolean grammar above it is in quick-search.ts.
 */
import { parseCidr, type CidrProblem } from './cidr';
import { QUICK_SEARCH_FIELD_NAMES, resolveFieldName } from './fields';
import { QuickSearchError, type QuickSearchErrorCode } from './quick-search-error';
import { regexProblem, type RegexProblem } from './regex-guard';
import { DATE_FORMS, MAX_TIME, MIN_TIME, parseTimeValue, type TimeSpan } from './time-value';
import type { Condition, FilterNode, Operator } from './tree';

/** Parse state: the text, a position that only moves forward, the zone dates are read in. */
export interface Cursor { readonly text: string; pos: number; readonly zone: string; depth: number }

/** True for the whitespace that separates terms. */
export const isSpace = (ch: string | undefined): boolean => ch !== undefined && /\s/.test(ch);

/** True when position `i` ends a term: end of text, whitespace or `)`. */
export function atTermEnd(c: Cursor, i: number): boolean {
  return i >= c.text.length || isSpace(c.text[i]) || c.text[i] === ')';
}

/** Moves past whitespace. */
export function skipSpaces(c: Cursor): void {
  while (isSpace(c.text[c.pos])) c.pos++;
}

/** True when the uppercase keyword `word` (OR, AND, NOT, TO) starts at the cursor as a whole word. */
export function keywordAt(c: Cursor, word: string): boolean {
  if (!c.text.startsWith(word, c.pos)) return false;
  const next = c.text[c.pos + word.length];
  return next === undefined || isSpace(next) || next === '(' || next === ')' || next === '"';
}

const REGEX_CODES: Record<RegexProblem['code'], QuickSearchErrorCode> = {
  'too-long': 'regex-too-long', invalid: 'bad-regex', 'nested-repetition': 'regex-nested-repetition',
};
const CIDR_CODES: Record<CidrProblem['code'], QuickSearchErrorCode> = {
  'extra-slash': 'cidr-extra-slash', 'not-an-address': 'cidr-not-an-address', 'bad-prefix': 'cidr-bad-prefix', 'prefix-too-long': 'cidr-prefix-too-long',
};

interface RawChar { ch: string; literal: boolean; pos: number }

/** Reads one value: unquoted runs (backslash escapes any character) and "quoted" runs, glued together. */
function readRawValue(c: Cursor): RawChar[] {
  const out: RawChar[] = [];
  const t = c.text;
  while (!atTermEnd(c, c.pos)) {
    const ch = t[c.pos];
    if (ch === '\\' && c.pos + 1 < t.length) {
      out.push({ ch: t[c.pos + 1], literal: true, pos: c.pos });
      c.pos += 2;
    } else if (ch === '"') {
      readQuoted(c, out);
    } else if (ch === '(') {
      throw new QuickSearchError('paren-in-value', '"(" inside a value: put the value in quotes or write \\(', c.pos);
    } else {
      out.push({ ch, literal: false, pos: c.pos++ });
    }
  }
  return out;
}

/** A quoted run. Only \" and \\ are escapes inside quotes, so Windows paths (C:\Users) read as written. */
function readQuoted(c: Cursor, out: RawChar[]): void {
  const open = c.pos++;
  const t = c.text;
  for (;;) {
    if (c.pos >= t.length) throw new QuickSearchError('unclosed-quote', 'unclosed quote: add a closing "', open);
    const ch = t[c.pos];
    if (ch === '"') { c.pos++; return; }
    const escaped = ch === '\\' && (t[c.pos + 1] === '"' || t[c.pos + 1] === '\\');
    out.push({ ch: escaped ? t[c.pos + 1] : ch, literal: true, pos: c.pos });
    c.pos += escaped ? 2 : 1;
  }
}

interface ValueShape { literal: string; leading: boolean; trailing: boolean; slash: boolean; onlyStar: boolean }

/** Unquoted, unescaped `*` is a wildcard at either end of a value and an error elsewhere. */
function shapeOf(chars: RawChar[], start: number): ValueShape {
  const isStar = (r: RawChar | undefined) => r !== undefined && r.ch === '*' && !r.literal;
  if (chars.length === 1 && isStar(chars[0])) return { literal: '', leading: false, trailing: false, slash: false, onlyStar: true };
  const leading = isStar(chars[0]);
  const trailing = isStar(chars[chars.length - 1]);
  const middle = chars.slice(leading ? 1 : 0, trailing ? -1 : undefined);
  const stray = middle.find(isStar);
  if (stray) throw new QuickSearchError('misplaced-wildcard', 'a * wildcard may only start or end a value; write \\* to search for a star', stray.pos);
  const literal = middle.map((r) => r.ch).join('');
  if ((leading || trailing) && literal === '') throw new QuickSearchError('lone-wildcard', 'a wildcard needs text beside it', start);
  return { literal, leading, trailing, slash: middle.some((r) => r.ch === '/' && !r.literal), onlyStar: false };
}

/** `/pattern/` when the first unescaped `/` after the opening one ends the term; otherwise null (a plain value). */
function readRegex(c: Cursor): string | null {
  const t = c.text;
  if (t[c.pos] !== '/') return null;
  let j = c.pos + 1;
  while (j < t.length && t[j] !== '/') j += t[j] === '\\' ? 2 : 1;
  if (j >= t.length || !atTermEnd(c, j + 1)) return null;
  const pattern = t.slice(c.pos + 1, j);
  const problem = regexProblem(pattern);
  if (problem) throw new QuickSearchError(REGEX_CODES[problem.code], `bad regex: ${problem.message}`, c.pos, problem.params);
  c.pos = j + 1;
  return pattern;
}

/**
 * The field of a `name:` prefix at the cursor, moving past the colon; null when the term has no
 * such prefix. A name that looks like a field but is not one is an error (listing the known
 * names); anything else before a colon (`12:30`, `2001:db8::1`) is plain text.
 */
export function readFieldName(c: Cursor): string | null {
  const t = c.text;
  let name = '';
  let i = c.pos;
  while (i < t.length && t[i] !== ':') {
    if (isSpace(t[i]) || t[i] === '(' || t[i] === ')' || t[i] === '"') return null;
    if (t[i] === '\\' && i + 1 < t.length) i++;
    name += t[i++];
  }
  if (i >= t.length || name === '') return null;
  const field = resolveFieldName(name);
  if (field !== null) { c.pos = i + 1; return field; }
  if (name.toLowerCase() === 'details.') throw new QuickSearchError('missing-details-key', 'missing key after "details."', c.pos);
  if (/^[A-Za-z_][\w.-]*$/.test(name)) {
    const known = QUICK_SEARCH_FIELD_NAMES.join(', ');
    throw new QuickSearchError('unknown-field', `unknown field "${name}"; known fields: ${known} (put text with a colon in quotes)`, c.pos, { name, known });
  }
  return null;
}

function cond(field: string, op: Operator, value: Condition['value'], caseSensitive: boolean): Condition {
  const out: Condition = { kind: 'cond', field, op };
  if (value !== undefined) out.value = value;
  if (caseSensitive) out.caseSensitive = true;
  return out;
}

/** A bare term (no field): text contains, unless it is `*`, `/regex/` or has wildcards. */
export function parseBareTerm(c: Cursor): Condition {
  const pattern = readRegex(c);
  if (pattern !== null) return cond('text', 'matches', pattern, false);
  const start = c.pos;
  const shape = shapeOf(readRawValue(c), start);
  if (shape.onlyStar) return cond('text', 'exists', undefined, false);
  return cond('text', wildcardOp(shape, 'contains'), shape.literal, false);
}

function wildcardOp(s: ValueShape, plain: Operator): Operator {
  if (s.leading && s.trailing) return 'contains';
  if (s.leading) return 'endsWith';
  return s.trailing ? 'startsWith' : plain;
}

/** The value after `field:` — one value, `(A OR B …)`, or `CASE(…)` for a case-sensitive one or list. */
export function parseFieldValue(c: Cursor, field: string, name: string): FilterNode {
  const start = c.pos;
  if (atTermEnd(c, start)) throw new QuickSearchError('missing-value', `missing value after "${name}:"`, start, { field: name });
  if (c.text.startsWith('CASE(', start)) { c.pos += 5; return parseValueList(c, field, true, start); }
  if (c.text[start] === '(') { c.pos++; return parseValueList(c, field, false, start); }
  return parseSingleValue(c, field, false);
}

/** Items joined by OR up to `)`: all plain values → `in`; one item → itself; otherwise an `or` of the items. */
function parseValueList(c: Cursor, field: string, caseSensitive: boolean, open: number): FilterNode {
  const items: Condition[] = [];
  for (;;) {
    skipSpaces(c);
    if (c.pos >= c.text.length) throw new QuickSearchError('unclosed-paren', 'unclosed parenthesis: add a closing )', open);
    if (c.text[c.pos] === ')') {
      if (items.length === 0) throw new QuickSearchError('empty-list', 'empty list of values', open);
      c.pos++;
      break;
    }
    if (items.length > 0) {
      if (!keywordAt(c, 'OR')) throw new QuickSearchError('expected-or-in-list', 'expected OR or ) in the list of values', c.pos);
      c.pos += 2;
      skipSpaces(c);
      if (atTermEnd(c, c.pos)) throw new QuickSearchError('or-needs-value', 'OR needs a value after it', c.pos);
    }
    if (c.text[c.pos] === '(') throw new QuickSearchError('nested-list', 'a list of values cannot hold another list', c.pos);
    items.push(parseSingleValue(c, field, caseSensitive));
  }
  if (items.length === 1) return items[0];
  if (items.every((i) => i.op === 'eq')) return cond(field, 'in', items.map((i) => i.value as string), caseSensitive);
  return { kind: 'or', children: items };
}

function parseSingleValue(c: Cursor, field: string, caseSensitive: boolean): Condition {
  if (field === 'time') return parseTimeTerm(c);
  const start = c.pos;
  const ch = c.text[start];
  if ('<>[{'.includes(ch)) {
    throw new QuickSearchError('compare-time-only', `comparisons and ranges work on time only; put the value in quotes to search for "${ch}"`, start, { char: ch });
  }
  const pattern = readRegex(c);
  if (pattern !== null) return cond(field, 'matches', pattern, caseSensitive);
  const shape = shapeOf(readRawValue(c), start);
  if (shape.onlyStar) return cond(field, 'exists', undefined, false);
  if (field === 'ip' && shape.slash && !shape.leading && !shape.trailing) {
    const parsed = parseCidr(shape.literal);
    if (!parsed.ok) throw new QuickSearchError(CIDR_CODES[parsed.problem.code], `bad CIDR: ${parsed.error}`, start, parsed.problem.params);
    return cond(field, 'cidr', parsed.cidr.text, false);
  }
  return cond(field, wildcardOp(shape, 'eq'), shape.literal, caseSensitive);
}

/** `*`, `>`/`>=`/`<`/`<=` a date, `[A TO B]` (`{`/`}` exclusive, `*` open), or a date meaning its whole span. */
function parseTimeTerm(c: Cursor): Condition {
  const start = c.pos;
  const ch = c.text[start];
  if (ch === '*' && atTermEnd(c, start + 1)) { c.pos++; return cond('time', 'exists', undefined, false); }
  if (ch === '[' || ch === '{') return parseRange(c);
  if (ch === '>' || ch === '<') {
    const orEqual = c.text[++c.pos] === '=';
    if (orEqual) c.pos++;
    const span = readDate(c, false);
    const op = c.text.slice(start, c.pos);
    if (span === null || span === '*') throw new QuickSearchError('missing-date-after', `missing date after "${op}"`, c.pos, { op });
    if (ch === '>') return cond('time', 'after', orEqual ? span.start : span.end, false);
    return cond('time', 'before', orEqual ? span.end : span.start, false);
  }
  const span = readDate(c, false);
  if (span === null || span === '*') throw new QuickSearchError('missing-date', 'missing date', start);
  return cond('time', 'between', [span.start, span.end], false);
}

function parseRange(c: Cursor): Condition {
  const open = c.pos++;
  const lowerInclusive = c.text[open] === '[';
  skipSpaces(c);
  const from = readDate(c, true);
  if (from === null) throw new QuickSearchError('missing-range-start', 'missing start of the range', c.pos);
  skipSpaces(c);
  if (!keywordAt(c, 'TO')) throw new QuickSearchError('expected-to', 'expected TO in the range', c.pos);
  c.pos += 2;
  skipSpaces(c);
  const to = readDate(c, true);
  if (to === null) throw new QuickSearchError('missing-range-end', 'missing end of the range', c.pos);
  skipSpaces(c);
  const close = c.text[c.pos];
  if (close !== ']' && close !== '}') {
    throw c.pos >= c.text.length
      ? new QuickSearchError('unclosed-range', 'unclosed range: add ] or }', open)
      : new QuickSearchError('expected-range-close', 'expected ] or } to close the range', c.pos);
  }
  c.pos++;
  const lo = from === '*' ? undefined : lowerInclusive ? from.start : from.end;
  const hi = to === '*' ? undefined : close === ']' ? to.end : to.start;
  if (lo === undefined && hi === undefined) return cond('time', 'exists', undefined, false);
  if (hi === undefined) return cond('time', 'after', lo, false);
  if (lo === undefined) return cond('time', 'before', hi, false);
  if (lo > hi) throw new QuickSearchError('range-ends-before-start', 'the range ends before it starts', open);
  return cond('time', 'between', [lo, hi], false);
}

/** A date token, quoted or not; `*` (open end) only inside a range; null when there is none. */
function readDate(c: Cursor, inRange: boolean): TimeSpan | '*' | null {
  const start = c.pos;
  const t = c.text;
  const stops = (i: number) => atTermEnd(c, i) || (inRange && (t[i] === ']' || t[i] === '}'));
  let token = '';
  if (t[start] === '"') {
    const chars: RawChar[] = [];
    readQuoted(c, chars);
    token = chars.map((r) => r.ch).join('');
    if (!stops(c.pos)) throw new QuickSearchError('unexpected-after-date', `unexpected "${t[c.pos]}" after the date`, c.pos, { char: t[c.pos] });
  } else {
    while (!stops(c.pos)) token += t[c.pos++];
    if (token === '') return null;
    if (inRange && token === '*') return '*';
  }
  const span = parseTimeValue(token, c.zone);
  if (span === null || span.start < MIN_TIME || span.end > MAX_TIME) {
    throw new QuickSearchError('bad-date', `bad date "${token}": use ${DATE_FORMS}`, start, { date: token });
  }
  return span;
}
