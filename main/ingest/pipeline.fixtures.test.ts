import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collect, FIXTURES } from './test-helpers';

const fixture = (name: string) => path.join(FIXTURES, name);
const iso = (ms: number) => new Date(ms).toISOString();

describe('NAVER WORKS fixtures', () => {
  it.each([
    ['naverworks-login.csv', 'naverworks.login', 123],
    ['naverworks-login-ja.csv', 'naverworks.login', 54],
    ['naverworks-admin.csv', 'naverworks.admin', 71],
    ['naverworks-developers-console.csv', 'naverworks.developer_console', 57],
    ['naverworks-delegated-api.csv', 'naverworks.delegated_api', 65],
    ['naverworks-contacts.csv', 'naverworks.contacts', 99],
    ['naverworks-message.csv', 'naverworks.message', 79],
  ])('%s: %s, %i events, nothing rejected', async (name, sourceId, count) => {
    const { result, events, rejects, batches } = await collect(fixture(name));
    expect(result).toMatchObject({ status: 'finished', sourceId, read: count, rejected: 0, encoding: 'utf-8-bom', message: `${name}: ${count} events` });
    expect(result.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(events).toHaveLength(count);
    expect(rejects).toEqual([]);
    expect(new Set(events.map((e) => e.id)).size).toBe(count);
    expect(events.every((e) => e.importId === 'imp_test' && e.sourceId === sourceId)).toBe(true);
    const last = batches[batches.length - 1];
    expect(last.progress).toEqual({ read: count, rejected: 0, bytesRead: result.size, bytesTotal: result.size });
  });

  it('gives the same ids on a second import of the same file', async () => {
    const a = await collect(fixture('naverworks-login.csv'));
    const b = await collect(fixture('naverworks-login.csv'), { importId: 'imp_other', batchSize: 7 });
    expect(b.events.map((e) => e.id)).toEqual(a.events.map((e) => e.id));
    expect(b.batches.length).toBeGreaterThan(a.batches.length);
  });

  it('normalizes a Login row (the spraying attack succeeds)', async () => {
    const { events } = await collect(fixture('naverworks-login.csv'));
    const e = events.find((x) => x.line === 79)!;
    expect(iso(e.time)).toBe('2024-05-13T17:31:18.000Z');
    expect(e).toMatchObject({
      category: 'Login', timeText: '"2024-05-14 02:31:18" @ Asia/Tokyo',
      actorName: 'Yuki Tanaka', actorEmail: 'y.tanaka@example.com', actorKind: 'member',
      action: 'login', status: 'success', statusText: 'Login successful', ip: '203.0.113.45', serviceType: 'IMAP',
      target: '', module: '', flags: 0,
      details: { description: 'Login successful', ip: '203.0.113.45', loginMethod: 'Password', serviceType: 'IMAP' },
      raw: 'Login successful,Yuki Tanaka (y.tanaka@example.com),2024-05-14 02:31:18,203.0.113.45,Password,IMAP',
    });
    expect(events.find((x) => x.line === 80)).toMatchObject({ status: 'failure', statusText: 'Login failed (account locked)', actorName: 'Aiko Suzuki' });
    expect(events.find((x) => x.line === 29)).toMatchObject({ status: 'unknown', statusText: 'Password changed' });
    expect(events[0]).toMatchObject({ line: 2, actorName: 'Maria Lopez' });
    expect(iso(events[0].time)).toBe('2024-05-17T10:21:49.000Z');
  });

  it('reads the Japanese Login header and wording', async () => {
    const { events } = await collect(fixture('naverworks-login-ja.csv'));
    expect(events.find((x) => x.line === 25)).toMatchObject({
      actorName: '田中 由紀', actorEmail: 'y.tanaka@example.com', status: 'success', statusText: 'ログインに成功しました',
      details: { description: 'ログインに成功しました', ip: '203.0.113.45', loginMethod: 'パスワード', serviceType: 'IMAP' },
    });
    const locked = events.find((x) => x.line === 26)!;
    expect(locked).toMatchObject({ status: 'failure', actorName: '鈴木 愛子' });
    expect(iso(locked.time)).toBe('2024-05-13T17:24:42.000Z');
  });

  it('normalizes Admin rows (admin actor, Service as module)', async () => {
    const { events } = await collect(fixture('naverworks-admin.csv'));
    const e = events.find((x) => x.line === 55)!;
    expect(iso(e.time)).toBe('2024-05-13T17:50:44.000Z');
    expect(e).toMatchObject({
      category: 'Admin', actorName: 'Kenji Sato', actorEmail: 'k.sato@example.com', actorKind: 'admin',
      action: 'Modify', target: 'Allowed IP addresses', status: 'failure', statusText: 'Failure',
      ip: '203.0.113.77', serviceType: 'PC Web', module: 'Security',
      details: { eventTarget: 'Allowed IP addresses', status: 'Failure', task: 'Modify', ip: '203.0.113.77', serviceType: 'PC Web', service: 'Security' },
    });
    expect(events.find((x) => x.line === 56)).toMatchObject({ status: 'success', target: '2-step verification' });
  });

  it('normalizes Developer Console rows (Console menu as module, no status)', async () => {
    const { events } = await collect(fixture('naverworks-developers-console.csv'));
    const e = events.find((x) => x.line === 43)!;
    expect(iso(e.time)).toBe('2024-05-13T18:04:02.000Z');
    expect(e).toMatchObject({
      category: 'Developer Console', actorKind: 'admin', action: 'Issue Private Key', target: 'sync-tool',
      status: 'unknown', statusText: '', ip: '203.0.113.77', module: 'API > Client App',
      details: { eventTarget: 'sync-tool', task: 'Issue Private Key', ip: '203.0.113.77', consoleMenu: 'API > Client App' },
    });
  });

  it('normalizes Delegated API rows (service account acts on a member)', async () => {
    const { events } = await collect(fixture('naverworks-delegated-api.csv'));
    const e = events.find((x) => x.line === 38)!;
    expect(iso(e.time)).toBe('2024-05-13T18:26:03.000Z');
    expect(e).toMatchObject({
      category: 'Delegated API', actorName: '', actorEmail: 'sync-tool.serviceaccount@example.com', actorKind: 'service_account',
      action: 'DELETE https://www.worksapis.com/v1.0/users/k.sato@example.com', target: 'Kenji Sato (k.sato@example.com)',
      status: 'failure', statusText: 'Failure', ip: '203.0.113.77',
      details: { apiUrl: 'https://www.worksapis.com/v1.0/users/k.sato@example.com', httpMethod: 'DELETE', status: 'Failure', target: 'Kenji Sato (k.sato@example.com)', ip: '203.0.113.77' },
    });
    expect(events.every((x) => x.actorKind === 'service_account')).toBe(true);
  });

  it('normalizes Contacts rows (target kept as written)', async () => {
    const { events } = await collect(fixture('naverworks-contacts.csv'));
    expect(events.find((x) => x.line === 68)).toMatchObject({
      category: 'Contacts', actorName: 'Yuki Tanaka', actorKind: 'member', action: 'Change external contact\u2019s owner',
      target: 'Acme Trading (Taro Yamamoto)', status: 'success', serviceType: 'API', ip: '',
    });
    expect(iso(events.find((x) => x.line === 69)!.time)).toBe('2024-05-13T18:23:04.000Z');
  });

  it('keeps multi-line messages whole and counts physical lines', async () => {
    const { events } = await collect(fixture('naverworks-message.csv'));
    expect(events.map((e) => e.line).slice(0, 8)).toEqual([2, 3, 4, 5, 6, 7, 10, 13]);
    const multi = events.find((x) => x.line === 7)!;
    expect(multi).toMatchObject({
      category: 'Message', action: 'send message', actorName: 'Aiko Suzuki', target: 'Yuki Tanaka (y.tanaka@example.com)', status: 'unknown',
      details: { recipient: 'Yuki Tanaka (y.tanaka@example.com)', channelId: '20000000', message: 'Line 1\nLine 2\nLine 3' },
      raw: '2024-05-17 13:14:15,Aiko Suzuki (a.suzuki@example.com),Yuki Tanaka (y.tanaka@example.com),20000000,"Line 1\nLine 2\nLine 3"',
    });
    expect(events.find((x) => x.line === 4)!.details.message).toBe('He said "ship it" – so let\'s go.');
    expect(events[events.length - 1].line).toBe(106);
    const phishing = events.filter((e) => e.details.message?.startsWith('URGENT'));
    expect(phishing.map((e) => e.line)).toEqual([79, 80, 81, 82]);
    expect(iso(phishing[3].time)).toBe('2024-05-13T18:15:02.000Z');
  });
});
