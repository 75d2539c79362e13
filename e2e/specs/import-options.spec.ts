/**
 * Import options in web mode (issue 3): a CSV no source knows gets the column-mapping dialog, is
 * imported with the mapping (its own page, the right times), and the next file of that kind
 * imports without asking; a CP932 file read as UTF-8 is imported again as CP932 from the Imports
 * page; a reject list is exported as CSV and read back.
 */
import iconv from 'iconv-lite';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '../fixtures/test';
import { csvRows } from '../pages/csv-text';
import { ImportOptions } from '../pages/import-options';

const DATA = resolve(__dirname, '../data');
const SIEM = `${DATA}/siem-export.csv`;
const SIEM_2 = `${DATA}/siem-export-2.csv`;

test('a generic CSV is mapped once: its page and times, the next file of that kind without asking, rejects exported', async ({ app, page }, info) => {
  const opts = new ImportOptions(app);
  await app.setZone('Asia/Tokyo');
  await app.importFiles([SIEM]);
  await expect(opts.result('siem-export.csv', 'needs-mapping')).toContainText(/the columns fit no known audit log/);
  const dialog = opts.dialog();
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Map the columns of siem-export.csv');

  // guesses filled in from the names and the samples
  await expect(opts.roleOf('timestamp')).toHaveValue('time');
  await expect(opts.roleOf('user')).toHaveValue('actorEmail');
  await expect(opts.roleOf('src_ip')).toHaveValue('ip');
  await expect(opts.roleOf('event')).toHaveValue('action');
  await expect(opts.roleOf('result')).toHaveValue('status');
  await expect(opts.roleOf('session_id')).toHaveValue('');
  // the preview reads the samples in the import's zone
  await expect(opts.previewRows()).toHaveCount(5);
  await expect(opts.previewRows().nth(4)).toContainText('2024-05-14 11:31:18 (+09:00)');

  // a format the column does not have: a clear error, nothing to confirm
  await dialog.getByTestId('mapping-format').selectOption('epoch-s');
  await expect(dialog.getByTestId('mapping-time-error')).toContainText('No sample value of “timestamp” is a time in this format');
  await expect(dialog.getByTestId('mapping-confirm')).toBeDisabled();
  await dialog.getByTestId('mapping-format').selectOption('iso');
  await expect(dialog.getByTestId('mapping-time-error')).toBeHidden();
  await dialog.getByTestId('mapping-name').fill('SIEM export');
  await expect(dialog).toContainText('custom.siem-export');
  await app.screenshots('30-mapping-dialog', info);
  await opts.mobileColumnsShot('30-mapping-dialog-columns', info);
  await opts.confirmMapping();

  await expect(opts.result('siem-export.csv', 'finished').getByTestId('count-added')).toContainText('8');
  await app.closeSummary();
  await expect(page.getByTestId('nav-custom.siem-export')).toContainText('8');
  await app.goTo('custom.siem-export');
  await expect(page.getByTestId('page-title')).toContainText('Other › SIEM export');
  // the file's own column names, mapped ones first (the grid renders the columns in view)
  const headers = ['timestamp (Asia/Tokyo)', 'user', 'event', 'result', 'src_ip'];
  for (const [i, h] of headers.entries()) await expect(app.gridHeaders().nth(i)).toHaveText(h);
  await app.expectCount(8);
  // newest first: 03:10:55Z is 12:10:55 in Tokyo
  const row = (i: number) => page.locator(`[data-testid="events-grid"] .ag-row[row-index="${i}"]`);
  await expect(row(0)).toContainText('2024-05-14 12:10:55');
  await expect(row(3)).toContainText('2024-05-14 11:31:18');
  await expect(row(3)).toContainText('203.0.113.45');
  await app.screenshots('31-mapped-source-page', info);

  // the same columns in another order: imported with the saved mapping, no dialog
  await app.importFiles([SIEM_2]);
  const second = opts.result('siem-export-2.csv', 'finished');
  await expect(second.getByTestId('count-added')).toContainText('2');
  await expect(second.getByTestId('count-rejected')).toContainText('3');
  await expect(opts.dialog()).toBeHidden();
  await app.closeSummary();
  await app.expectCount(10);

  // the reject list, exported through main and read back: formula-looking text neutralized
  const { name, text } = await opts.exportRejects('siem-export-2.csv', 'finished');
  expect(name).toMatch(/^auditlens-rejects-siem-export-2-\d{8}-\d{6}\.csv$/);
  expect(text.startsWith('\uFEFF')).toBe(true);
  const rows = csvRows(text.slice(1));
  expect(rows[0]).toEqual(['Line', 'Reason', 'Raw text', 'File']);
  expect(rows.slice(1).map((r) => [r[0], r[3]])).toEqual([['4', 'siem-export-2.csv'], ['5', 'siem-export-2.csv'], ['6', 'siem-export-2.csv']]);
  expect(rows[1][1]).toBe('invalid date in "timestamp": "yesterday" (time format: iso)');
  expect(rows[2][2]).toBe("'=cmd|' /C calc'!A0,success,not a time,attacker@example.net,203.0.113.45,s-1008,curl/8.0");
  expect(rows[3][1]).toBe('expected 7 fields, found 4');
  await expect(page.getByTestId('notice')).toContainText('Exported 3 rejected lines');

  // Settings lists the mapping
  await app.navigate('settings');
  await expect(page.getByTestId('mapping-item')).toHaveCount(1);
  await expect(page.getByTestId('mapping-item')).toContainText('SIEM export');
  await expect(page.getByTestId('mapping-item')).toContainText('custom.siem-export');
  await app.screenshots('32-settings-mappings', info);
});

