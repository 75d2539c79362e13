import { describe, expect, it } from 'vitest';
import { collect } from '../test-helpers';
import { githubOrgAudit } from './github-org-audit';
import { eventOf, fixturePath, fixtureRecords, iso, normalizeOne } from './json-test-kit';

const FILE = 'github-org-audit-log.json';

describe('GitHub organization audit log', () => {
  it('imports the fixture: 74 events of a bare array, times in epoch milliseconds, no result known', async () => {
    const { result, events, rejects } = await collect(fixturePath(FILE));
    expect(result).toMatchObject({ status: 'finished', sourceId: 'github.org_audit', format: 'json', read: 74, rejected: 0 });
    expect(rejects).toEqual([]);
    expect(new Set(events.map((e) => e.id)).size).toBe(74);
    expect(events.every((e) => e.status === 'unknown' && e.category === 'Audit log')).toBe(true);
    // newest first, as the API returns it
    expect(iso(events[0].time)).toBe('2024-05-17T06:07:21.000Z');
  });

  it('normalizes the night of 2024-05-14: admin given from 203.0.113.77, repositories cloned from 203.0.113.45', async () => {
    const { events } = await collect(fixturePath(FILE));
    const grant = events.find((e) => e.action === 'org.update_member')!;
    expect(iso(grant.time)).toBe('2024-05-13T17:52:03.000Z');
    expect(grant).toMatchObject({
      sourceId: 'github.org_audit', timeText: '"1715622723000" @ epoch ms UTC', actorLogin: 'ksato-ex', actorName: '', actorId: '5000000', actorKind: 'member',
      module: 'org', target: 'ytanaka-ex', status: 'unknown', statusText: '', ip: '203.0.113.77',
      details: {
        _document_id: 'e4f21209e2a5a01c5cd586', action: 'org.update_member', 'actor_location.country_code': 'JP', org: 'example-corp', org_id: '87654321',
        operation_type: 'modify', business: 'example', business_id: '1234', actor_ip: '203.0.113.77', user: 'ytanaka-ex', permission: 'admin', old_permission: 'read',
      },
    });
    const clones = events.filter((e) => e.action === 'git.clone' && e.ip === '203.0.113.45');
    expect(clones.map((e) => e.target).sort()).toEqual(['example-corp/api', 'example-corp/docs', 'example-corp/infra', 'example-corp/web']);
    expect(clones.every((e) => e.module === 'git' && e.actorLogin === 'ytanaka-ex')).toBe(true);
    expect(events.find((e) => e.action === 'integration_installation.create')).toMatchObject({ target: 'sync-tool-gh', module: 'integration_installation' });
    expect(events.find((e) => e.action === 'protected_branch.destroy')).toMatchObject({ target: 'example-corp/api', details: expect.objectContaining({ name: 'main' }) });
    expect(events.find((e) => e.action === 'personal_access_token.request_created')).toMatchObject({ target: 'example-corp' });
  });

  it('reads times written as digit strings or ISO text; a record without a time is a reject naming @timestamp', () => {
    const base = fixtureRecords(FILE)[0];
    const { '@timestamp': _ts, created_at: _ca, ...timeless } = base;
    expect(eventOf(githubOrgAudit, { ...base, '@timestamp': '1715926041000' }).time).toBe(1715926041000);
    expect(eventOf(githubOrgAudit, { ...timeless, created_at: '2024-05-17T06:07:21Z' }).time).toBe(1715926041000);
    expect(normalizeOne(githubOrgAudit, timeless)).toMatchObject([{ ok: false, reason: 'no date in "created_at"' }]);
    expect(normalizeOne(githubOrgAudit, { ...base, '@timestamp': 'yesterday' })).toMatchObject([{ ok: false, reason: 'invalid date in "@timestamp": "yesterday"' }]);
    expect(eventOf(githubOrgAudit, { ...base, actor: 'github-actions[bot]', action: 'oauth_authorization.failure' })).toMatchObject({ actorKind: 'bot', status: 'failure' });
  });
});
