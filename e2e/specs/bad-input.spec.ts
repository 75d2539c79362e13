/** Bad files get a clear message naming the file (and line); good rows still import; nothing stored changes. */
import { resolve } from 'node:path';
import { WebSocket } from 'ws';
import { expect, test } from '../fixtures/test';

const DATA = resolve(__dirname, '../data');
const LOGIN = resolve(__dirname, '../data/vendor/naverworks-login.csv');

test('empty, binary and non-audit files fail clearly; rejected lines are listed with their reason', async ({ app, page }, info) => {
  await app.setZone('Asia/Tokyo');
  await app.importFiles([LOGIN]);
  await app.closeSummary();
  await app.expectCount(123);

  await app.importFiles([`${DATA}/empty.csv`, `${DATA}/binary.csv`, `${DATA}/not-audit.csv`, `${DATA}/login-bad-rows.csv`]);
  await expect(page.getByTestId('import-result')).toHaveCount(4);
  const empty = app.resultFor('empty.csv');
  await expect(empty).toContainText('failed');
  await expect(empty).toContainText('empty.csv');
  await expect(empty).toContainText(/empty/i);
  await expect(app.resultFor('binary.csv')).toContainText(/binary/i);
  const notAudit = app.resultFor('not-audit.csv');
  await expect(notAudit).toContainText('failed');
  await expect(notAudit).toContainText(/not a recognised audit log/i);

  const bad = app.resultFor('login-bad-rows.csv');
  await expect(bad.getByTestId('count-added')).toContainText('2');
  await expect(bad.getByTestId('count-rejected')).toContainText('2');
  const rejects = bad.getByTestId('reject-list');
  await expect(rejects).toContainText('line 3');
  await expect(rejects).toContainText(/expected 6 fields, found 5/);
  await expect(rejects).toContainText('line 5');
  await expect(rejects).toContainText(/2024-02-30/);
  await app.screenshots('07-bad-input-summary', info);
  await app.closeSummary();

  // The earlier import is untouched; only the two good rows were added.
  await app.expectCount(125);

  // In Japanese the same failures and reasons read in Japanese, stored English or not.
  await app.setSetting('language', 'ja');
  await app.goTo('imports');
  const rows = page.getByTestId('import-row');
  await expect(rows.filter({ hasText: 'empty.csv' })).toContainText('ファイルが空です');
  await expect(rows.filter({ hasText: 'binary.csv' })).toContainText('バイナリデータで、テキストの監査ログではありません');
  await expect(rows.filter({ hasText: 'not-audit.csv' })).toContainText('既知の監査ログではありません');
  await expect(rows.filter({ hasText: 'login-bad-rows.csv' })).toContainText('2 件のイベント、2 行を除外');
  await rows.filter({ hasText: 'login-bad-rows.csv' }).click();
  const table = page.getByTestId('reject-table');
  await expect(table).toContainText('フィールドが 5 個あります(6 個のはずです)');
  await expect(table).toContainText('「Date」の日時 "2024-02-30');
  await expect(table).not.toContainText('expected 6 fields');
  await app.screenshots('07-bad-input-imports-ja', info);
});

test('the host refuses requests without the session token or from a foreign origin', async ({ host, request }) => {
  const noToken = await request.get(`${host.origin}/`, { failOnStatusCode: false });
  expect(noToken.status()).toBe(403);
  const wrong = await request.get(`${host.origin}/?token=not-the-token`, { failOnStatusCode: false });
  expect(wrong.status()).toBe(403);
  const foreign = await request.get(`${host.origin}/?token=${host.token}`, { headers: { origin: 'http://evil.example' }, failOnStatusCode: false });
  expect(foreign.status()).toBe(403);
  const upload = await request.post(`${host.origin}/upload/open?name=x.csv&size=4`, { failOnStatusCode: false });
  expect(upload.status()).toBe(403);
  const good = await request.get(`${host.origin}/?token=${host.token}`);
  expect(good.status()).toBe(200);
  expect(good.headers()['content-security-policy']).toContain("default-src 'none'");
});

test('sockets need the token, our Host and our Origin', async ({ host }) => {
  const attempt = (url: string, headers: Record<string, string> = {}) => new Promise<string>((res) => {
    const ws = new WebSocket(url, { headers });
    ws.on('open', () => { ws.close(); res('open'); });
    ws.on('unexpected-response', (_req, r) => res(String(r.statusCode)));
    ws.on('error', () => res('error'));
  });
  const ws = host.origin.replace('http', 'ws');
  expect(await attempt(`${ws}/rpc`)).toBe('403');
  expect(await attempt(`${ws}/data?token=wrong`)).toBe('403');
  expect(await attempt(`${ws}/rpc?token=${host.token}`, { origin: 'http://evil.example' })).toBe('403');
  expect(await attempt(`${ws}/rpc?token=${host.token}`, { host: 'evil.example' })).toBe('403');
  expect(await attempt(`${ws}/rpc?token=${host.token}`, { origin: host.origin })).toBe('open');
});
