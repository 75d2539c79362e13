import { describe, expect, it } from 'vitest';
import { collect } from '../test-helpers';
import { eventOf, fixturePath, fixtureRecords, iso, normalizeOne } from './json-test-kit';
import { slackAudit } from './slack-audit';

const FILE = 'slack-audit-logs.json';

describe('Slack audit logs', () => {
  it('imports the page: 57 entries, times in Unix seconds, the page\'s cursor is not an event', async () => {
    const { result, events, rejects } = await collect(fixturePath(FILE));
    expect(result).toMatchObject({ status: 'finished', sourceId: 'slack.audit', format: 'json', read: 57, rejected: 0 });
    expect(rejects).toEqual([]);
    expect(new Set(events.map((e) => e.id)).size).toBe(57);
    expect(events.every((e) => e.status === 'unknown' && e.actorKind === 'member')).toBe(true);
    expect(events.filter((e) => e.ip === '203.0.113.45').map((e) => e.action)).toEqual([
      'file_public_link_created', ...Array(8).fill('file_downloaded'), 'anomaly', 'user_login',
    ]);
  });

  it('normalizes the anomaly Slack raised on Yuki Tanaka\'s session (2024-05-14 02:34 JST)', async () => {
    const { events } = await collect(fixturePath(FILE));
    const anomaly = events.find((e) => e.action === 'anomaly')!;
    expect(iso(anomaly.time)).toBe('2024-05-13T17:34:05.000Z');
    expect(anomaly).toMatchObject({
      sourceId: 'slack.audit', category: 'Audit logs', timeText: '"1715621645" @ epoch seconds UTC',
      actorName: 'Yuki Tanaka', actorEmail: 'y.tanaka@example.com', actorId: 'W0D141B353', actorKind: 'member',
      module: 'user', target: 'Yuki Tanaka (y.tanaka@example.com)', status: 'unknown', ip: '203.0.113.45',
      details: {
        id: '994bb2d9-5e3e-458c-bf1f-30addf3d660c', action: 'anomaly', 'actor.type': 'user', 'actor.user.team': 'T0EXAMPLE1',
        'entity.type': 'user', 'entity.user.id': 'W0D141B353', 'entity.user.name': 'Yuki Tanaka', 'entity.user.email': 'y.tanaka@example.com', 'entity.user.team': 'T0EXAMPLE1',
        'context.location.type': 'enterprise', 'context.location.id': 'E0EXAMPLE1', 'context.location.name': 'Example Corp', 'context.location.domain': 'example-corp',
        'context.ip_address': '203.0.113.45', 'context.session_id': '8728825465',
        'details.reason': 'unexpected_client, unexpected_user_agent', 'details.action_timestamp': '1715621645000000', userAgent: 'python-requests/2.31.0',
      },
    });
    expect(events.find((e) => e.action === 'file_public_link_created')).toMatchObject({ module: 'file', target: 'customer-export-00.csv' });
    expect(events.find((e) => e.action === 'role_change_to_admin')).toMatchObject({ actorName: 'Kenji Sato', target: 'Yuki Tanaka (y.tanaka@example.com)', ip: '203.0.113.77' });
  });

  it('reads other actors and failed actions; a bad date_create is a reject naming it', () => {
    const base = fixtureRecords(FILE)[0];
    expect(eventOf(slackAudit, { ...base, action: 'user_login_failed' }).status).toBe('failure');
    expect(eventOf(slackAudit, { ...base, actor: { type: 'app', app: { id: 'A1', name: 'Backup bot' } } })).toMatchObject({ actorKind: 'app', actorName: 'Backup bot', actorId: 'A1' });
    expect(eventOf(slackAudit, { ...base, entity: { type: 'channel', channel: { id: 'C1', name: 'payroll' } } })).toMatchObject({ module: 'channel', target: 'payroll' });
    expect(normalizeOne(slackAudit, { ...base, date_create: 'x' })).toMatchObject([{ ok: false, reason: 'invalid date in "date_create": "x"' }]);
  });
});
