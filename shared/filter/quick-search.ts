/**
 * The quick-search box: a Lucene/KQL-like text syntax that reads into, and writes from, the filter
 * tree (field names and aliases: fields.ts; values, lists and dates: quick-search-terms.ts).
 *   a b        a AND b (AND may be written)        a OR b     either (AND binds tighter than OR)
 *   -a, NOT a  not a                                (…)        grouping
 *   word, "two words"            any field contains it (`text` contains)
 *   field:v, field:"v w"         equals, ignoring case        field:CASE(v)   case-sensitive
 *   field:*v*  field:v*  field:*v   contains / starts with / ends with (quoted `*` is a star)
 *   field:/re/                   matches a regex               field:*         not empty (-field:* empty)
 *   field:(A OR B)               one of (`in`)                 ip:10.0.0.0/8   in the CIDR block
 *   time:>=D time:>D time:<D time:<=D   time:D (that whole day/minute/second)
 *   time:[D TO D]                inclusive; `{`/`}` exclusive, `*` open
 * Quoted values are always literal: no wildcard, regex or CIDR inside quotes.
 */
import { DETAILS_PREFIX, writtenFieldName } from './fields';
import { QuickSearchError, type QuickSearchErrorCode } from './quick-search-error';
import { atTermEnd, keywordAt, parseBareTerm, parseFieldValue, readFieldName, skipSpaces, type Cursor } from './quick-search-terms';
import { dayEndingAt, formatTimeValue } from './time-value';
import type { Condition, FilterNode } from './tree';
import { isValidTimeZone } from '../util/timezone';

/** Deepest nesting of parentheses and negations accepted; guards the recursive parser's stack. */
export const MAX_QUICK_SEARCH_DEPTH = 64;

/**
 * What parseQuickSearch returns: a tree (null for an empty box) or an error at a 0-based position,
 * with its English message and, for other languages, its code and parameters.
 */
export type QuickSearchResult =
  | { ok: true; tree: FilterNode | null }
  | { ok: false; error: { message: string; position: number; code: QuickSearchErrorCode; params: Record<string, string> } };

/**
 * Parses quick-search text into a filter tree. Dates are read in `opts.timeZone` (default UTC)
 * unless they carry `Z` or an offset. Blank text gives `tree: null` (no filter).
 */
export function parseQuickSearch(text: string, opts: { timeZone?: string } = {}): QuickSearchResult {
  const zone = opts.timeZone ?? 'UTC';
  if (!isValidTimeZone(zone)) {
    return { ok: false, error: { message: `unknown time zone "${zone}"`, position: 0, code: 'unknown-time-zone', params: { zone } } };
  }
  const c: Cursor = { text, pos: 0, zone, depth: 0 };
  try {
    skipSpaces(c);
    if (c.pos >= text.length) return { ok: true, tree: null };
    const tree = parseOr(c);
    skipSpaces(c);
    if (c.pos < text.length) throw unmatchedClose(c.pos);
    return { ok: true, tree };
  } catch (err) {
    if (err instanceof QuickSearchError) {
      return { ok: false, error: { message: err.message, position: err.position, code: err.code, params: err.params } };
    }
    throw err;
  }
}

const unmatchedClose = (at: number) => new QuickSearchError('unmatched-close-paren', 'unexpected ")" with no matching "("', at);

function parseOr(c: Cursor): FilterNode {
  const items = [parseAnd(c)];
  for (;;) {
    skipSpaces(c);
    if (!keywordAt(c, 'OR')) break;
    const at = c.pos;
    c.pos += 2;
    skipSpaces(c);
    if (atTermEnd(c, c.pos)) throw new QuickSearchError('or-needs-term-after', 'OR needs a term after it', at);
    items.push(parseAnd(c));
  }
  return items.length === 1 ? items[0] : { kind: 'or', children: items };
}

function parseAnd(c: Cursor): FilterNode {
  const items: FilterNode[] = [];
  for (;;) {
    skipSpaces(c);
    if (c.pos >= c.text.length || c.text[c.pos] === ')') break;
    if (keywordAt(c, 'OR')) {
      if (items.length === 0) throw new QuickSearchError('or-needs-term-before', 'OR needs a term before it', c.pos);
      break;
    }
    if (keywordAt(c, 'AND')) {
      const at = c.pos;
      if (items.length === 0) throw new QuickSearchError('and-needs-term-before', 'AND needs a term before it', at);
      c.pos += 3;
      skipSpaces(c);
      if (atTermEnd(c, c.pos) || keywordAt(c, 'OR') || keywordAt(c, 'AND')) throw new QuickSearchError('and-needs-term-after', 'AND needs a term after it', at);
      continue;
    }
    items.push(parseUnary(c));
  }
  if (items.length === 0) throw unmatchedClose(c.pos);
  return items.length === 1 ? items[0] : { kind: 'and', children: items };
}

function parseUnary(c: Cursor): FilterNode {
  const at = c.pos;
  const dash = c.text[at] === '-';
  if (!dash && !keywordAt(c, 'NOT')) return parsePrimary(c);
  c.pos += dash ? 1 : 3;
  if (!dash) skipSpaces(c);
  if (atTermEnd(c, c.pos) || keywordAt(c, 'OR') || keywordAt(c, 'AND')) {
    throw dash
      ? new QuickSearchError('dash-needs-term', 'nothing to negate after "-" (write it right before a term)', at)
      : new QuickSearchError('not-needs-term', 'NOT needs a term after it', at);
  }
  return { kind: 'not', children: [nested(c, at, () => parseUnary(c))] };
}

