import { describe, expect, it } from 'vitest';
import { conditionProblem, fieldKind, hasCaseToggle, newCondition, operatorsFor, withField, withOperator } from './field-kinds';

describe('builder field kinds', () => {
  it('offers operators that fit the field', () => {
    expect(fieldKind('time')).toBe('time');
    expect(operatorsFor('time')).toEqual(['between', 'after', 'before', 'exists']);
    expect(operatorsFor('ip')[0]).toBe('cidr');
    expect(operatorsFor('status')[0]).toBe('in');
    expect(fieldKind('details.loginMethod')).toBe('text');
    expect(operatorsFor('text')).not.toContain('empty');
    expect(hasCaseToggle('actor', 'contains')).toBe(true);
    expect(hasCaseToggle('ip', 'cidr')).toBe(false);
    expect(hasCaseToggle('time', 'between')).toBe(false);
  });

  it('keeps what of a value still fits when the operator or field changes', () => {
    const c = { ...newCondition('serviceType'), value: ['IMAP', 'POP3'] };
    expect(withOperator(c, 'eq')).toEqual({ kind: 'cond', field: 'serviceType', op: 'eq', value: 'IMAP' });
    expect(withOperator(withOperator(c, 'eq'), 'in').value).toEqual(['IMAP']);
    expect(withOperator(c, 'exists')).toEqual({ kind: 'cond', field: 'serviceType', op: 'exists' });
    expect(withOperator({ kind: 'cond', field: 'time', op: 'between', value: [1, 2] }, 'before').value).toBe(2);
    expect(withOperator({ kind: 'cond', field: 'time', op: 'after', value: 5 }, 'between').value).toEqual([5, 5]);
    expect(withOperator({ kind: 'cond', field: 'actor', op: 'contains', value: 'x', caseSensitive: true }, 'eq').caseSensitive).toBe(true);
    expect(withField({ kind: 'cond', field: 'actor', op: 'contains', value: 'sato' }, 'actorEmail')).toEqual({ kind: 'cond', field: 'actorEmail', op: 'contains', value: 'sato' });
    expect(withField({ kind: 'cond', field: 'actor', op: 'contains', value: 'sato' }, 'ip').op).toBe('cidr');
  });

  it('names what is missing or wrong before the search can run', () => {
    expect(conditionProblem(newCondition('status'))?.key).toBe('builder.needList');
    expect(conditionProblem(newCondition('actor'))?.key).toBe('builder.needValue');
    expect(conditionProblem(newCondition('time'))?.key).toBe('builder.needTime');
    expect(conditionProblem({ kind: 'cond', field: 'ip', op: 'cidr', value: '203.0.113.0/33' })).toMatchObject({ key: 'builder.badCidr' });
    expect(conditionProblem({ kind: 'cond', field: 'ip', op: 'cidr', value: '2001:db8::/32' })).toBeNull();
    expect(conditionProblem({ kind: 'cond', field: 'actor', op: 'matches', value: '(a+)+' })).toMatchObject({ key: 'builder.badValue' });
    expect(conditionProblem({ kind: 'cond', field: 'time', op: 'between', value: [1, 2] })).toBeNull();
    expect(conditionProblem({ kind: 'cond', field: 'status', op: 'exists' })).toBeNull();
  });
});
