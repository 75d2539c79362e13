import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '../../../../shared/model/event';
import { DEFAULT_SEARCH } from '../../state/search-model';
import { actorFromDisplay, aroundTime, pivotCondition, pivotSpec, pivotTarget } from './pivot';

const ev: AuditEvent = {
  id: 'e1', sourceId: 'naverworks.login', category: 'Login', time: Date.UTC(2024, 4, 13, 17, 20), timeText: '', actorName: 'Yuki Tanaka',
  actorEmail: 'y.tanaka@example.com', actorLogin: '', actorId: '', actorKind: 'member', action: 'login', target: '', status: 'failure',
  statusText: 'Login failed (incorrect password)', level: '', ip: '203.0.113.45', serviceType: 'IMAP', module: '',
  details: { loginMethod: 'Password' }, importId: 'i1', line: 90, raw: '', flags: 0,
};

describe('pivots', () => {
  it('finds the field and value behind a grid column or detail field', () => {
    expect(pivotTarget(ev, 'ip')).toEqual({ field: 'ip', value: '203.0.113.45' });
    expect(pivotTarget(ev, 'actor')).toEqual({ field: 'actor', value: 'y.tanaka@example.com' });
    expect(pivotTarget(ev, 'details.loginMethod')).toEqual({ field: 'details.loginMethod', value: 'Password' });
    expect(pivotTarget(ev, 'details.missing')).toEqual({ field: 'details.missing', value: '' });
    expect(pivotTarget(ev, 'level')).toEqual({ field: 'level', value: '' });
    for (const c of ['time', 'line', 'id', 'timeText', 'actorId', 'raw']) expect(pivotTarget(ev, c)).toBeNull();
    expect(pivotTarget({ ...ev, actorEmail: '', actorLogin: 'kintone-admin' }, 'actor')?.value).toBe('kintone-admin');
  });

  it('reads the person out of a displayed actor', () => {
    expect(actorFromDisplay('Yuki Tanaka (y.tanaka@example.com)')).toBe('y.tanaka@example.com');
    expect(actorFromDisplay('Administrator')).toBe('Administrator');
    expect(actorFromDisplay('Team (Tokyo)')).toBe('Team (Tokyo)');
  });

  it('filters to, excludes, or starts a new search with a value', () => {
    const cond = pivotCondition({ field: 'ip', value: '203.0.113.45' });
    expect(cond).toEqual({ kind: 'cond', field: 'ip', op: 'eq', value: '203.0.113.45' });
    expect(pivotCondition({ field: 'level', value: '' })).toEqual({ kind: 'cond', field: 'level', op: 'empty' });
    const base = { ...DEFAULT_SEARCH, page: 'naverworks.login', period: { preset: '7d' as const } };
    expect(pivotSpec(base, cond, 'filter')).toEqual({ ...base, filter: cond });
    expect(pivotSpec(base, cond, 'exclude').filter).toEqual({ kind: 'not', children: [cond] });
    expect(pivotSpec(base, cond, 'new')).toEqual({ ...DEFAULT_SEARCH, filter: cond });
    expect(aroundTime(ev.time, 5)).toEqual({ preset: 'custom', from: ev.time - 300_000, to: ev.time + 300_001 });
  });
});
