/**
 * A text condition evaluated once per dictionary entry into a match table (1 = the entry matches),
 * so that testing a million events is one table lookup each. Negative operators (neq, empty) are
 * returned as their positive form plus `negate`, so that a multi-text field (actor, text) means
 * "no part equals" rather than "some part differs". Semantics follow shared/filter/evaluate.ts.
 */
import { AppError } from '../../../../shared/errors';
import { parseCidr, type ParsedCidr } from '../../../../shared/filter/cidr';
import type { Condition } from '../../../../shared/filter/tree';
import type { EventIndex } from '../index/event-index';
import type { RegexRunner } from '../regex/regex-runner';
import type { CancelToken } from './cancel';
import { viewTexts, type CodeColumn, type DictField } from './fields';

export interface ColumnTable { column: CodeColumn; table: Uint8Array }
export interface CompiledText { tables: ColumnTable[]; negate: boolean }

/** What compiling a `matches` condition needs: the runner, the time left, the call's token. */
export interface RegexContext { runner: RegexRunner; budgetMs: number; token: CancelToken }

type TextTest = (text: string) => boolean;

export async function compileTextCondition(index: EventIndex, fields: DictField[], cond: Condition, regex: RegexContext): Promise<CompiledText> {
  const negate = cond.op === 'neq' || cond.op === 'empty';
  const op = cond.op === 'neq' ? 'eq' : cond.op === 'empty' ? 'exists' : cond.op;
  // validate.ts allows cidr on the ip field only
  if (op === 'cidr') return { tables: [{ column: fields[0].column, table: cidrTable(index, cidrOf(cond)) }], negate };
  if (op === 'matches') return { tables: dropAbsent(fields, await regexTables(fields, cond, regex)), negate };
  // `matches` keeps the original text and uses the regex's own `i` flag; the rest fold both sides.
  const lower = !cond.caseSensitive && op !== 'exists';
  const test = textTest(op, cond, lower);
  const exact = op === 'eq' && !lower ? textValue(cond) : null;
  const tables = fields.map(({ column, views }): ColumnTable => {
    const table = new Uint8Array(column.dict.size);
    if (exact !== null && views.length === 1 && views[0] === 'value') {
      const code = column.dict.lookup(exact);
      if (code >= 0) table[code] = 1;
    } else {
      for (const view of views) fillTable(table, viewTexts(column.dict, view, lower), test);
    }
    return { column, table };
  });
  return { tables: dropAbsent(fields, tables), negate };
}

function dropAbsent(fields: DictField[], tables: ColumnTable[]): ColumnTable[] {
  fields.forEach((f, i) => { if (f.absentNeverMatches) tables[i].table[0] = 0; });
  return tables;
}

function fillTable(table: Uint8Array, texts: readonly string[], test: TextTest): void {
  for (let code = 0; code < texts.length; code++) if (!table[code] && test(texts[code])) table[code] = 1;
}

/** One list per dictionary view, tested in the regex runner; the views of a column are or-ed. */
async function regexTables(fields: DictField[], cond: Condition, regex: RegexContext): Promise<ColumnTable[]> {
  const lists = fields.flatMap(({ column, views }) => views.map((view) => ({ key: `${column.dict.id}:${view}`, texts: viewTexts(column.dict, view, false) })));
  const tables = await regex.runner.tables(textValue(cond), cond.caseSensitive === true, lists, regex.budgetMs, regex.token);
  let k = 0;
  return fields.map(({ column, views }) => {
    const table = new Uint8Array(column.dict.size);
    for (let v = 0; v < views.length; v++) {
      const t = tables[k++];
      for (let code = 0; code < t.length; code++) table[code] |= t[code];
    }
    return { column, table };
  });
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
    default:
      throw new AppError('invalid-input', `the operator ${op} does not apply to the field ${cond.field}`, { field: cond.field, op });
  }
}

function cidrOf(cond: Condition): ParsedCidr {
  const parsed = parseCidr(textValue(cond));
  if (!parsed.ok) throw new AppError('invalid-input', `bad CIDR: ${parsed.error}`, { field: cond.field });
  return parsed.cidr;
}

/**
 * Match table of the ip dictionary: canonical IPv4 entries by mask on their stored value (a tight
 * loop over ~460k values), anything else (ports, brackets, IPv6) through its parsed bytes.
 */
function cidrTable(index: EventIndex, block: ParsedCidr): Uint8Array {
  const size = index.dicts.ip.size;
  const table = new Uint8Array(size);
  const { v4 } = index.ips;
  const mappedBlock = block.prefix128 >= 96 && inBlock(V4_MAPPED_ZERO, { ...block, prefix128: 96 });
  // A block of 96 bits or fewer holds every IPv4 address (as ::ffff:a.b.c.d) or none of them.
  const allV4 = block.prefix128 <= 96 && inBlock(V4_MAPPED_ZERO, block);
  const net = ((block.bytes[12] << 24) | (block.bytes[13] << 16) | (block.bytes[14] << 8) | block.bytes[15]) >>> 0;
  const shift = 128 - block.prefix128;
  for (let code = 0; code < size; code++) {
    const ip = v4[code];
    if (ip >= 0) {
      if (allV4 || (mappedBlock && (shift === 32 || ((ip ^ net) >>> shift) === 0))) table[code] = 1;
    } else {
      const bytes = index.ips.bytes(code);
      if (bytes && inBlock(bytes, block)) table[code] = 1;
    }
  }
  return table;
}

const V4_MAPPED_ZERO = Uint8Array.from([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 0, 0, 0, 0]);

function inBlock(bytes: Uint8Array, block: ParsedCidr): boolean {
  const full = block.prefix128 >> 3;
  for (let i = 0; i < full; i++) if (bytes[i] !== block.bytes[i]) return false;
  const rem = block.prefix128 & 7;
  if (rem === 0) return true;
  const mask = (0xff << (8 - rem)) & 0xff;
  return (bytes[full] & mask) === (block.bytes[full] & mask);
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
  if (typeof v === 'string') return [v];
  throw new AppError('invalid-input', `the operator ${cond.op} on ${cond.field} needs a list of values`, { field: cond.field, op: cond.op });
}
