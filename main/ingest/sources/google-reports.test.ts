import { afterAll, describe, expect, it } from 'vitest';
import { collect, scratch } from '../test-helpers';
import { googleReports } from './google-reports';
import { fixturePath, fixtureRecords, iso, normalizeOne } from './json-test-kit';

const LOGIN = 'google-reports-activities-login.json';
const ADMIN = 'google-reports-activities-admin.json';
const tmp = scratch();
afterAll(() => tmp.remove());

const activity = (patch: Record<string, unknown>) => ({
  kind: 'admin#reports#activity',
  id: { time: '2024-05-13T17:50:00.000Z', uniqueQualifier: '42', applicationName: 'admin', customerId: 'C03az79cb' },
  actor: { email: 'k.sato@example.com', profileId: '1000' },
  ipAddress: '203.0.113.77',
  events: [{ type: 'USER_SETTINGS', name: 'CHANGE_PASSWORD', parameters: [{ name: 'USER_EMAIL', value: 'm.lopez@example.com' }] }],
  ...patch,
});

describe('Google Workspace Reports activities', () => {
  it('imports the login page: 61 activities, one event each, as google.reports.login', async () => {
    const { result, events, rejects } = await collect(fixturePath(LOGIN));
    expect(result).toMatchObject({ status: 'finished', sourceId: 'google.reports.login', format: 'json', read: 61, rejected: 0 });
    expect(rejects).toEqual([]);
    expect(new Set(events.map((e) => e.id)).size).toBe(61);
    expect(events.every((e) => e.sourceId === 'google.reports.login' && e.category === 'Login' && e.module === 'login')).toBe(true);
    const byStatus = (s: string) => events.filter((e) => e.status === s).map((e) => e.action);
    expect(new Set(byStatus('success'))).toEqual(new Set(['login_success']));
    expect(byStatus('success')).toHaveLength(42);
    expect(byStatus('failure')).toEqual(Array(18).fill('login_failure'));
    expect(byStatus('unknown')).toEqual(['suspicious_login']);
  });

  it('normalizes the spraying from 203.0.113.45 and Google\'s suspicious-login verdict', async () => {
    const { events } = await collect(fixturePath(LOGIN));
    const failure = events.find((e) => e.details['id.uniqueQualifier'] === '-209105617235898683')!;
    expect(iso(failure.time)).toBe('2024-05-13T17:20:47.000Z');
    expect(failure).toMatchObject({
      timeText: '"2024-05-13T17:20:47.000Z" @ Z', actorEmail: 'a.suzuki@example.com', actorId: '100000070839301754420', actorKind: 'member',
      action: 'login_failure', module: 'login', status: 'failure', statusText: 'login_failure_invalid_password', ip: '203.0.113.45', target: '',
      details: {
        'id.uniqueQualifier': '-209105617235898683', 'id.customerId': 'C03az79cb', 'actor.profileId': '100000070839301754420',
        login_type: 'google_password', login_challenge_method: 'password', login_failure_type: 'login_failure_invalid_password', is_suspicious: 'true',
      },
    });
    const suspicious = events.find((e) => e.action === 'suspicious_login')!;
    expect(iso(suspicious.time)).toBe('2024-05-13T17:21:35.000Z');
    expect(suspicious).toMatchObject({ actorEmail: 'y.tanaka@example.com', status: 'unknown', statusText: '', ip: '203.0.113.45', details: expect.objectContaining({ is_suspicious: 'true' }) });
    const first = events[0];
    expect(first.details.login_challenge_method).toBe('password, google_authenticator');
    expect(JSON.parse(first.raw)).toMatchObject({ id: { applicationName: 'login' } });
  });

  it('imports the admin page as google.reports.admin: the role given at night from 203.0.113.77', async () => {
    const { result, events } = await collect(fixturePath(ADMIN));
    expect(result).toMatchObject({ status: 'finished', sourceId: 'google.reports.admin', read: 53, rejected: 0 });
    const role = events.find((e) => e.action === 'ASSIGN_ROLE')!;
    expect(iso(role.time)).toBe('2024-05-13T17:47:31.000Z');
    expect(role).toMatchObject({
      sourceId: 'google.reports.admin', category: 'Admin', actorEmail: 'k.sato@example.com', actorKind: 'member',
      module: 'DELEGATED_ADMIN_SETTINGS', target: 'y.tanaka@example.com', status: 'unknown', ip: '203.0.113.77',
      details: expect.objectContaining({ ROLE_NAME: '_SEED_ADMIN_ROLE', USER_EMAIL: 'y.tanaka@example.com' }),
    });
    expect(events.filter((e) => e.ip === '203.0.113.77').map((e) => e.action).sort()).toEqual(['ASSIGN_ROLE', 'CHANGE_PASSWORD']);
    const member = events.find((e) => e.action === 'ADD_GROUP_MEMBER')!;
    expect(member.target).toBe(member.details.USER_EMAIL);
    expect(member.details.GROUP_EMAIL).toMatch(/@example\.com$/);
  });

  it('makes one event per events[] entry, numbered, with the activity\'s line; an activity without events is a reject', async () => {
    const two = activity({ events: [
      { type: 'USER_SETTINGS', name: 'CREATE_USER', parameters: [{ name: 'USER_EMAIL', value: 'new@example.com' }] },
      { type: 'USER_SETTINGS', name: 'GRANT_ADMIN_PRIVILEGE', parameters: [{ name: 'USER_EMAIL', value: 'new@example.com' }] },
    ] });
    const page = { kind: 'admin#reports#activities', items: [two, activity({ id: { time: '2024-05-13T17:51:00.000Z', uniqueQualifier: '43', applicationName: 'admin' }, events: [] })] };
    const { result, events, rejects } = await collect(tmp.write('two.json', JSON.stringify(page, null, 1)));
    expect(result).toMatchObject({ read: 2, rejected: 1, sourceId: 'google.reports.admin' });
    expect(events.map((e) => [e.action, e.line])).toEqual([['CREATE_USER', 4], ['GRANT_ADMIN_PRIVILEGE', 4]]);
    expect(events[0].id).not.toBe(events[1].id);
    expect(rejects.map((r) => r.reason)).toEqual(['google.reports: the record holds no event']);
  });

  it('gives every application its own source id, in one file too', async () => {
    const login = fixtureRecords(LOGIN)[0];
    const drive = activity({ id: { time: '2024-05-13T18:00:00.000Z', uniqueQualifier: '7', applicationName: 'drive' }, events: [{ type: 'access', name: 'download', parameters: [{ name: 'doc_title', value: 'payroll.xlsx' }] }] });
    const { result, events } = await collect(tmp.write('mixed.jsonl', [login, activity({}), drive].map((r) => JSON.stringify(r)).join('\n')));
    expect(result.sourceId).toBe('google.reports.login,google.reports.admin,google.reports.drive');
    expect(events.map((e) => [e.sourceId, e.category])).toEqual([['google.reports.login', 'Login'], ['google.reports.admin', 'Admin'], ['google.reports.drive', 'Drive']]);
    expect(events[2]).toMatchObject({ action: 'download', target: 'payroll.xlsx' });
    const hostile = normalizeOne(googleReports, activity({ id: { time: '2024-05-13T18:00:00Z', uniqueQualifier: '8', applicationName: '<img src=x>' } }));
    expect(hostile[0]).toMatchObject({ ok: true, event: { sourceId: 'google.reports.other', category: 'Other' } });
  });

  it('reads API-key callers, every parameter kind, and rejects an activity without a time naming id.time', () => {
    const [key] = normalizeOne(googleReports, activity({ actor: { callerType: 'KEY', key: 'SYSTEM' } }));
    expect(key).toMatchObject({ ok: true, event: { actorKind: 'api_key', actorLogin: 'SYSTEM', actorEmail: '' } });
    const [params] = normalizeOne(googleReports, activity({ events: [{ type: 't', name: 'n', parameters: [
      { name: 'count', intValue: '3' }, { name: 'ids', multiIntValue: ['1', '2'] }, { name: 'flag', boolValue: false },
      { name: 'nested', messageValue: { parameter: [{ name: 'inner', value: 'x' }] } },
    ] }] }));
    expect(params.ok && params.event.details).toMatchObject({ count: '3', ids: '1, 2', flag: 'false', 'nested.parameter.0.name': 'inner', 'nested.parameter.0.value': 'x' });
    expect(normalizeOne(googleReports, activity({ id: { uniqueQualifier: '9', applicationName: 'admin', time: 'never' } }))).toMatchObject([{ ok: false, reason: 'invalid date in "id.time": "never"' }]);
    expect(googleReports.recordId!(activity({}))).toBe('2024-05-13T17:50:00.000Z|42');
  });
});
