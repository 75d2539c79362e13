import { afterAll, describe, expect, it } from 'vitest';
import { collect, scratch } from '../test-helpers';
import { entraDirectoryAudits } from './entra-directory-audits';
import { entraSignins } from './entra-signins';
import { JSON_SOURCES } from './json-registry';
import { fixturePath, fixtureRecords, iso, normalizeOne } from './json-test-kit';

const SIGNINS = 'graph-signins-page1.json';
const tmp = scratch();
afterAll(() => tmp.remove());

/** directoryAudit records as Graph returns them (resource reference [C]); no fixture exists. */
const AUDITS = [
  {
    id: 'Directory_0a1b2c3d-0001', category: 'RoleManagement', correlationId: 'c0ffee00-0000-4000-8000-000000000001', result: 'success', resultReason: '',
    activityDisplayName: 'Add member to role', activityDateTime: '2024-05-13T17:47:12.3456789Z', loggedByService: 'Core Directory', operationType: 'Assign',
    initiatedBy: { app: null, user: { id: 'u-ksato', displayName: 'Kenji Sato', userPrincipalName: 'k.sato@example.com', ipAddress: '203.0.113.77' } },
    targetResources: [
      { id: 'u-ytanaka', displayName: 'Yuki Tanaka', type: 'User', userPrincipalName: 'y.tanaka@example.com',
        modifiedProperties: [{ displayName: 'Role.DisplayName', oldValue: null, newValue: '"Global Administrator"' }] },
      { id: 'r-ga', displayName: 'Global Administrator', type: 'Role', userPrincipalName: null, modifiedProperties: [] },
    ],
    additionalDetails: [{ key: 'User-Agent', value: 'python-requests/2.31.0' }],
  },
  {
    id: 'Directory_0a1b2c3d-0002', category: 'ApplicationManagement', result: 'failure', resultReason: 'Insufficient privileges',
    activityDisplayName: 'Add service principal credentials', activityDateTime: '2024-05-13T18:02:00Z', loggedByService: 'Core Directory', operationType: 'Update',
    initiatedBy: { user: null, app: { appId: 'a-sync', displayName: 'sync-tool', servicePrincipalId: 'sp-1', servicePrincipalName: 'sync-tool' } },
    targetResources: [{ id: 'sp-1', displayName: 'sync-tool', type: 'ServicePrincipal' }],
    additionalDetails: [],
  },
  {
    id: 'Directory_0a1b2c3d-0003', category: 'UserManagement', result: 'timeout', resultReason: '',
    activityDisplayName: 'Update user', activityDateTime: '2024-05-13T18:05:00Z', loggedByService: 'Core Directory',
    initiatedBy: { user: { id: 'u-ksato', displayName: 'Kenji Sato', userPrincipalName: 'k.sato@example.com', ipAddress: null } },
    targetResources: [],
  },
];

