/**
 * A filter tree in words, for export manifests, reports and the search screen:
 * `Status is failure and IP is in 203.0.113.0/24 and not User is k.sato`. English by default; the UI
 * passes a wording in the user's language (the structure, quoting and time formatting stay here).
 */
import { fieldLabel } from './fields';
import type { Condition, FilterNode, Operator } from './tree';
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

/**
 * The words of one language. Condition templates take `{field}` and `{value}` (`between` takes
 * `{from}` and `{to}`; time operators also `{zone}`); `not` takes `{x}`.
 */
export interface FilterWording {
  ops: Readonly<Record<Operator, string>>;
  /** appended to a case-sensitive text condition */
  caseSensitive: string;
  and: string;
  or: string;
  not: string;
  all: string;
  none: string;
  /** joins the values of `in` */
  listSeparator: string;
  field(field: string): string;
}

export const ENGLISH_WORDING: FilterWording = {
  ops: {
    eq: '{field} is {value}', neq: '{field} is not {value}', in: '{field} is one of {value}',
    contains: '{field} contains {value}', startsWith: '{field} starts with {value}', endsWith: '{field} ends with {value}',
    matches: '{field} matches the regex {value}', cidr: '{field} is in {value}',
    exists: '{field} is not empty', empty: '{field} is empty',
    before: '{field} is before {value} ({zone})', after: '{field} is at or after {value} ({zone})',
    between: '{field} is from {from} up to but not including {to} ({zone})',
  },
  caseSensitive: ' (case-sensitive)', and: 'and', or: 'or', not: 'not {x}', all: 'all events', none: 'no events',
  listSeparator: ', ', field: fieldLabel,
};

/**
 * Fills the `{name}` placeholders of a template in one pass, so that a value holding `{…}` is
 * kept as it is; a placeholder without a value stays visible.
 */
export function fill(template: string, vars: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => vars[k] ?? m);
}

function valueOf(c: Condition, zone: string, w: FilterWording): Record<string, string> {
  switch (c.op) {
    case 'in': return { value: Array.isArray(c.value) ? c.value.map((x) => quoteValue(String(x))).join(w.listSeparator) : '' };
    case 'matches': return { value: `/${String(c.value)}/` };
    case 'cidr': return { value: String(c.value) };
    case 'before': case 'after': return { value: time(Number(c.value), zone), zone };
    case 'between': {
      const [from, to] = Array.isArray(c.value) ? c.value.map(Number) : [NaN, NaN];
      return { from: time(from, zone), to: time(to, zone), zone };
    }
    default: return { value: typeof c.value === 'string' ? quoteValue(c.value) : '' };
  }
}

const TEXT_OPS = new Set(['eq', 'neq', 'in', 'contains', 'startsWith', 'endsWith', 'matches']);

function describeCondition(c: Condition, zone: string, w: FilterWording): string {
  const cased = c.caseSensitive && TEXT_OPS.has(c.op) ? w.caseSensitive : '';
  return fill(w.ops[c.op], { field: w.field(c.field), ...valueOf(c, zone, w) }) + cased;
}

/** A one-child and/or group means its child. */
function unwrap(n: FilterNode): FilterNode {
  let out = n;
  while (out.kind !== 'cond' && out.kind !== 'not' && out.children.length === 1) out = out.children[0];
  return out;
}

/** A child inside a group's words: bracketed when it is itself a group of several. */
function describeChild(n: FilterNode, zone: string, w: FilterWording): string {
  const inner = unwrap(n);
  const text = describeNode(inner, zone, w);
  return inner.kind === 'cond' || inner.kind === 'not' || inner.children.length === 0 ? text : `(${text})`;
}

function describeNode(n: FilterNode, zone: string, w: FilterWording): string {
  if (n.kind === 'cond') return describeCondition(n, zone, w);
  if (n.kind === 'not') {
    if (n.children.length === 0) return w.none;
    const inner: FilterNode = n.children.length === 1 ? n.children[0] : { kind: 'and', children: n.children };
    return fill(w.not, { x: describeChild(inner, zone, w) });
  }
  if (n.children.length === 0) return n.kind === 'and' ? w.all : w.none;
  if (n.children.length === 1) return describeNode(n.children[0], zone, w);
  return n.children.map((ch) => describeChild(ch, zone, w)).join(` ${w[n.kind]} `);
}

/**
 * Describes a tree, in English unless `opts.wording` says otherwise. Times are written as wall-clock
 * time in `opts.timeZone`, followed by the zone's name; `null` (no filter) is "all events".
 */
export function describeFilter(tree: FilterNode | null, opts: { timeZone: string; wording?: FilterWording }): string {
  const w = opts.wording ?? ENGLISH_WORDING;
  return tree === null ? w.all : describeNode(tree, opts.timeZone, w);
}
