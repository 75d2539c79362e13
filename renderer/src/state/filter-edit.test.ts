import { describe, expect, it } from 'vitest';
import type { Condition, FilterNode } from '../../../shared/filter/tree';
import {
  appendAt, conditionState, countConditions, fromBuilderRoot, nodeAt, removeAt, sameNode, toBuilderRoot, updateAt, withCondition, withoutCondition,
} from './filter-edit';

const fail: Condition = { kind: 'cond', field: 'status', op: 'eq', value: 'failure' };
const ip: Condition = { kind: 'cond', field: 'ip', op: 'cidr', value: '203.0.113.0/24' };
const svc: Condition = { kind: 'cond', field: 'serviceType', op: 'in', value: ['IMAP', 'POP3'] };

describe('filter edits', () => {
  it('compares trees whatever the key order', () => {
    expect(sameNode({ op: 'eq', value: 'failure', field: 'status', kind: 'cond' } as Condition, fail)).toBe(true);
    expect(sameNode(fail, ip)).toBe(false);
    expect(sameNode(null, null)).toBe(true);
    expect(sameNode(null, fail)).toBe(false);
  });

  it('edits by path: add a nested group, change a condition, remove it', () => {
    let root = toBuilderRoot(fail);
    expect(root).toEqual({ kind: 'and', children: [fail] });
    root = appendAt(root, [], { kind: 'or', children: [] });
    root = appendAt(root, [1], ip);
    root = appendAt(root, [1], svc);
    expect(nodeAt(root, [1, 1])).toEqual(svc);
    root = updateAt(root, [1, 0], () => ({ ...ip, value: '198.51.100.0/24' }));
    expect((nodeAt(root, [1, 0]) as Condition).value).toBe('198.51.100.0/24');
    root = removeAt(root, [0]);
    expect(root.children).toHaveLength(1);
    expect(fromBuilderRoot(root)).toEqual({ kind: 'or', children: [{ ...ip, value: '198.51.100.0/24' }, svc] });
    expect(nodeAt(root, [5])).toBeNull();
  });

  it('tidies the builder root: empty groups go, one child stands alone, nothing is null', () => {
    expect(fromBuilderRoot({ kind: 'and', children: [] })).toBeNull();
    expect(fromBuilderRoot({ kind: 'and', children: [{ kind: 'or', children: [] }, fail] })).toEqual(fail);
    expect(fromBuilderRoot({ kind: 'and', children: [{ kind: 'not', children: [ip] }] })).toEqual({ kind: 'not', children: [ip] });
    expect(fromBuilderRoot({ kind: 'not', children: [] })).toBeNull();
  });

  it('adds, flips and removes a pivot condition at the top level', () => {
    let tree: FilterNode | null = null;
    tree = withCondition(tree, fail, 'include');
    expect(tree).toEqual(fail);
    tree = withCondition(tree, ip, 'include');
    expect(tree).toEqual({ kind: 'and', children: [fail, ip] });
    expect(conditionState(tree, ip)).toBe('include');
    tree = withCondition(tree, ip, 'exclude');
    expect(tree).toEqual({ kind: 'and', children: [fail, { kind: 'not', children: [ip] }] });
    expect(conditionState(tree, ip)).toBe('exclude');
    expect(conditionState(tree, svc)).toBeNull();
    tree = withoutCondition(tree, ip);
    expect(tree).toEqual(fail);
    expect(withoutCondition(tree, fail)).toBeNull();
    expect(countConditions({ kind: 'and', children: [fail, { kind: 'or', children: [ip, svc] }] })).toBe(3);
  });

  it('adds beside an OR tree rather than inside it', () => {
    const or: FilterNode = { kind: 'or', children: [ip, svc] };
    expect(withCondition(or, fail, 'include')).toEqual({ kind: 'and', children: [or, fail] });
  });
});
