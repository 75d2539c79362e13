/**
 * The whole path in web mode: import the NAVER WORKS fixtures, see the counts, open the Login page
 * with the vendor's columns, narrow by period and condition, export and read the CSV back.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '../fixtures/test';
import { csvRows } from '../pages/csv-text';

const FIX = resolve(__dirname, '../data/vendor');
const LOGIN = `${FIX}/naverworks-login.csv`;
const LOGIN_JA = `${FIX}/naverworks-login-ja.csv`;
const ADMIN = `${FIX}/naverworks-admin.csv`;

test('import, browse, narrow and export the NAVER WORKS fixtures', async ({ app, page }, info) => {
  await expect(page.getByTestId('empty-state')).toBeVisible();
  await app.screenshots('01-empty', info);
  await app.setZone('Asia/Tokyo');

  // On a phone the toolbar's Open files… is folded away with the search: the empty screen's own
  // button opens the same chooser.
  await app.asPhone(async () => {
    await expect(page.getByTestId('open-files')).toBeHidden();
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('empty-open-files').click();
    await (await chooser).setFiles([LOGIN, LOGIN_JA, ADMIN]);
    await expect(page.getByTestId('import-summary')).toBeVisible();
  });
  await expect(app.resultFor('naverworks-login.csv').getByTestId('count-added')).toContainText('123');
  // the Japanese download holds the same 2024-05-14 events as the English one: all duplicates
  await expect(app.resultFor('naverworks-login-ja.csv').getByTestId('count-added')).toHaveText(/^0 /);
  await expect(app.resultFor('naverworks-login-ja.csv').getByTestId('count-duplicates')).toContainText('54');
  await expect(app.resultFor('naverworks-admin.csv').getByTestId('count-added')).toContainText('71');
  for (const f of ['naverworks-login.csv', 'naverworks-login-ja.csv', 'naverworks-admin.csv']) {
    await expect(app.resultFor(f).getByTestId('count-rejected')).toContainText('0');
  }
  await app.screenshots('02-import-summary', info);
  await app.closeSummary();
  await app.expectCount(194);
  await expect(page.getByTestId('nav-naverworks.login')).toContainText('123');
  await expect(page.getByTestId('nav-naverworks.admin')).toContainText('71');

  // Newest first: the first grid row is the latest event of all three files.
  const firstRow = page.locator('[data-testid="events-grid"] .ag-row[row-index="0"]');
  await expect(firstRow).toContainText('2024-05-17 19:21:49');
  await app.screenshots('03-all-events', info);

  await app.goTo('naverworks.login');
  await expect(page.getByTestId('page-title')).toContainText('Login');
  await expect(app.gridHeaders()).toHaveText(['Description', 'User', 'Date (Asia/Tokyo)', 'IP Address', 'Login method', 'Service Type']);
  await app.expectCount(123);
  await expect(firstRow).toContainText('Maria Lopez (m.lopez@example.com)');
  await app.screenshots('04-login-page', info);

  // The night of the password spraying, in Tokyo time, failures only.
  await app.setCustomPeriod('2024-05-14T00:00', '2024-05-15T00:00');
  await app.expectCount(54);
  await app.addCondition('status', 'eq', 'failure');
  await app.expectCount(31);
  await app.addCondition('ip', 'cidr', '203.0.113.0/24');
  const narrowed = await app.matchCount();
  expect(narrowed).toBeGreaterThan(0);
  expect(narrowed).toBeLessThan(31);
  await expect(page.locator('[data-testid="events-grid"] [data-testid="status-cell"]').first()).toContainText('failed');
  await app.screenshots('05-login-filtered', info);

  const csv = await app.exportCsv();
  expect(csv.bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  const rows = csvRows(csv.text.slice(1));
  expect(rows[0]).toEqual(['Description', 'User', 'Date (Asia/Tokyo)', 'IP Address', 'Login method', 'Service Type']);
  expect(rows.length - 1).toBe(narrowed);
  for (const r of rows.slice(1)) {
    expect(r[2] >= '2024-05-14T00:00:00+09:00' && r[2] < '2024-05-15T00:00:00+09:00').toBe(true);
    expect(r[3]).toMatch(/^203\.0\.113\./);
  }
  const dates = rows.slice(1).map((r) => r[2]);
  expect([...dates].sort().reverse()).toEqual(dates);
});

test('re-importing a file adds nothing and says so; the Imports page lists every import', async ({ app, page }, info) => {
  await app.setZone('Asia/Tokyo');
  await app.importFiles([LOGIN]);
  await app.closeSummary();
  await app.importFiles([LOGIN]);
  const again = app.resultFor('naverworks-login.csv');
  await expect(again.getByTestId('count-added')).toContainText('0');
  await expect(again.getByTestId('count-duplicates')).toContainText('123');
  await expect(again.getByTestId('nothing-new')).toBeVisible();
  await app.closeSummary();
  await app.expectCount(123);

  await app.goTo('imports');
  const rows = page.getByTestId('import-row');
  await expect(rows).toHaveCount(2);
  const sha = createHash('sha256').update(readFileSync(LOGIN)).digest('hex');
  await expect(rows.first()).toContainText('naverworks-login.csv');
  await expect(rows.first().getByTestId('import-source')).toContainText('NAVER WORKS › Login');
  await expect(rows.first().getByTestId('import-source')).toContainText('naverworks.login');
  await expect(rows.first()).toContainText(sha.slice(0, 12));
  await expect(rows.first()).toContainText('finished');
  await rows.first().click();
  await expect(page.getByText(`SHA-256 ${sha}`)).toBeVisible();
  await app.screenshots('06-imports-page', info);

  // On a phone each import is a card holding what the table's twelve columns say, no sideways scroll.
  await app.asPhone(async () => {
    const cards = page.getByTestId('imports-cards').getByTestId('import-row');
    await expect(cards).toHaveCount(2);
    await expect(cards.first()).toContainText('finished');
    await expect(cards.first()).toContainText('123 Duplicates');
    await expect(cards.first().getByTestId('import-source')).toHaveText('NAVER WORKS › Login');
    await expect(cards.first()).toContainText(sha.slice(0, 16));
    await expect(cards.first()).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByText(`SHA-256 ${sha}`)).toBeVisible();
    expect(await page.getByTestId('imports-cards').evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    await cards.nth(1).click();
    await expect(cards.nth(1)).toHaveAttribute('aria-expanded', 'true');
    await expect(cards.first()).toHaveAttribute('aria-expanded', 'false');
  });
});

test('export neutralizes formula cells', async ({ app }) => {
  await app.setZone('Asia/Tokyo');
  await app.importFiles([resolve(__dirname, '../data/login-formula.csv')]);
  await app.closeSummary();
  await app.goTo('naverworks.login');
  await app.expectCount(3);
  const rows = csvRows((await app.exportCsv()).text.slice(1));
  const cells = rows.slice(1).flat();
  expect(cells).toContain(`'=HYPERLINK("http://example.com","x") (e.vil@example.com)`);
  expect(cells).toContain("'+cmd|calc");
  expect(cells).toContain("'@SUM(1+1) (s@example.com)");
  expect(cells).toContain("'-2+3");
  expect(cells.some((c) => /^[=+@-]/.test(c))).toBe(false);
});