function parsePrimary(c: Cursor): FilterNode {
  const open = c.pos;
  if (c.text[open] !== '(') {
    const field = readFieldName(c);
    return field === null ? parseBareTerm(c) : parseFieldValue(c, field, c.text.slice(open, c.pos - 1));
  }
  c.pos++;
  skipSpaces(c);
  if (c.text[c.pos] === ')') throw new QuickSearchError('empty-parens', 'empty parentheses', open);
  const inner = nested(c, open, () => parseOr(c));
  skipSpaces(c);
  if (c.text[c.pos] !== ')') throw new QuickSearchError('unclosed-paren', 'unclosed parenthesis: add a closing )', open);
  c.pos++;
  return inner;
}

function nested(c: Cursor, at: number, parse: () => FilterNode): FilterNode {
  if (++c.depth > MAX_QUICK_SEARCH_DEPTH) {
    throw new QuickSearchError('too-deep', `nested more than ${MAX_QUICK_SEARCH_DEPTH} levels deep`, at, { max: String(MAX_QUICK_SEARCH_DEPTH) });
  }
  const node = parse();
  c.depth--;
  return node;
}

// ---- writing ----

const SAFE_WORD = /^[^\s"\\()*:/<>[\]{}\u0000-\u001f\u007f]+$/;
const KEYWORDS = new Set(['OR', 'AND', 'NOT', 'TO']);

/** A value as quick search reads it back literally: bare when harmless, otherwise quoted. */
function literal(v: string): string {
  if (SAFE_WORD.test(v) && !KEYWORDS.has(v) && !v.startsWith('-')) return v;
  return `"${v.replace(/[\\"]/g, '\\$&')}"`;
}

function fieldName(field: string): string {
  const name = writtenFieldName(field);
  if (!name.startsWith(DETAILS_PREFIX)) return name;
  return DETAILS_PREFIX + name.slice(DETAILS_PREFIX.length).replace(/[\s:"\\()]/g, '\\$&');
}

/** Escapes each unescaped `/` so the pattern cannot end early. */
function regexLiteral(pattern: string): string {
  let out = '/';
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] === '\\') {
      out += pattern.slice(i, i + 2);
      i++;
    } else {
      out += pattern[i] === '/' ? '\\/' : pattern[i];
    }
  }
  return `${out}/`;
}

/** A time span: `D` for one whole day, `[A TO D]` when it ends with a whole day, else `[A TO B}`. */
function formatRange(from: number, to: number, zone: string): string {
  const start = formatTimeValue(from, zone);
  const lastDay = dayEndingAt(to, zone);
  if (lastDay === null) return `[${start} TO ${formatTimeValue(to, zone)}}`;
  return lastDay === start ? start : `[${start} TO ${lastDay}]`;
}

function formatValue(c: Condition, zone: string): string {
  const v = typeof c.value === 'string' ? c.value : '';
  const cased = (x: string) => (c.caseSensitive ? `CASE(${x})` : x);
  switch (c.op) {
    case 'exists': case 'empty': return '*';
    case 'eq': case 'neq': return cased(literal(v));
    case 'contains': return cased(`*${literal(v)}*`);
    case 'startsWith': return cased(`${literal(v)}*`);
    case 'endsWith': return cased(`*${literal(v)}`);
    case 'matches': return cased(regexLiteral(v));
    case 'in': {
      const list = Array.isArray(c.value) ? c.value.map((x) => literal(String(x))).join(' OR ') : '';
      return c.caseSensitive ? `CASE(${list})` : `(${list})`;
    }
    case 'cidr': return /^[0-9A-Fa-f:./]+$/.test(v.trim()) ? v.trim() : literal(v);
    case 'after': return `>=${formatTimeValue(Number(c.value), zone)}`;
    case 'before': return `<${formatTimeValue(Number(c.value), zone)}`;
    case 'between': {
      const [from, to] = Array.isArray(c.value) ? c.value.map(Number) : [NaN, NaN];
      return formatRange(from, to, zone);
    }
  }
}

function formatCondition(c: Condition, zone: string): string {
  const negated = c.op === 'neq' || c.op === 'empty';
  if (c.field === 'text' && c.op === 'contains' && !c.caseSensitive && typeof c.value === 'string' && c.value !== '') {
    return literal(c.value);
  }
  return `${negated ? '-' : ''}${fieldName(c.field)}:${formatValue(c, zone)}`;
}

// An empty `and` is true and an empty `or` false; mid-query they are written as `time:*` (every
// event has a time) and its negation, so that the written text keeps the tree's meaning.
function formatNode(n: FilterNode, zone: string, parent: 'top' | 'and' | 'or' | 'not'): string {
  if (n.kind === 'cond') return formatCondition(n, zone);
  if (n.kind === 'not') {
    if (n.children.length === 0) return '-time:*';
    const inner: FilterNode = n.children.length === 1 ? n.children[0] : { kind: 'and', children: n.children };
    return `-${formatNode(inner, zone, 'not')}`;
  }
  if (n.children.length === 0) return n.kind === 'or' ? '-time:*' : parent === 'top' ? '' : 'time:*';
  if (n.children.length === 1) return formatNode(n.children[0], zone, parent);
  const joined = n.children.map((ch) => formatNode(ch, zone, n.kind)).join(n.kind === 'and' ? ' ' : ' OR ');
  const bare = n.kind === 'and' ? parent === 'top' || parent === 'or' : parent === 'top';
  return bare ? joined : `(${joined})`;
}

/**
 * Writes a tree as quick-search text that parses back (in the same `opts.timeZone`, default UTC)
 * to an equivalent tree — the same tree for every tree parseQuickSearch produces. Trees that
 * validateFilter rejects are written as well as they can be. `null` gives the empty string.
 */
export function formatQuickSearch(tree: FilterNode | null, opts: { timeZone?: string } = {}): string {
  return tree === null ? '' : formatNode(tree, opts.timeZone ?? 'UTC', 'top');
}
