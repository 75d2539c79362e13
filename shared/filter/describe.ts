/**
 * A filter tree in English words, for export manifests, reports and the search bar's tooltip:
 * `Status is failure and IP is in 203.0.113.0/24 and not User is k.sato`.
 */
import { fieldLabel } from './fields';
import type { Condition, FilterNode } from './tree';
import { formatInZone } from '../util/timezone';

/** Values that read unambiguously without quotes. */
const PLAIN = /^[^\s",()\u0000-\u001f\u007f]+$/;
const CONNECTIVES = new Set(['and', 'or', 'not']);

function quoteValue(v: string): string {
  return PLAIN.test(v) && !CONNECTIVES.has(v.toLowerCase()) ? v : JSON.stringify(v);
}

function time(ms: number, zone: string): string {
  const milli = ((ms % 1000) + 1000) % 1000;
  return formatInZone(ms, zone) + (milli === 0 ? '' : `.${String(milli).padStart(3, '0')}`);
}

function phrase(c: Condition, zone: string): string {
  const v = typeof c.value === 'string' ? quoteValue(c.value) : '';
  switch (c.op) {
    case 'eq': return `is ${v}`;
    case 'neq': return `is not ${v}`;
    case 'in': return `is one of ${Array.isArray(c.value) ? c.value.map((x) => quoteValue(String(x))).join(', ') : ''}`;
    case 'contains': return `contains ${v}`;
    case 'startsWith': return `starts with ${v}`;
    case 'endsWith': return `ends with ${v}`;
    case 'matches': return `matches the regex /${String(c.value)}/`;
    case 'cidr': return `is in ${String(c.value)}`;
    case 'exists': return 'is not empty';
    case 'empty': return 'is empty';
    case 'before': return `is before ${time(Number(c.value), zone)} (${zone})`;
    case 'after': return `is at or after ${time(Number(c.value), zone)} (${zone})`;
    case 'between': {
      const [from, to] = Array.isArray(c.value) ? c.value.map(Number) : [NaN, NaN];
      return `is from ${time(from, zone)} up to but not including ${time(to, zone)} (${zone})`;
    }
  }
}

const TEXT_OPS = new Set(['eq', 'neq', 'in', 'contains', 'startsWith', 'endsWith', 'matches']);

function describeCondition(c: Condition, zone: string): string {
  const cased = c.caseSensitive && TEXT_OPS.has(c.op) ? ' (case-sensitive)' : '';
  return `${fieldLabel(c.field)} ${phrase(c, zone)}${cased}`;
}

/** A one-child and/or group means its child. */
function unwrap(n: FilterNode): FilterNode {
  let out = n;
  while (out.kind !== 'cond' && out.kind !== 'not' && out.children.length === 1) out = out.children[0];
  return out;
}

/** A child inside a group's words: bracketed when it is itself a group of several. */
function describeChild(n: FilterNode, zone: string): string {
  const inner = unwrap(n);
  const text = describeNode(inner, zone);
  return inner.kind === 'cond' || inner.kind === 'not' || inner.children.length === 0 ? text : `(${text})`;
}

function describeNode(n: FilterNode, zone: string): string {
  if (n.kind === 'cond') return describeCondition(n, zone);
  if (n.kind === 'not') {
    if (n.children.length === 0) return 'no events';
    const inner: FilterNode = n.children.length === 1 ? n.children[0] : { kind: 'and', children: n.children };
    return `not ${describeChild(inner, zone)}`;
  }
  if (n.children.length === 0) return n.kind === 'and' ? 'all events' : 'no events';
  if (n.children.length === 1) return describeNode(n.children[0], zone);
  return n.children.map((ch) => describeChild(ch, zone)).join(` ${n.kind} `);
}

/**
 * Describes a tree in English. Times are written as wall-clock time in `opts.timeZone`, followed
 * by the zone's name; `null` (no filter) is "all events".
 */
export function describeFilter(tree: FilterNode | null, opts: { timeZone: string }): string {
  return tree === null ? 'all events' : describeNode(tree, opts.timeZone);
}
