import { describe, expect, it } from 'vitest';
import type { MappingRequest } from '../../../../shared/mapping/column-mapping';
import { guessRoles } from './guess-roles';
import { initialForm, nameFromFile, previewTimes, roleOf, setRole, toMapping } from './mapping-form';

const siem: MappingRequest = {
  kind: 'table', line: 1,
  columns: ['timestamp', 'user', 'src_ip', 'event', 'result', 'session_id', 'user_agent'],
  samples: [
    ['2024-05-14T00:58:16Z', 'y.tanaka@example.com', '198.51.100.20', 'login', 'success', 's-1001', 'Mozilla/5.0'],
    ['2024-05-14T02:29:03Z', 'y.tanaka@example.com', '203.0.113.45', 'login', 'FAILED', 's-1003', 'python-requests/2.31'],
  ],
};
const record = { fileName: 'siem-export.csv' };

describe('role guesses', () => {
  it('finds time, user e-mail, IP, action and status in a SIEM export', () => {
    expect(guessRoles(siem.columns, siem.samples)).toEqual({ time: 0, roles: { actorEmail: 1, ip: 2, action: 3, status: 4 } });
  });

  it.each([
    [['日時', 'ユーザー', 'IPアドレス', '操作', '結果'], [['2024/05/14 11:31', 'tanaka', '203.0.113.45', 'ログイン', '失敗']], { time: 0, roles: { actorLogin: 1, ip: 2, action: 3, status: 4 } }],
    [['일시', '사용자', 'IP 주소', '작업'], [['2024-05-14 11:31:18', 'kim', '192.0.2.5', '로그인']], { time: 0, roles: { actorLogin: 1, ip: 2, action: 3 } }],
    [['Date', 'User Name', 'Email', 'Client IP', 'Operation', 'Outcome'], [['5/14/2024 2:31:18 AM', 'Yuki', 'y@example.com', '203.0.113.45', 'Login', 'Failure']], { time: 0, roles: { actorName: 1, actorEmail: 2, ip: 3, action: 4, status: 5 } }],
    [['id', 'created', 'actor.email', 'context.ip_address', 'action'], [['17', '1715653878', 'a@example.com', '203.0.113.45', 'login']], { time: 1, roles: { actorEmail: 2, ip: 3, action: 4 } }],
    // a column named like a time that does not hold times is not taken; an unnamed column of IPs is
    [['time_zone', 'when', 'peer'], [['Asia/Tokyo', '2024-05-14 11:31:18', '203.0.113.45']], { time: 1, roles: { ip: 2 } }],
  ])('%j', (columns, samples, expected) => {
    expect(guessRoles(columns, samples)).toEqual(expected);
  });
});

describe('mapping form', () => {
  it('starts from the guesses and the file name', () => {
    const f = initialForm(record, siem);
    expect(f).toMatchObject({ name: 'siem-export', time: 0, format: 'auto', roles: { actorEmail: 1, ip: 2, action: 3, status: 4 } });
    expect(nameFromFile({ fileName: 'export.zip › logs/proxy.log.csv.gz', entry: 'logs/proxy.log.csv.gz' })).toBe('proxy.log');
  });

  it('gives a role to one column only', () => {
    let f = initialForm(record, siem);
    f = setRole(f, 5, 'action');
    expect([roleOf(f, 3), roleOf(f, 5)]).toEqual(['', 'action']);
    f = setRole(f, 1, 'time');
    expect([f.time, roleOf(f, 0), roleOf(f, 1), f.roles.actorEmail]).toEqual([1, '', 'time', undefined]);
    f = setRole(f, 1, '');
    expect(f.time).toBeNull();
  });

  it('previews the sample times in the import zone, and says which do not parse', () => {
    const f = initialForm(record, siem);
    expect(previewTimes(f, siem, 'Asia/Tokyo')).toEqual([
      { text: '2024-05-14T00:58:16Z', shown: '2024-05-14 09:58:16 (+09:00)', ok: true },
      { text: '2024-05-14T02:29:03Z', shown: '2024-05-14 11:29:03 (+09:00)', ok: true },
    ]);
    expect(previewTimes({ ...f, format: 'epoch-s' }, siem, 'UTC').map((r) => r.ok)).toEqual([false, false]);
  });

  it('makes the mapping the schema accepts, or says what is missing', () => {
    const f = initialForm(record, siem);
    const made = toMapping({ ...f, name: 'SIEM export', success: 'success, ok', failure: 'failed, denied' }, siem, 'UTC');
    expect('mapping' in made && made.mapping).toMatchObject({
      name: 'SIEM export', kind: 'table', version: 1, headers: siem.columns, signature: [...siem.columns].sort(),
      time: { column: 'timestamp', format: 'auto' }, columns: { actorEmail: 'user', ip: 'src_ip', action: 'event', status: 'result' },
      statusWords: { success: ['success', 'ok'], failure: ['failed', 'denied'] },
    });
    expect(toMapping({ ...f, name: ' ' }, siem, 'UTC')).toEqual({ problem: { key: 'mapping.needName' } });
    expect(toMapping({ ...f, time: null }, siem, 'UTC')).toEqual({ problem: { key: 'mapping.needTime' } });
    expect(toMapping({ ...f, format: 'us' }, siem, 'UTC')).toEqual({ problem: { key: 'mapping.noTimeParses' } });
    const noStatus = toMapping(setRole(f, 4, ''), siem, 'UTC');
    expect('mapping' in noStatus && noStatus.mapping.statusWords).toBeUndefined();
  });
});
