import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collect, FIXTURES } from '../test-helpers';
import { parseOffsetTime } from './wall-time';

describe('microCMS audit log', () => {
  it('reads ISO 8601 times with their own offset', () => {
    expect(parseOffsetTime('2024-05-15T01:14:09+09:00')).toEqual({ time: Date.UTC(2024, 4, 14, 16, 14, 9), offset: '+09:00' });
    expect(parseOffsetTime('2024-05-15T01:14:09.5Z')).toEqual({ time: Date.UTC(2024, 4, 15, 1, 14, 9, 500), offset: 'Z' });
    expect(parseOffsetTime('2024-02-30T01:14:09+09:00')).toBeNull();
    expect(parseOffsetTime('2024-05-15 01:14:09')).toBeNull();
  });

  it('imports the fixture: 99 events, API keys as actors, the most specific target', async () => {
    const { result, events } = await collect(path.join(FIXTURES, 'microcms-audit.csv'), { timeZone: 'UTC' });
    expect(result).toMatchObject({ status: 'finished', sourceId: 'microcms.audit', read: 99, rejected: 0 });
    const webhook = events.find((e) => e.line === 37)!;
    expect(new Date(webhook.time).toISOString()).toBe('2024-05-14T16:14:09.000Z');
    expect(webhook).toMatchObject({
      timeText: '"2024-05-15T01:14:09+09:00" @ +09:00', actorName: 'legacy-import', actorEmail: '', actorKind: 'api_key',
      action: 'Webhook(コンテンツ)の削除', target: 'お知らせ', status: 'success', ip: '203.0.113.45',
      details: { ip: '203.0.113.45', operation: 'Webhook(コンテンツ)の削除', targetApiId: 'news', targetApiName: 'お知らせ' },
    });
    expect(events.find((e) => e.line === 38)).toMatchObject({ actorKind: 'api_key', target: 'wl8iep1pcwc9' });
    expect(events.find((e) => e.line === 6)).toMatchObject({ actorEmail: 'h.ito@example.com', actorKind: 'member', action: 'メディアの追加', target: 'spec sheet.pdf' });
    expect(events.filter((e) => e.actorName === 'legacy-import' && e.action === 'コンテンツの削除')).toHaveLength(40);
  });
});
