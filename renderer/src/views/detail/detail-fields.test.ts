import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '../../../../shared/model/event';
import { complementPairs, eventJson, glossaryFor, normalizedRows, sourceRows } from './detail-fields';

const base: AuditEvent = {
  id: 'e1', sourceId: 'naverworks.login', category: 'Login', time: Date.UTC(2024, 4, 14, 0, 0, 0), timeText: '2024-05-14 09:00:00 @ Asia/Tokyo',
  actorName: 'A', actorEmail: 'a@example.com', actorLogin: '', actorId: '', actorKind: 'member', action: '', target: '',
  status: 'failure', statusText: 'Login failed', level: '', ip: '203.0.113.5', serviceType: 'PC Web', module: '',
  details: { loginMethod: 'Password', ip: '203.0.113.5' }, importId: 'i1', line: 7, raw: 'x', flags: 0,
};

describe('detail fields', () => {
  it('lists every normalized field with the time in the display zone, zone named', () => {
    const rows = normalizedRows(base, 'Asia/Tokyo');
    expect(rows[0].value).toBe('2024-05-14 09:00:00 +09:00 (Asia/Tokyo)');
    expect(rows.map((r) => r.key)).toContain('actorKind');
  });
  it('names source fields as the vendor does', () => {
    expect(sourceRows(base, 'ja')).toEqual([
      { key: 'loginMethod', label: 'ログイン方法', value: 'Password' },
      { key: 'ip', label: 'IPアドレス', value: '203.0.113.5' },
    ]);
  });
  it('lists the Kintone Complement keys apart from the page columns', () => {
    const k: AuditEvent = { ...base, sourceId: 'kintone.audit', details: { complement: 'app id: 12, app name: 顧客管理', errorCode: '', ip: '198.51.100.1', level: '情報', appId: '12', appName: '顧客管理' } };
    expect(complementPairs(k)).toEqual([{ key: 'appId', value: '12' }, { key: 'appName', value: '顧客管理' }]);
    expect(complementPairs(k, (key) => (key === 'appId' ? 'the app number' : undefined))[0].meaning).toBe('the app number');
    expect(sourceRows(k, 'en').map((r) => r.label)).toEqual(['Complement', 'Error code', 'IP address', 'Level']);
    expect(complementPairs(base)).toEqual([]);
  });
  it('shows the Kintone glossary: a meaning for each Complement key, target value, Level, Result and Module', () => {
    const k: AuditEvent = {
      ...base, sourceId: 'kintone.audit', level: 'information', module: 'API operation', status: 'failure', statusText: 'VALIDATION ERROR',
      details: { complement: 'app id: 44, app name: Expense Reports, FY2024, target: adminNotes', errorCode: 'GAIA_IL01', level: '情報', module: 'API operation', result: 'VALIDATION ERROR', appId: '44', appName: 'Expense Reports, FY2024', target: 'adminNotes' },
    };
    const ja = glossaryFor(k.sourceId, 'ja');
    expect(complementPairs(k, ja)).toEqual([
      { key: 'appId', value: '44', meaning: 'アプリID — 操作の対象になったアプリ。複数の場合は角かっこ内に並ぶ' },
      { key: 'appName', value: 'Expense Reports, FY2024', meaning: 'アプリ名 — 操作時点のアプリ名' },
      { key: 'target', value: 'adminNotes', meaning: 'アプリ管理者用メモ — アプリの管理者向けのメモ' },
    ]);
    const notes = Object.fromEntries(sourceRows(k, 'en', glossaryFor(k.sourceId, 'en')).map((r) => [r.key, r.note]));
    expect(notes).toEqual({
      complement: undefined, errorCode: undefined, level: 'Information — routine activity such as logins and record operations',
      module: expect.stringMatching(/^API operation — changes made through the REST API/), result: 'Validation error — the action failed because the input was not valid',
    });
    expect(glossaryFor('naverworks.login', 'en')).toBeUndefined();
    expect(sourceRows(base, 'en', glossaryFor(base.sourceId, 'en')).every((r) => r.note === undefined)).toBe(true);
  });
  it('serializes the whole event', () => {
    expect(JSON.parse(eventJson(base))).toEqual(base);
  });
});
