import { describe, expect, it } from 'vitest';
import { validateFilter } from './validate';
import type { FilterNode } from './tree';

const T = Date.UTC(2024, 4, 14);
const cond = (field: string, op: string, value?: unknown, extra: object = {}) => ({ kind: 'cond', field, op, value, ...extra }) as FilterNode;

describe('validateFilter', () => {
  it.each<[string, FilterNode]>([
    ['eq', cond('status', 'eq', 'failure')],
    ['eq empty text', cond('target', 'eq', '')],
    ['in', cond('action', 'in', ['IMAP'])],
    ['matches', cond('text', 'matches', 'a|b', { caseSensitive: true })],
    ['cidr', cond('ip', 'cidr', '2001:db8::/32')],
    ['between', cond('time', 'between', [T, T + 1])],
    ['before', cond('time', 'before', T)],
    ['exists on time', cond('time', 'exists')],
    ['details', cond('details.loginMethod', 'empty')],
    ['groups', { kind: 'or', children: [{ kind: 'and', children: [] }, { kind: 'not', children: [cond('ip', 'exists')] }] }],
  ])('accepts %s', (_n, tree) => expect(validateFilter(tree)).toEqual([]));

  it.each<[FilterNode, string]>([
    [cond('nope', 'eq', 'x'), 'filter (nope eq): unknown field "nope"'],
    [cond('details.', 'eq', 'x'), 'unknown field "details."'],
    [cond('status', 'like', 'x'), 'unknown operator "like"'],
    [cond('status', 'eq', 3), '"eq" needs a text value'],
    [cond('status', 'eq'), '"eq" needs a text value'],
    [cond('target', 'contains', ''), '"contains" needs non-empty text'],
    [cond('action', 'in', []), '"in" needs a non-empty list of text values'],
    [cond('action', 'in', 'IMAP'), '"in" needs a non-empty list'],
    [cond('action', 'in', ['a', 1]), '"in" needs a non-empty list'],
    [cond('target', 'matches', '(a+)+'), 'bad regex: (a+)+ repeats a group'],
    [cond('target', 'matches', '(a'), 'bad regex: Invalid regular expression'],
    [cond('ip', 'cidr', '1.2.3.4/40'), 'bad CIDR: prefix /40'],
    [cond('ip', 'cidr', 5), '"cidr" needs a CIDR block'],
    [cond('target', 'cidr', '10.0.0.0/8'), '"cidr" works on ip only'],
    [cond('status', 'before', T), '"before" works on time only'],
    [cond('time', 'after', 'yesterday'), '"after" needs a time'],
    [cond('time', 'after', Number.NaN), '"after" needs a time'],
    [cond('time', 'after', 1e17), '"after" needs a time'],
    [cond('time', 'between', [T]), '"between" needs [from, to] times'],
    [cond('time', 'between', [T + 1, T]), '"between" ends before it starts'],
    [cond('time', 'eq', 'x'), '"eq" does not work on time'],
    [cond('ip', 'exists', 'x'), '"exists" takes no value'],
    [cond('status', 'eq', 'x', { caseSensitive: 'yes' }), 'caseSensitive must be true or false'],
    [{ kind: 'not', children: [] }, 'filter: a "not" group needs something to negate'],
    [{ kind: 'xor', children: [] } as unknown as FilterNode, 'unknown node kind "xor"'],
    [{ kind: 'and' } as unknown as FilterNode, 'a group needs a list of children'],
    [{ kind: 'and', children: [cond('status', 'eq', 'x'), { kind: 'or', children: [cond('ip', 'cidr', 'x')] }] }, 'filter.children[1].children[0] (ip cidr): bad CIDR'],
  ])('refuses %j', (tree, message) => {
    const issues = validateFilter(tree);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toContain(message);
  });

  it('refuses trees nested deeper than the limit', () => {
    let tree: FilterNode = cond('ip', 'exists');
    for (let i = 0; i < 150; i++) tree = { kind: 'not', children: [tree] };
    expect(validateFilter(tree)[0]).toContain('nested more than 100 levels deep');
  });
});
