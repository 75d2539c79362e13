import { describe, expect, it } from 'vitest';
import type { ValueFormatterParams, ValueGetterParams } from 'ag-grid-community';
import type { AuditEvent } from '../../../shared/model/event';
import { makeEvent } from '../../../shared/filter/test-events';
import { ALL_EVENTS_COLUMNS, displayText, toColDefs } from './columns';
import { pcColumns } from './display-columns';

const login = makeEvent({ sourceId: 'naverworks.login', category: 'Login' });

describe('the Menu column', () => {
  const defs = toColDefs(pcColumns(ALL_EVENTS_COLUMNS), 'Asia/Tokyo', 'ja');
  const menu = defs.find((d) => d.colId === 'category')!;

  it('holds the stored menu (what a pivot or a copy takes) and shows it as the side menu names it', () => {
    const value = (menu.valueGetter as (p: Partial<ValueGetterParams<AuditEvent>>) => string)({ data: login });
    expect(value).toBe('Login');
    expect((menu.valueFormatter as (p: Partial<ValueFormatterParams<AuditEvent>>) => string)({ data: login, value })).toBe('ログイン');
  });

  it('formats no other column', () => {
    expect(defs.filter((d) => d.valueFormatter !== undefined).map((d) => d.colId)).toEqual(['category']);
  });

  it('reads the same on a card, in the card language', () => {
    expect(displayText(login, 'category', 'Asia/Tokyo', 'ko')).toBe('로그인');
    expect(displayText(login, 'category', 'Asia/Tokyo', 'en')).toBe('Login');
    expect(displayText(makeEvent({ sourceId: 'kintone.audit', category: 'kintone' }), 'category', 'Asia/Tokyo', 'ja')).toBe('kintone');
    expect(displayText(login, 'action', 'Asia/Tokyo', 'ja')).toBe(login.action);
  });
});
