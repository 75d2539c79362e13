/**
 * What the quick-search box can complete at the cursor: a field name (`sta|` → `status:`), or a
 * value of a field (`status:fa|`, `service:(IMAP OR P|`), and the span of text a choice replaces.
 * Pure and tolerant: it reads text that may not parse yet.
 */
import { resolveFieldName } from '../../../../shared/filter/fields';
import { formatQuickSearch } from '../../../../shared/filter/quick-search';
import type { Condition } from '../../../../shared/filter/tree';

export type CompletionContext =
  /** a field name; `start..end` is the name typed so far (after any `-`) */
  | { kind: 'field'; prefix: string; start: number; end: number }
  /** a value of `field`; `start..end` is the value typed so far, quotes included */
  | { kind: 'value'; field: string; prefix: string; start: number; end: number; inList: boolean }
  | { kind: 'none' };

const isSpace = (ch: string | undefined) => ch !== undefined && /\s/.test(ch);

interface Scan { termStart: number; inQuote: boolean; listField: string | null }

/** Walks the text up to the cursor: where the current term starts, open quotes, open value lists. */
function scan(text: string, cursor: number): Scan {
  let termStart = 0;
  let inQuote = false;
  let listField: string | null = null;
  for (let i = 0; i < cursor; i++) {
    const ch = text[i];
    if (inQuote) {
      if (ch === '\\' && (text[i + 1] === '"' || text[i + 1] === '\\')) i++;
      else if (ch === '"') inQuote = false;
      continue;
    }
    if (ch === '\\') { i++; continue; }
    if (ch === '"') { inQuote = true; continue; }
    if (isSpace(ch) || ch === ')') {
      if (ch === ')') listField = null;
      termStart = i + 1;
    } else if (ch === '(') {
      const field = fieldBefore(text, termStart, i);
      if (field) listField = field;
      termStart = i + 1;
    }
  }
  return { termStart, inQuote, listField };
}

/** The field of `name:(` or `name:CASE(` ending at `open`, or null. */
function fieldBefore(text: string, termStart: number, open: number): string | null {
  const head = text.slice(termStart, open).replace(/^-/, '');
  const m = /^(.+?):(CASE)?$/.exec(head);
  return m ? resolveFieldName(m[1].replace(/\\(.)/g, '$1')) : null;
}

/** Index of the first unescaped, unquoted `:` in a term, or -1. */
function colonIn(term: string): number {
  for (let i = 0; i < term.length; i++) {
    if (term[i] === '\\') { i++; continue; }
    if (term[i] === '"') return -1;
    if (term[i] === ':') return i;
  }
  return -1;
}

/** Where the term around the cursor ends (the rest of a word being edited in the middle). */
function termEnd(text: string, cursor: number, inQuote: boolean): number {
  let j = cursor;
  if (inQuote) {
    while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
    return Math.min(text.length, j + 1);
  }
  while (j < text.length && !isSpace(text[j]) && text[j] !== ')' && text[j] !== '(') j++;
  return j;
}

/** The completion context at `cursor` (0-based, as `selectionStart`). */
export function completionAt(text: string, cursor: number): CompletionContext {
  const at = Math.max(0, Math.min(cursor, text.length));
  const { termStart, inQuote, listField } = scan(text, at);
  const end = termEnd(text, at, inQuote);
  const term = text.slice(termStart, at);
  if (listField !== null) {
    if (/^(O|OR)$/.test(term) && !inQuote) return { kind: 'none' };
    return { kind: 'value', field: listField, prefix: unquote(term), start: termStart, end, inList: true };
  }
  const dash = term.startsWith('-') ? 1 : 0;
  const colon = colonIn(term);
  if (colon < 0) {
    if (inQuote || term.slice(dash).startsWith('"') || /^(AND|OR|NOT)$/.test(term)) return { kind: 'none' };
    // A name edited in the middle ends at its colon, which the choice (`status:`) replaces too.
    const colonAt = text.slice(at, end).indexOf(':');
    return { kind: 'field', prefix: term.slice(dash), start: termStart + dash, end: colonAt < 0 ? end : at + colonAt + 1 };
  }
  const field = resolveFieldName(term.slice(dash, colon).replace(/\\(.)/g, '$1'));
  if (field === null || field === 'time') return { kind: 'none' };
  const value = term.slice(colon + 1);
  if (/^(CASE)?\($/.test(value) || /^[<>[{/]/.test(value)) return { kind: 'none' };
  return { kind: 'value', field, prefix: unquote(value), start: termStart + colon + 1, end, inList: false };
}

/** The text typed so far of a value: quotes and escapes removed, wildcards kept out. */
function unquote(v: string): string {
  let s = v.startsWith('"') ? v.slice(1) : v;
  if (s.endsWith('"') && v.startsWith('"') && s.length > 0) s = s.slice(0, -1);
  return s.replace(/\\(.)/g, '$1').replace(/^\*|\*$/g, '');
}

/** A field's name as quick search writes it, colon included (`user:`, `details.loginMethod:`). */
export function writtenPrefix(field: string): string {
  return formatQuickSearch({ kind: 'cond', field, op: 'exists' }).replace(/\*$/, '');
}

/** A value as quick search writes it after `field:`, quoted when it must be. */
export function writtenValue(field: string, value: string): string {
  const cond: Condition = { kind: 'cond', field, op: 'eq', value };
  return formatQuickSearch(cond).slice(writtenPrefix(field).length);
}

/** The text and cursor after replacing `start..end` of `text` by `insert`. */
export function applyCompletion(text: string, start: number, end: number, insert: string): { text: string; cursor: number } {
  const out = text.slice(0, start) + insert + text.slice(end);
  return { text: out, cursor: start + insert.length };
}
