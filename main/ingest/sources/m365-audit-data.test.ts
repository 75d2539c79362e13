import { describe, expect, it } from 'vitest';
import { flattenAuditData, m365Time, MAX_DETAIL_CHARS, MAX_DETAIL_KEYS, parseAuditData, statusOfResult } from './m365-audit-data';
import { recordTypeName, userTypeOf } from './m365-record-types';

describe('AuditData helpers', () => {
  it.each([
    ['5/14/2024 2:47:12 AM', Date.UTC(2024, 4, 14, 2, 47, 12)],
    ['5/14/2024 2:47:12 PM', Date.UTC(2024, 4, 14, 14, 47, 12)],
    ['12/1/2024 12:05:00 AM', Date.UTC(2024, 11, 1, 0, 5, 0)],
    ['12/1/2024 12:05:00 PM', Date.UTC(2024, 11, 1, 12, 5, 0)],
    ['5/14/2024 14:47', Date.UTC(2024, 4, 14, 14, 47, 0)],
    ['2024-05-14T02:47:12', Date.UTC(2024, 4, 14, 2, 47, 12)],
    ['2024-05-14T02:47:12.1234567Z', Date.UTC(2024, 4, 14, 2, 47, 12, 123)],
    ['2024-05-14T11:47:12+09:00', Date.UTC(2024, 4, 14, 2, 47, 12)],
    ['2024/05/14 02:47:12', Date.UTC(2024, 4, 14, 2, 47, 12)],
    ['13/14/2024 2:47:12 AM', null],
    ['2/30/2024 1:00:00 AM', null],
    ['5/14/2024 13:00:00 PM', null],
    ['yesterday', null],
  ])('reads CreationDate %j as UTC', (text, expected) => {
    expect(m365Time(text)).toBe(expected);
  });

  it.each([
    ['Succeeded', 'success'], ['Success', 'success'], ['True', 'success'], ['success', 'success'],
    ['Failed', 'failure'], ['Failure', 'failure'], ['False', 'failure'],
    ['PartiallySucceeded', 'unknown'], ['', 'unknown'],
  ])('ResultStatus %j → %s', (text, status) => {
    expect(statusOfResult(text)).toBe(status);
  });

  it('names record types and user types', () => {
    expect(recordTypeName('15')).toBe('AzureActiveDirectoryStsLogon');
    expect(recordTypeName('6')).toBe('SharePointFileOperation');
    expect(recordTypeName('ExchangeAdmin')).toBe('ExchangeAdmin');
    expect(recordTypeName('9999')).toBe('');
    expect(userTypeOf(6)).toEqual({ name: 'ServicePrincipal', kind: 'service_account' });
    expect(userTypeOf('2')).toEqual({ name: 'Admin', kind: 'admin' });
    expect(userTypeOf('system')).toEqual({ name: 'System', kind: 'system' });
    expect(userTypeOf(42)).toBeNull();
    expect(userTypeOf(undefined)).toBeNull();
  });

  it('salvages the members of a cut AuditData and says why it is broken', () => {
    expect(parseAuditData('{"Id":"a","Operation":"x"}')).toEqual({ data: { Id: 'a', Operation: 'x' }, error: '' });
    const cut = parseAuditData('{"Id":"a","Operation":"x","ObjectId":"https://exa');
    expect(cut.data).toEqual({ Id: 'a', Operation: 'x' });
    expect(cut.error).toMatch(/^AuditData is not valid JSON: /);
    expect(parseAuditData('[1,2]')).toEqual({ data: {}, error: 'AuditData is not a JSON object' });
    expect(parseAuditData('')).toEqual({ data: {}, error: '' });
  });

  it('flattens nested members, name/value lists and other lists readably', () => {
    const d: Record<string, string> = { recordId: 'r1' };
    flattenAuditData({
      Id: 'skip me', DeviceProperties: { OS: 'Windows', Browser: { Name: 'Edge' } },
      ModifiedProperties: [{ Name: 'Role.DisplayName', NewValue: 'Global Administrator', OldValue: '' }, { Name: 'Enabled', NewValue: 'True', OldValue: 'False' }],
      Parameters: [{ Name: 'ForwardTo', Value: 'collector@example.net' }],
      Members: ['a@example.com', 'b@example.com'], Actor: [{ ID: 'k.sato@example.com', Type: 5 }, { ID: 'x', Type: 2 }],
      Nested: [{ a: { b: 1 } }], Empty: [], Null: null, Flag: false,
    }, new Set(['Id']), d);
    expect(d).toEqual({
      recordId: 'r1', 'DeviceProperties.OS': 'Windows', 'DeviceProperties.Browser.Name': 'Edge',
      'ModifiedProperties.Role.DisplayName': 'Global Administrator', 'ModifiedProperties.Enabled': 'False → True',
      'Parameters.ForwardTo': 'collector@example.net', Members: 'a@example.com, b@example.com',
      Actor: 'ID=k.sato@example.com, Type=5; ID=x, Type=2', Nested: '{"a":{"b":1}}', Flag: 'false',
    });
  });

  it('keeps what AuditData adds to details bounded', () => {
    const many: Record<string, unknown> = { Long: 'y'.repeat(5000), List: Array.from({ length: 30 }, (_, i) => `m${i}`) };
    for (let i = 0; i < 200; i++) many[`K${i}`] = i;
    const d: Record<string, string> = {};
    flattenAuditData(many, new Set(), d);
    expect(Object.keys(d)).toHaveLength(MAX_DETAIL_KEYS + 1);
    expect(d.Long).toHaveLength(MAX_DETAIL_CHARS);
    expect(d.Long.endsWith('…')).toBe(true);
    expect(d.List).toBe(`${Array.from({ length: 20 }, (_, i) => `m${i}`).join(', ')}, … 10 more`);
    expect(d.moreFields).toBe(`${202 - MAX_DETAIL_KEYS} more AuditData fields (see the raw row)`);
  });
});
