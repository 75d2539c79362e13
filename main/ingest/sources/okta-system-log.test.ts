import { describe, expect, it } from 'vitest';
import { collect } from '../test-helpers';
import { eventOf, fixturePath, fixtureRecords, iso, normalizeOne } from './json-test-kit';
import { oktaSystemLog } from './okta-system-log';

const FILE = 'okta-system-log.jsonl';

describe('Okta System Log', () => {
  it('imports the fixture: 226 LogEvents, one per line, nothing rejected, ids from uuid', async () => {
    const { result, events, rejects } = await collect(fixturePath(FILE));
    expect(result).toMatchObject({ status: 'finished', sourceId: 'okta.system_log', format: 'jsonl', read: 226, rejected: 0, message: `${FILE}: 226 events` });
    expect(rejects).toEqual([]);
    expect(new Set(events.map((e) => e.id)).size).toBe(226);
    expect(events.map((e) => e.line)).toEqual(Array.from({ length: 226 }, (_, i) => i + 1));
    expect(events.filter((e) => e.status === 'failure')).toHaveLength(32);
    expect(events.filter((e) => e.status === 'success')).toHaveLength(194);
  });

  it('normalizes the spraying against Daniel Park from 203.0.113.45 (2024-05-14 02:05 JST)', async () => {
    const { events } = await collect(fixturePath(FILE));
    const e = events.find((x) => x.line === 30)!;
    expect(iso(e.time)).toBe('2024-05-13T17:05:20.000Z');
    expect(e).toMatchObject({
      sourceId: 'okta.system_log', category: 'System Log', timeText: '"2024-05-13T17:05:20.000Z" @ Z',
      actorName: 'Daniel Park', actorEmail: 'd.park@example.com', actorLogin: '', actorId: '00uc7ed42f1f02119d5c', actorKind: 'member',
      action: 'user.session.start', module: 'user.session', target: '', status: 'failure', statusText: 'INVALID_CREDENTIALS',
      level: 'WARN', ip: '203.0.113.45', serviceType: 'UNKNOWN', flags: 0,
    });
    expect(e.details).toMatchObject({
      displayMessage: 'User login to Okta', 'outcome.result': 'FAILURE', userAgent: 'python-requests/2.31.0',
      legacyEventType: 'core.user_auth.login_failed', 'request.ipChain.0.ip': '203.0.113.45', uuid: '59d44eea-d0c9-4806-9cab-df7533407d25',
    });
    // nulls are not details, and the actor's own fields live in the actor, not twice
    expect(Object.keys(e.details).filter((k) => k.startsWith('securityContext') || k.startsWith('client.geographicalContext') || k === 'actor.alternateId')).toEqual([]);
    expect(e.raw).toContain('"uuid":"59d44eea-d0c9-4806-9cab-df7533407d25"');
    const parkFailures = events.filter((x) => x.actorEmail === 'd.park@example.com' && x.ip === '203.0.113.45' && x.status === 'failure');
    expect(parkFailures).toHaveLength(10);
  });

  it('lists every target, as the System Log does, and the admin night of Kenji Sato', async () => {
    const { events } = await collect(fixturePath(FILE));
    expect(events.find((x) => x.line === 62)).toMatchObject({
      actorName: 'Kenji Sato', action: 'user.account.privilege.grant', module: 'user.account.privilege', ip: '203.0.113.77',
      target: 'Yuki Tanaka (y.tanaka@example.com); Super Administrator', status: 'success', statusText: 'SUCCESS', level: 'INFO', serviceType: 'CHROME',
      details: expect.objectContaining({ 'target.1.id': 'SUPER_ADMIN', 'target.1.type': 'ROLE', displayMessage: 'Grant user privilege' }),
    });
    expect(events.find((x) => x.line === 63)).toMatchObject({ action: 'system.api_token.create', target: 'backup-sync' });
    expect(events.find((x) => x.line === 58)).toMatchObject({ action: 'user.account.lock', status: 'failure', statusText: 'LOCKED_OUT', actorName: 'Aiko Suzuki' });
    expect(events.find((x) => x.line === 60)).toMatchObject({ action: 'user.mfa.okta_verify.deny_push', status: 'failure', statusText: 'USER_REJECTED_OKTA_VERIFY_PUSH' });
  });

  it('maps actor types and outcomes; reads a missing or bad time as a reject naming published', () => {
    const base = fixtureRecords(FILE)[0];
    const variant = (patch: Record<string, unknown>) => ({ ...base, ...patch });
    const system = eventOf(oktaSystemLog, variant({ actor: { id: '0oa1', type: 'SystemPrincipal', alternateId: 'system@okta.com', displayName: 'Okta System' } }));
    expect(system).toMatchObject({ actorKind: 'system', actorEmail: 'system@okta.com', actorName: 'Okta System' });
    const app = eventOf(oktaSystemLog, variant({ actor: { id: '0oa2', type: 'PublicClientApp', alternateId: 'sync-client', displayName: 'Sync' } }));
    expect(app).toMatchObject({ actorKind: 'app', actorLogin: 'sync-client', actorEmail: '' });
    expect(eventOf(oktaSystemLog, variant({ actor: { type: 'Mystery' } })).actorKind).toBe('unknown');
    expect(eventOf(oktaSystemLog, variant({ outcome: { result: 'DENY', reason: null } }))).toMatchObject({ status: 'failure', statusText: 'DENY' });
    expect(eventOf(oktaSystemLog, variant({ outcome: { result: 'ALLOW' } })).status).toBe('success');
    expect(eventOf(oktaSystemLog, variant({ outcome: { result: 'SKIPPED' } })).status).toBe('unknown');
    expect(eventOf(oktaSystemLog, variant({ client: { ipAddress: null }, request: { ipChain: [{ ip: '2001:db8::45' }] } })).ip).toBe('2001:db8::45');
    expect(normalizeOne(oktaSystemLog, variant({ published: undefined }))).toMatchObject([{ ok: false, reason: 'no date in "published"' }]);
    expect(normalizeOne(oktaSystemLog, variant({ published: '13/05/2024' }))).toMatchObject([{ ok: false, reason: 'invalid date in "published": "13/05/2024"' }]);
  });
});
