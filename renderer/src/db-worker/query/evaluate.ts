/**
 * Evaluates a filter tree over candidate positions and returns the matching ones in the candidates'
 * order. `and` narrows step by step, so later conditions only test what earlier ones kept.
 * Time conditions: `before v` is time < v, `after v` is time >= v and `between [a, b]` is
 * a <= time < b, like a period (from inclusive, to exclusive).
 */
import { AppError } from '../../../../shared/errors';
import type { Condition, FilterNode } from '../../../../shared/filter/tree';
import type { EventIndex } from '../index/event-index';
import { resolveFilterField } from './fields';
import { compileTextCondition, listValue, type CompiledText } from './match-table';

/** A filter tree with every condition compiled: values checked, match tables built. */
type Compiled =
  | { kind: 'cond'; run(candidates: Int32Array): Int32Array }
  | { kind: 'and' | 'or' | 'not'; children: Compiled[] };

export function filterPositions(index: EventIndex, node: FilterNode, candidates: Int32Array): Int32Array {
  // Compiled first and whole, so a bad condition is reported even when nothing would reach it.
  return run(index, compile(index, node), candidates);
}

function compile(index: EventIndex, node: FilterNode): Compiled {
  if (node.kind !== 'cond') return { kind: node.kind, children: node.children.map((c) => compile(index, c)) };
  const fields = resolveFilterField(node.field);
  if (fields === 'time') {
    const test = timeTest(node);
    return { kind: 'cond', run: (candidates) => filterTime(index.time, test, candidates) };
  }
  const compiled = compileTextCondition(index, fields, node);
  return { kind: 'cond', run: (candidates) => filterCodes(index, compiled, candidates) };
}

function run(index: EventIndex, node: Compiled, candidates: Int32Array): Int32Array {
  if (candidates.length === 0) return candidates;
  if (node.kind === 'cond') return node.run(candidates);
  if (node.kind === 'and') {
    let kept = candidates;
    for (const child of node.children) {
      kept = run(index, child, kept);
      if (kept.length === 0) break;
    }
    return kept;
  }
  const mark = new Uint8Array(index.size);
  if (node.kind === 'or') {
    let rest = candidates;
    for (const child of node.children) {
      for (const p of run(index, child, rest)) mark[p] = 1;
      rest = keepMarked(rest, mark, 0);
      if (rest.length === 0) break;
    }
    return keepMarked(candidates, mark, 1);
  }
  for (const p of run(index, { kind: 'and', children: node.children }, candidates)) mark[p] = 1;
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

function filterCodes(index: EventIndex, { tables, negate }: CompiledText, candidates: Int32Array): Int32Array {
  const live = tables.filter((t) => t.table.includes(1));
  const out = new Int32Array(candidates.length);
  let w = 0;
  const keepHit = negate ? 0 : 1;
  if (live.length === 0) return negate ? candidates : out.subarray(0, 0);
  if (live.length === 1) {
    const codes = index.codes[live[0].column];
    const table = live[0].table;
    for (let k = 0; k < candidates.length; k++) {
      const p = candidates[k];
      if (table[codes[p]] === keepHit) out[w++] = p;
    }
    return out.subarray(0, w);
  }
  const columns = live.map((t) => index.codes[t.column]);
  const lookups = live.map((t) => t.table);
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

function timeTest(cond: Condition): (t: number) => boolean {
  switch (cond.op) {
    case 'before': { const v = instant(cond.value, cond); return (t) => t < v; }
    case 'after': { const v = instant(cond.value, cond); return (t) => t >= v; }
    case 'between': {
      if (!Array.isArray(cond.value) || cond.value.length !== 2) throw new AppError('invalid-input', 'between on time needs [from, to]', { field: cond.field });
      const from = instant(cond.value[0], cond);
      const to = instant(cond.value[1], cond);
      return (t) => t >= from && t < to;
    }
    case 'eq': { const v = instant(cond.value, cond); return (t) => t === v; }
    case 'neq': { const v = instant(cond.value, cond); return (t) => t !== v; }
    case 'in': { const set = new Set(listValue(cond).map((x) => instant(x, cond))); return (t) => set.has(t); }
    case 'exists': return () => true;
    case 'empty': return () => false;
    default:
      throw new AppError('invalid-input', `the operator ${cond.op} does not apply to time`, { field: cond.field, op: cond.op });
  }
}

/** Epoch ms from a number or an ISO-8601 text. */
function instant(value: unknown, cond: Condition): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? (/^-?\d+$/.test(value) ? Number(value) : Date.parse(value)) : NaN;
  if (!Number.isFinite(n)) throw new AppError('invalid-input', `not a time: ${JSON.stringify(value)}`, { field: cond.field, op: cond.op });
  return n;
}
