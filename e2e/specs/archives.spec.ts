/**
 * An archive as analysts receive it (issue 3), through the UI: one ZIP holding several vendors'
 * logs in folders — CSV, JSON Lines, an API page, a gzip inside the ZIP, a CP932 entry name without
 * the UTF-8 flag — plus what a Mac and a human add (`__MACOSX/`, `._` files, a README, an empty
 * file). Every entry is its own import named `archive.zip › path`; the skips say why; the counts
 * add up to the vendors' own files; each vendor gets its page. Then an XLSX workbook.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as iconv from 'iconv-lite';
import * as XLSX from 'xlsx';
import { makeZip } from '../../main/ingest/test-zip';
import { expect, test } from '../fixtures/test';

const FIX = resolve(__dirname, '../data/vendor');
const fixture = (name: string) => readFileSync(join(FIX, name));
/** Records in a fixture, counted from the file itself: data lines of a CSV, lines of JSON Lines. */
const csvRows = (name: string) => fixture(name).toString('utf8').split('\n').filter((l, i) => i > 0 && l.trim() !== '').length;
const jsonlRows = (name: string) => fixture(name).toString('utf8').split('\n').filter((l) => l.trim() !== '').length;

/** An Excel date cell: a serial day count that means a wall-clock time, in no zone of its own. */
const serial = (y: number, mo: number, d: number, h: number, mi: number, sec: number) =>
  ({ t: 'n', v: (Date.UTC(y, mo, d, h, mi, sec) - Date.UTC(1899, 11, 30)) / 86_400_000, z: 'yyyy-mm-dd hh:mm:ss' });

const JA_NAME = 'ログ/管理者.csv';

function archive(dir: string): string {
  const zip = makeZip([
    { name: 'export/naverworks/login.csv', data: fixture('naverworks-login.csv') },
    { name: iconv.encode(JA_NAME, 'cp932'), data: fixture('naverworks-admin.csv'), utf8Flag: false },
    { name: 'export/kintone/audit.csv', data: fixture('kintone-audit.csv') },
    { name: 'export/okta/system-log.jsonl.gz', data: gzipSync(fixture('okta-system-log.jsonl')) },
    { name: 'export/slack/page-1.json', data: fixture('slack-audit-logs.json') },
    { name: '__MACOSX/export/naverworks/._login.csv', data: Buffer.from([0, 5, 22, 7, 0, 2, 0, 0]) },
    { name: 'export/._kintone', data: Buffer.from([0, 5, 22, 7]) },
    { name: 'export/README.txt', data: 'Exported 2024-05-18 by the admin team. Do not forward.\n' },
    { name: 'export/empty.csv', data: '' },
  ]);
  const path = join(dir, 'incident-2024-05-14.zip');
  writeFileSync(path, zip);
  return path;
}

test('a ZIP of several vendors imports entry by entry, with skips explained and counts that add up', async ({ app, page }, info) => {
  const dir = mkdtempSync(join(tmpdir(), 'auditlens-archive-'));
  await app.setZone('Asia/Tokyo');
  await app.importFiles([archive(dir)]);
  const results = page.getByTestId('import-result');
  // five logs and four skips, each on its own line of the summary
  await expect(results).toHaveCount(9);
  const expected: [string, number][] = [
    ['export/naverworks/login.csv', csvRows('naverworks-login.csv')],
    [JA_NAME, csvRows('naverworks-admin.csv')],
    ['export/kintone/audit.csv', 169],
    ['export/okta/system-log.jsonl.gz', jsonlRows('okta-system-log.jsonl')],
    ['export/slack/page-1.json', (JSON.parse(fixture('slack-audit-logs.json').toString('utf8')) as { entries: unknown[] }).entries.length],
  ];
  for (const [entry, n] of expected) {
    const r = results.filter({ hasText: `incident-2024-05-14.zip › ${entry}` });
    await expect(r, entry).toHaveAttribute('data-status', 'finished');
    await expect(r.getByTestId('count-added')).toContainText(String(n));
  }
  for (const entry of ['__MACOSX/export/naverworks/._login.csv', 'export/._kintone', 'export/README.txt', 'export/empty.csv']) {
    await expect(results.filter({ hasText: `› ${entry}` }), entry).toHaveAttribute('data-status', 'skipped');
  }
  await expect(page.getByTestId('import-totals')).toHaveText(`9 files: ${expected.reduce((s, [, n]) => s + n, 0)} added, 0 duplicates, 0 rejected, 4 skipped`);
  await page.screenshot({ path: info.outputPath('archive-summary-pc.png') });
  await app.closeSummary();

  const total = expected.reduce((s, [, n]) => s + n, 0);
  await app.goTo('all');
  await app.expectCount(total);
  for (const id of ['naverworks.login', 'naverworks.admin', 'kintone.audit', 'okta.system_log', 'slack.audit']) {
    await expect(page.getByTestId(`nav-${id}`), id).toBeVisible();
  }
  await app.goTo('okta.system_log');
  await app.expectCount(jsonlRows('okta-system-log.jsonl'));

  // The Imports page keeps each entry's provenance, source and status.
  await app.goTo('imports');
  const rows = page.getByTestId('import-row');
  await expect(rows).toHaveCount(9);
  await expect(rows.filter({ hasText: JA_NAME })).toContainText('naverworks.admin');
  await expect(rows.filter({ hasText: 'README.txt' }).getByTestId('import-status')).toHaveText(/^skipped$/i);
  await app.screenshots('archive-imports', info);

  // The same archive again adds nothing.
  await app.goTo('all');
  await app.importFiles([join(dir, 'incident-2024-05-14.zip')]);
  await expect(results.filter({ hasText: 'login.csv' }).first().getByTestId('count-added')).toContainText('0');
  await app.closeSummary();
  await app.expectCount(total);
});

test('an XLSX workbook: every sheet with a known header, date serials read in the import zone', async ({ app, page }, info) => {
  const dir = mkdtempSync(join(tmpdir(), 'auditlens-xlsx-'));
  const wb = XLSX.utils.book_new();
  const login = [['Description', 'User', 'Date', 'IP Address', 'Login method', 'Service Type'],
    ['Login failed (incorrect password)', 'Yuki Tanaka (y.tanaka@example.com)', serial(2024, 4, 14, 2, 5, 11), '203.0.113.45', 'Password', 'IMAP'],
    ['Login successful', 'Yuki Tanaka (y.tanaka@example.com)', serial(2024, 4, 14, 2, 31, 18), '203.0.113.45', 'Password', 'IMAP']];
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(login), 'Login');
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['Notes'], ['exported for the incident review']]), 'Notes');
  const path = join(dir, 'login-review.xlsx');
  XLSX.writeFile(wb, path);

  await app.setZone('Asia/Tokyo');
  await app.importFiles([path]);
  await expect(page.getByTestId('import-result').first()).toHaveAttribute('data-status', 'finished');
  await expect(page.getByTestId('import-result').first().getByTestId('count-added')).toContainText('2');
  await app.closeSummary();
  await app.goTo('naverworks.login');
  await app.expectCount(2);
  // The serial's wall clock (02:31:18) is a Tokyo time, shown as written in the Tokyo display zone.
  await expect(page.locator('[data-testid="events-grid"] .ag-row[row-index="0"]')).toContainText('2024-05-14 02:31:18');
  await app.screenshots('xlsx-login', info);
});
