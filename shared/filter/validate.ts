/**
 * Checks a filter tree before it runs: known fields, an operator that fits the field, a value of
 * the operator's type. Trees arrive from storage, IPC and the builder, so nothing is assumed.
 */
import { parseCidr } from './cidr';
import { isKnownField } from './fields';
import { checkRegex } from './regex-guard';
import { MAX_TIME, MIN_TIME } from './time-value';
import { OPERATORS, type Condition, type FilterNode } from './tree';

/** Deepest group nesting accepted, so that evaluating a stored tree cannot overflow the stack. */
export const MAX_FILTER_DEPTH = 100;

const TEXT_OPS = new Set(['eq', 'neq', 'contains', 'startsWith', 'endsWith', 'matches']);
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= MIN_TIME && v <= MAX_TIME;
const TIME_RANGE = 'epoch ms between years 1000 and 9999';

/** The problem with one condition's value for its operator and field, or null. */
function conditionProblem(c: Condition): string | null {
  const op = c.op;
  if (!(OPERATORS as readonly string[]).includes(op)) return `unknown operator "${String(op)}"; operators: ${OPERATORS.join(', ')}`;
  const onTime = c.field === 'time';
  if (c.caseSensitive !== undefined && typeof c.caseSensitive !== 'boolean') return 'caseSensitive must be true or false';
  if (op === 'exists' || op === 'empty') return c.value === undefined ? null : `"${op}" takes no value`;
  if (op === 'before' || op === 'after' || op === 'between') {
    if (!onTime) return `"${op}" works on time only`;
    if (op !== 'between') return isTime(c.value) ? null : `"${op}" needs a time (${TIME_RANGE})`;
    if (!Array.isArray(c.value) || c.value.length !== 2 || !c.value.every(isTime)) return `"between" needs [from, to] times (${TIME_RANGE})`;
    return c.value[0] <= c.value[1] ? null : '"between" ends before it starts';
  }
  if (onTime) return `"${op}" does not work on time; use before, after, between or exists`;
  if (op === 'cidr') {
    if (c.field !== 'ip') return '"cidr" works on ip only';
    if (typeof c.value !== 'string') return '"cidr" needs a CIDR block as text, e.g. 203.0.113.0/24';
    const parsed = parseCidr(c.value);
    return parsed.ok ? null : `bad CIDR: ${parsed.error}`;
  }
  if (op === 'in') {
    if (!Array.isArray(c.value) || c.value.length === 0 || !c.value.every((v) => typeof v === 'string')) {
      return '"in" needs a non-empty list of text values';
    }
    return null;
  }
  if (TEXT_OPS.has(op)) {
    if (typeof c.value !== 'string') return `"${op}" needs a text value`;
    if (c.value === '' && op !== 'eq' && op !== 'neq') return `"${op}" needs non-empty text`;
    if (op === 'matches') {
      const problem = checkRegex(c.value);
      return problem === null ? null : `bad regex: ${problem}`;
    }
  }
  return null;
}

function visit(n: FilterNode, path: string, depth: number, out: string[]): void {
  if (depth > MAX_FILTER_DEPTH) { out.push(`${path}: nested more than ${MAX_FILTER_DEPTH} levels deep`); return; }
  if (typeof n !== 'object' || n === null) { out.push(`${path}: not a filter node`); return; }
  if (n.kind === 'cond') {
    const where = `${path} (${String(n.field)} ${String(n.op)})`;
    if (typeof n.field !== 'string' || !isKnownField(n.field)) {
      out.push(`${where}: unknown field "${String(n.field)}"; use a filter field or details.<key>`);
      return;
    }
    const problem = conditionProblem(n);
    if (problem !== null) out.push(`${where}: ${problem}`);
    return;
  }
  if (n.kind !== 'and' && n.kind !== 'or' && n.kind !== 'not') { out.push(`${path}: unknown node kind "${String((n as { kind: unknown }).kind)}"`); return; }
  if (!Array.isArray(n.children)) { out.push(`${path}: a group needs a list of children`); return; }
  if (n.kind === 'not' && n.children.length === 0) out.push(`${path}: a "not" group needs something to negate`);
  n.children.forEach((ch, i) => visit(ch, `${path}.children[${i}]`, depth + 1, out));
}

/**
 * The problems of a tree, each prefixed by where it is (`filter.children[2] (ip cidr): …`);
 * empty when the tree can run. compileFilter refuses a tree with any.
 */
export function validateFilter(tree: FilterNode): string[] {
  const out: string[] = [];
  visit(tree, 'filter', 0, out);
  return out;
}
