/**
 * The columnar executor of a filter tree: compiled once (every condition's match table built,
 * regexes run over dictionary texts), then run over candidate positions, returning the matching
 * ones in the candidates' order. `and` narrows step by step, so later conditions only test what
 * earlier ones kept. Semantics are shared/filter/evaluate.ts's; agreement.test.ts holds them equal.
 */
import { AppError } from '../../../../shared/errors';
import type { Condition, FilterNode } from '../../../../shared/filter/tree';
import { validateFilter } from '../../../../shared/filter/validate';
import type { EventIndex } from '../index/event-index';
import { resolveFilterField } from './fields';
import { compileTextCondition, type CompiledText, type RegexContext } from './match-table';

/** A filter tree with every condition compiled: values checked, match tables built. */
export type CompiledFilter =
  | { kind: 'cond'; run(candidates: Int32Array): Int32Array }
  | { kind: 'and' | 'or' | 'not'; children: CompiledFilter[] };

/**
 * Compiles a tree over the index as it is now (match tables cover today's dictionaries). Throws
 * `invalid-input` naming every problem validateFilter finds, before any work.
 */
export async function compileFilter(index: EventIndex, node: FilterNode, regex: RegexContext): Promise<CompiledFilter> {
  const issues = validateFilter(node);
  if (issues.length > 0) throw new AppError('invalid-input', `invalid filter: ${issues.join('; ')}`, { issues });
  const deadline = performance.now() + regex.budgetMs;
  return compileNode(index, node, regex, deadline);
}

async function compileNode(index: EventIndex, node: FilterNode, regex: RegexContext, deadline: number): Promise<CompiledFilter> {
  if (node.kind !== 'cond') {
    const children: CompiledFilter[] = [];
    for (const c of node.children) children.push(await compileNode(index, c, regex, deadline));
    return { kind: node.kind, children };
  }
  const fields = resolveFilterField(index, node.field);
  if (fields === 'time') {
    const test = timeTest(node);
    return { kind: 'cond', run: (candidates) => filterTime(index.time, test, candidates) };
  }
  // Several regexes in one tree share the query's budget.
  const left = { ...regex, budgetMs: Math.max(1, Math.round(deadline - performance.now())) };
  const compiled = await compileTextCondition(index, fields, node, left);
  return { kind: 'cond', run: (candidates) => filterCodes(compiled, candidates) };
}

/** The candidates the compiled tree keeps, in their order. */
export function runFilter(index: EventIndex, node: CompiledFilter, candidates: Int32Array): Int32Array {
  if (candidates.length === 0) return candidates;
  if (node.kind === 'cond') return node.run(candidates);
  if (node.kind === 'and') {
    let kept = candidates;
    for (const child of node.children) {
      kept = runFilter(index, child, kept);
      if (kept.length === 0) break;
    }
    return kept;
  }
  const mark = new Uint8Array(index.size);
  if (node.kind === 'or') {
    let rest = candidates;
    for (const child of node.children) {
      for (const p of runFilter(index, child, rest)) mark[p] = 1;
      rest = keepMarked(rest, mark, 0);
      if (rest.length === 0) break;
    }
    return keepMarked(candidates, mark, 1);
  }
  for (const p of runFilter(index, { kind: 'and', children: node.children }, candidates)) mark[p] = 1;
  return keepMarked(candidates, mark, 0);
}

function keepMarked(candidates: Int32Array, mark: Uint8Array, want: number): Int32Array {
  const out = new Int32Array(candidates.length);
  let w = 0;
  for (let k = 0; k < candidates.length; k++) {
    const p = candidates[k];
    if (mark[p] === want) out[w++] = p;
  }
  return out.subarray(0, w);
}

function filterCodes({ tables, negate }: CompiledText, candidates: Int32Array): Int32Array {
  const keepHit = negate ? 0 : 1;
  const live = tables.filter((t) => t.table.includes(1));
  if (live.length === 0) return negate ? candidates : candidates.subarray(0, 0);
  // A column no event has (a details key nobody uses): every event reads its code 0.
  const constant = live.filter((t) => t.column.codes() === null);
  if (constant.some((t) => t.table[0] === 1)) return negate ? candidates.subarray(0, 0) : candidates;
  const varying = live.filter((t) => t.column.codes() !== null);
  if (varying.length === 0) return negate ? candidates : candidates.subarray(0, 0);
  const out = new Int32Array(candidates.length);
  let w = 0;
  if (varying.length === 1) {
    const codes = varying[0].column.codes() as ArrayLike<number>;
    const table = varying[0].table;
    for (let k = 0; k < candidates.length; k++) {
      const p = candidates[k];
      if (table[codes[p]] === keepHit) out[w++] = p;
    }
    return out.subarray(0, w);
  }
  const columns = varying.map((t) => t.column.codes() as ArrayLike<number>);
  const lookups = varying.map((t) => t.table);
  for (let k = 0; k < candidates.length; k++) {
    const p = candidates[k];
    let hit = 0;
    for (let c = 0; c < columns.length && hit === 0; c++) hit = lookups[c][columns[c][p]];
    if (hit === keepHit) out[w++] = p;
  }
  return out.subarray(0, w);
}

function filterTime(time: Float64Array, test: (t: number) => boolean, candidates: Int32Array): Int32Array {
  const out = new Int32Array(candidates.length);
  let w = 0;
  for (let k = 0; k < candidates.length; k++) {
    const p = candidates[k];
    if (test(time[p])) out[w++] = p;
  }
  return out.subarray(0, w);
}

/** validateFilter allows before, after, between, exists and empty on time, with epoch-ms values. */
function timeTest(cond: Condition): (t: number) => boolean {
  switch (cond.op) {
    case 'before': { const v = cond.value as number; return (t) => t < v; }
    case 'after': { const v = cond.value as number; return (t) => t >= v; }
    case 'between': { const [from, to] = cond.value as [number, number]; return (t) => t >= from && t < to; }
    case 'exists': return () => true;
    case 'empty': return () => false;
    default:
      throw new AppError('invalid-input', `the operator ${cond.op} does not apply to time`, { field: cond.field, op: cond.op });
  }
}
