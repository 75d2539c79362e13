/**
 * A text condition evaluated once per dictionary entry into a match table (1 = the entry matches),
 * so that testing a million events is one table lookup each. Negative operators (neq, empty) are
 * returned as their positive form plus `negate`, so that a multi-text field (actor, text) means
 * "no part equals" rather than "some part differs".
 */
import { AppError } from '../../../../shared/errors';
import type { Condition } from '../../../../shared/filter/tree';
import type { EventIndex, IndexColumn } from '../index/event-index';
import { viewTexts, type DictField } from './fields';
import { cidrContains, parseCidr, parseIp, type Cidr } from './ip-cidr';

export interface ColumnTable { column: IndexColumn; table: Uint8Array }
export interface CompiledText { tables: ColumnTable[]; negate: boolean }

/** A regex condition may spend this long over the distinct values before it is refused. */
export const REGEX_BUDGET_MS = 2000;

type TextTest = (text: string) => boolean;

const FOLDED_OPS = new Set(['eq', 'in', 'contains', 'startsWith', 'endsWith']);

export function compileTextCondition(index: EventIndex, fields: DictField[], cond: Condition): CompiledText {
  const negate = cond.op === 'neq' || cond.op === 'empty';
  const op = cond.op === 'neq' ? 'eq' : cond.op === 'empty' ? 'exists' : cond.op;
  // `matches` keeps the original text and uses the regex's own `i` flag.
  const lower = !cond.caseSensitive && FOLDED_OPS.has(op);
  if (op === 'cidr') return { tables: cidrTables(index, fields, cond), negate };
  const test = textTest(op, cond, lower);
  const exact = op === 'eq' && !lower ? textValue(cond) : null;
  const tables: ColumnTable[] = [];
  const started = performance.now();
  for (const f of fields) {
    const dict = index.dicts[f.column];
    const table = new Uint8Array(dict.size);
    if (exact !== null && f.views.length === 1 && f.views[0] === 'value') {
      const code = dict.lookup(exact);
      if (code >= 0) table[code] = 1;
    } else {
      for (const view of f.views) fillTable(table, viewTexts(index, f.column, view, lower), test, op === 'matches' ? started : null);
    }
    tables.push({ column: f.column, table });
  }
  return { tables, negate };
}

function fillTable(table: Uint8Array, texts: readonly string[], test: TextTest, regexStarted: number | null): void {
  for (let code = 0; code < texts.length; code++) {
    if (!table[code] && test(texts[code])) table[code] = 1;
    // A synchronous regex cannot be interrupted; checking between values bounds the common case.
    if (regexStarted !== null && (code & 1023) === 1023 && performance.now() - regexStarted > REGEX_BUDGET_MS) {
      throw new AppError('invalid-input', `the regular expression took longer than ${REGEX_BUDGET_MS / 1000} s; make it more specific`);
    }
  }
}

function textTest(op: string, cond: Condition, lower: boolean): TextTest {
  const norm = (s: string) => (lower ? s.toLowerCase() : s);
  switch (op) {
    case 'eq': { const v = norm(textValue(cond)); return (t) => t === v; }
    case 'in': { const set = new Set(listValue(cond).map(norm)); return (t) => set.has(t); }
    case 'contains': { const v = norm(textValue(cond)); return (t) => t.includes(v); }
    case 'startsWith': { const v = norm(textValue(cond)); return (t) => t.startsWith(v); }
    case 'endsWith': { const v = norm(textValue(cond)); return (t) => t.endsWith(v); }
    case 'exists': return (t) => t !== '';
    case 'matches': {
      const re = compileRegex(textValue(cond), !cond.caseSensitive);
      return (t) => re.test(t);
    }
    default:
      throw new AppError('invalid-input', `the operator ${op} does not apply to the field ${cond.field}`, { field: cond.field, op });
  }
}

function compileRegex(pattern: string, ignoreCase: boolean): RegExp {
  try {
    return new RegExp(pattern, ignoreCase ? 'i' : '');
  } catch (e) {
    throw new AppError('invalid-input', `invalid regular expression /${pattern}/: ${(e as Error).message}`, { pattern });
  }
}

function cidrTables(index: EventIndex, fields: DictField[], cond: Condition): ColumnTable[] {
  if (!fields.some((f) => f.column === 'ip')) {
    throw new AppError('invalid-input', `the operator cidr applies to the field ip, not ${cond.field}`, { field: cond.field });
  }
  const blocks: Cidr[] = listValue(cond).map((text) => {
    const block = parseCidr(text);
    if (!block) throw new AppError('invalid-input', `not an IP address or CIDR block: ${text}`, { value: text });
    return block;
  });
  return [{ column: 'ip', table: cidrTable(index, blocks) }];
}

const MAPPED_ZERO = parseIp('0.0.0.0') as Uint8Array;

/**
 * Match table of the ip dictionary: canonical IPv4 entries by mask on their stored value (a tight
 * loop over ~460k values), anything else through its parsed bytes.
 */
function cidrTable(index: EventIndex, blocks: Cidr[]): Uint8Array {
  const { v4 } = index.ips;
  const size = index.dicts.ip.size;
  const table = new Uint8Array(size);
  // Blocks of 96 bits or fewer cover either every IPv4 address (as ::ffff:a.b.c.d) or none.
  const allV4 = blocks.some((b) => b.bits <= 96 && cidrContains(b, MAPPED_ZERO));
  const nets = blocks.filter((b) => b.bits > 96 && cidrContains({ bytes: b.bytes, bits: 96 }, MAPPED_ZERO))
    .map((b) => ({ net: ((b.bytes[12] << 24) | (b.bytes[13] << 16) | (b.bytes[14] << 8) | b.bytes[15]) >>> 0, shift: 128 - b.bits }));
  for (let code = 0; code < size; code++) {
    const ip = v4[code];
    if (ip >= 0) {
      let hit = allV4;
      for (let k = 0; k < nets.length && !hit; k++) {
        const { net, shift } = nets[k];
        hit = ((ip ^ net) >>> shift) === 0;
      }
      if (hit) table[code] = 1;
    } else {
      const bytes = index.ips.bytes(code);
      if (bytes && blocks.some((b) => cidrContains(b, bytes))) table[code] = 1;
    }
  }
  return table;
}

/** The condition's value as one text (numbers as written). */
export function textValue(cond: Condition): string {
  const v = cond.value;
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  throw new AppError('invalid-input', `the operator ${cond.op} on ${cond.field} needs one text value`, { field: cond.field, op: cond.op });
}

/** The condition's value as a list (a single text is a list of one). */
export function listValue(cond: Condition): string[] {
  const v = cond.value;
  if (Array.isArray(v)) return v.map(String);
  if (typeof v === 'string') return cond.op === 'cidr' ? v.split(/[\s,]+/).filter(Boolean) : [v];
  throw new AppError('invalid-input', `the operator ${cond.op} on ${cond.field} needs a list of values`, { field: cond.field, op: cond.op });
}
