import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '../../../../shared/model/event';
import { complementPairs, eventJson, normalizedRows, sourceRows } from './detail-fields';

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
  it('serializes the whole event', () => {
    expect(JSON.parse(eventJson(base))).toEqual(base);
  });
});