describe('Microsoft Entra sign-in logs (Graph signIns)', () => {
  it('imports the @odata page: 61 sign-ins, errorCode 0 a success, the others failures with their reason', async () => {
    const { result, events, rejects } = await collect(fixturePath(SIGNINS));
    expect(result).toMatchObject({ status: 'finished', sourceId: 'entra.signins', format: 'json', read: 61, rejected: 0 });
    expect(rejects).toEqual([]);
    expect(new Set(events.map((e) => e.id)).size).toBe(61);
    expect(events.filter((e) => e.status === 'success')).toHaveLength(46);
    expect(events.filter((e) => e.status === 'failure').map((e) => e.details['status.errorCode']).sort()).toEqual(['50053', ...Array(14).fill('50126')]);
    expect(events.filter((e) => e.status === 'success').every((e) => e.statusText === '')).toBe(true);
  });

  it('normalizes the lock-out and the IMAP sign-in that worked for the attacker', async () => {
    const { events } = await collect(fixturePath(SIGNINS));
    const locked = events.find((e) => e.details['status.errorCode'] === '50053')!;
    expect(locked).toMatchObject({
      sourceId: 'entra.signins', category: 'Sign-in logs', actorName: 'Aiko Suzuki', actorEmail: 'a.suzuki@example.com', actorKind: 'member',
      action: 'Non-interactive sign-in', target: 'Office 365 Exchange Online', module: 'Office 365 Exchange Online',
      status: 'failure', statusText: 'Account is locked because user tried to sign in too many times with an incorrect user ID or password.',
      ip: '203.0.113.45', serviceType: 'IMAP4',
    });
    const yuki = events.find((e) => e.details.id === '7444544c-ad41-429a-bd46-def2128f3f27')!;
    expect(iso(yuki.time)).toBe('2024-05-13T17:31:40.000Z');
    expect(yuki).toMatchObject({
      timeText: '"2024-05-13T17:31:40Z" @ Z', actorName: 'Yuki Tanaka', actorEmail: 'y.tanaka@example.com', actorId: '45f3c911-82a4-4804-9b4f-993d149ac0a0',
      status: 'success', statusText: '', ip: '203.0.113.45', serviceType: 'IMAP4',
      details: {
        id: '7444544c-ad41-429a-bd46-def2128f3f27', appId: '00000002-0000-0ff1-ce00-000000000000', appDisplayName: 'Office 365 Exchange Online',
        ipAddress: '203.0.113.45', clientAppUsed: 'IMAP4', correlationId: '765b2ca8-0d27-4db0-84cc-94bf99fb17fc', conditionalAccessStatus: 'notApplied',
        isInteractive: 'false', riskDetail: 'none', riskLevelAggregated: 'none', riskLevelDuringSignIn: 'none', riskState: 'none',
        resourceDisplayName: 'Office 365 Exchange Online', resourceId: '00000002-0000-0ff1-ce00-000000000000',
        'status.errorCode': '0', 'status.failureReason': 'Other.', 'deviceDetail.isCompliant': 'false', 'deviceDetail.isManaged': 'false',
      },
    });
    expect(events.find((e) => e.serviceType === 'Browser')).toMatchObject({ action: 'Sign-in', details: expect.objectContaining({ 'deviceDetail.browser': 'Chrome 124.0.0' }) });
  });

  it('names the location when Graph gives one, and rejects a sign-in without a time naming createdDateTime', () => {
    const base = fixtureRecords(SIGNINS)[0];
    const [tokyo] = normalizeOne(entraSignins, { ...base, location: { city: 'Chiyoda', state: 'Tokyo', countryOrRegion: 'JP', geoCoordinates: {} } });
    expect(tokyo.ok && tokyo.event.details).toMatchObject({ location: 'Chiyoda, Tokyo, JP', 'location.countryOrRegion': 'JP' });
    expect(normalizeOne(entraSignins, { ...base, createdDateTime: '' })).toMatchObject([{ ok: false, reason: 'no date in "createdDateTime"' }]);
  });
});

describe('Microsoft Entra audit logs (Graph directoryAudits)', () => {
  it('imports a page of directoryAudits: user and app initiators, results, every target, key/value lists by name', async () => {
    const page = { '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#auditLogs/directoryAudits', value: AUDITS };
    const { result, events, rejects } = await collect(tmp.write('audits.json', JSON.stringify(page, null, 2)));
    expect(result).toMatchObject({ status: 'finished', sourceId: 'entra.directory_audits', read: 3, rejected: 0 });
    expect(rejects).toEqual([]);
    const [role, creds, timeout] = events;
    expect(iso(role.time)).toBe('2024-05-13T17:47:12.345Z');
    expect(role).toMatchObject({
      sourceId: 'entra.directory_audits', category: 'Audit logs', timeText: '"2024-05-13T17:47:12.3456789Z" @ Z',
      actorName: 'Kenji Sato', actorEmail: 'k.sato@example.com', actorId: 'u-ksato', actorKind: 'member', ip: '203.0.113.77',
      action: 'Add member to role', module: 'RoleManagement', status: 'success', statusText: 'success',
      target: 'Yuki Tanaka (y.tanaka@example.com); Global Administrator',
    });
    expect(role.details).toMatchObject({
      loggedByService: 'Core Directory', operationType: 'Assign', 'additionalDetails.User-Agent': 'python-requests/2.31.0',
      'targetResources.0.modifiedProperties.Role.DisplayName.newValue': '"Global Administrator"', 'initiatedBy.user.ipAddress': '203.0.113.77',
    });
    expect(creds).toMatchObject({ actorName: 'sync-tool', actorLogin: 'sync-tool', actorId: 'a-sync', actorKind: 'app', status: 'failure', statusText: 'Insufficient privileges', target: 'sync-tool', ip: '' });
    expect(timeout).toMatchObject({ status: 'unknown', statusText: 'timeout', target: '', module: 'UserManagement' });
  });

  it('is told apart from sign-ins and every other source by its keys, both ways', () => {
    const signin = fixtureRecords(SIGNINS)[0];
    for (const a of AUDITS) {
      expect(entraDirectoryAudits.detect(a)).toBeGreaterThan(0);
      for (const other of JSON_SOURCES.filter((s) => s !== entraDirectoryAudits)) expect(other.detect(a), other.id).toBe(0);
    }
    expect(entraDirectoryAudits.detect(signin)).toBe(0);
    expect(normalizeOne(entraDirectoryAudits, { ...AUDITS[0], activityDateTime: 'x' })).toMatchObject([{ ok: false, reason: 'invalid date in "activityDateTime": "x"' }]);
  });
});