test('Re-import as…: a CP932 file read as UTF-8 fails clearly, read again as CP932 it imports', async ({ app, page }, info) => {
  const opts = new ImportOptions(app);
  const ja = readFileSync(`${DATA}/vendor/naverworks-login-ja.csv`, 'utf8').replace(/^\uFEFF/, '');
  const file = info.outputPath('login-ja-cp932.csv');
  writeFileSync(file, iconv.encode(ja, 'cp932'));
  await app.setZone('Asia/Tokyo');
  await app.importFiles([file]);
  await expect(opts.result('login-ja-cp932.csv', 'finished').getByTestId('count-added')).toContainText('54');
  await app.closeSummary();

  // read as UTF-8 (wrongly): it fails and names the fix; the earlier events are rolled back
  await opts.reimportAs('login-ja-cp932.csv', 'finished', 'utf-8');
  await expect(opts.result('login-ja-cp932.csv', 'failed')).toContainText(/bytes that are not valid utf-8 .* choose the file's encoding by hand/);
  await app.closeSummary();
  await expect(opts.importRow('login-ja-cp932.csv', 'replaced')).toHaveCount(1);
  const failed = opts.importRow('login-ja-cp932.csv', 'failed');
  await expect(failed.getByTestId('import-encoding')).toHaveText('utf-8chosen by you');

  // the picker on the failed import, then CP932
  await failed.click();
  await page.getByTestId('reimport-encoding').selectOption('cp932');
  await app.screenshots('33-imports-reimport-picker', info);
  await page.getByTestId('reimport-button').click();
  await expect(opts.result('login-ja-cp932.csv', 'finished').getByTestId('count-added')).toContainText('54');
  await app.closeSummary();
  const fixed = opts.importRow('login-ja-cp932.csv', 'finished');
  await expect(fixed.getByTestId('import-encoding')).toHaveText('cp932chosen by you');
  await expect(opts.importRow('login-ja-cp932.csv', 'replaced')).toHaveCount(2);

  await app.navigate('naverworks.login');
  await app.expectCount(54);
  await expect(page.locator('[data-testid="events-grid"] .ag-row[row-index="0"]')).toContainText('ログインに成功しました');
});
