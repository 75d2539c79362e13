/**
 * The CSV sources added with the sources issue, as a user meets them: the Microsoft 365 unified
 * audit log export and the NAVER WORKS collaboration menus (small synthetic downloads: no fixture
 * exists for them), each on its own page with the vendor's columns, PC and mobile.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SOURCE_PAGES } from '../../shared/sources/catalog';
import { expect, test } from '../fixtures/test';
import type { AppPage } from '../pages/app-page';

const M365 = resolve(__dirname, '../data/vendor/m365-unified-audit.csv');
const YUKI = 'Yuki Tanaka (y.tanaka@example.com)';
const KENJI = 'Kenji Sato (k.sato@example.com)';

/** sourceId → lines of a download (UTF-8 with BOM, LF, as NAVER WORKS writes them). */
const MENUS: Record<string, string[]> = {
  'naverworks.files': ['File name,Service,User,Date,Service Type', `payroll-2024-04.xlsx,Drive (Folder),${YUKI},2024-05-14 02:38:12,PC Web`, `Q2 plan.docx,Mail,${KENJI},2024-05-13 10:02:00,Mobile App`],
  'naverworks.drive': ['Item,Status,Task,User,Date', `/Finance/payroll-2024-04.xlsx,Success,Download,${YUKI},2024-05-14 02:40:10`, `/Finance,Failure,Set accessible members,${YUKI},2024-05-14 02:41:00`],
  'naverworks.mail_received': ['Received Time,Reception Results,Sent server IP,Subject,Sender,Recipient,Mail Size(Bytes)', `2024-05-14 02:10:44,blocked,203.0.113.45,Invoice overdue,billing@example.net,${YUKI},48211`],
  'naverworks.mail_sent': ['Sent Time,Subject,Sender,Recipient,Status,Attachment,Mail Size(Bytes)', `2024-05-14 03:15:40,URGENT: verify your account,${YUKI},a.suzuki@example.com,Success,,2048`],
  'naverworks.bot_api': ['API name,Bot No.,Status,User,Date', `Send message to user,2000123,Success,${KENJI},2024-05-14 03:09:00`],
  'naverworks.calendar': ['Date,User,Service Type,Task,Subject,Calendar ID,Status', `2024-05-15 10:00:00,${KENJI},PC Web,Add event,Board meeting,c-1001,Success`],
  'naverworks.board': ['Date,User,Service Type,Task,Subject,Board Name,Status', `2024-05-15 10:00:00,${KENJI},PC Web,Delete post,Office move,Notices,Success`],
  'naverworks.note': ['Date,User,Service Type,Task,Subject,Board Name,Team/Group,Status', `2024-05-15 10:00:00,${KENJI},PC Web,Edit note,Minutes,Notes,Project Falcon,Failure`],
  'naverworks.form': ['Date,User,Service Type,Task,Form Title,Status', `2024-05-15 10:00:00,${KENJI},PC Web,Download results,Employee survey,Success`],
  'naverworks.share': ['Date,User,Shared by,Service Type,Task,Shared with', `2024-05-15 10:00:00,${KENJI},${YUKI},PC Web,Share screen,Aiko Suzuki (a.suzuki@example.com)`],
};

const dir = mkdtempSync(join(tmpdir(), 'auditlens-csv-sources-'));
const FILES = Object.entries(MENUS).map(([id, lines]) => {
  const p = join(dir, `${id.replace('.', '-')}.csv`);
  writeFileSync(p, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${lines.join('\n')}\n`)]));
  return p;
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

const pcHeaders = (id: string) => SOURCE_PAGES.find((p) => p.sourceId === id)!.columns.map((c) => (c.value === 'time' ? `${c.labels.en} (Asia/Tokyo)` : c.labels.en));

/** The grid shows the page's PC columns in order (AG Grid renders only the headers in view). */
async function expectPcHeaders(app: AppPage, id: string): Promise<void> {
  const want = pcHeaders(id);
  await expect(app.page.getByTestId('page-title')).toContainText(SOURCE_PAGES.find((p) => p.sourceId === id)!.labels.en);
  await expect(async () => {
    const shown = await app.gridHeaders().allTextContents();
    expect(shown.length).toBeGreaterThanOrEqual(Math.min(want.length, 5));
    expect(shown).toEqual(want.slice(0, shown.length));
  }).toPass();
}

test('Microsoft 365 and the NAVER WORKS collaboration menus, each on its page, PC and mobile', async ({ app, page }, info) => {
  test.setTimeout(300_000);
  await app.setZone('Asia/Tokyo');
  await app.importFiles([M365, ...FILES]);
  await expect(app.resultFor('m365-unified-audit.csv').getByTestId('count-added')).toContainText('105');
  await expect(page.getByTestId('import-result')).toHaveCount(1 + FILES.length);
  for (const f of FILES) await expect(page.getByTestId('import-result').filter({ hasText: f.slice(dir.length + 1) }).getByTestId('count-rejected')).toContainText('0');
  await app.closeSummary();

  await app.goTo('m365.unified_audit');
  await app.expectCount(105);
  await expectPcHeaders(app, 'm365.unified_audit');
  await app.screenshots('m365-page', info);

  for (const id of Object.keys(MENUS)) {
    await app.goTo(id);
    await app.expectCount(MENUS[id].length - 1);
    await expectPcHeaders(app, id);
  }
  await app.goTo('naverworks.drive');
  await expect(page.getByTestId('page-title')).toContainText('Drive');
  await app.screenshots('naverworks-drive', info);
  await app.goTo('naverworks.mail_received');
  await expect(page.getByTestId('page-title')).toContainText('Mail (received)');
  await expect(page.locator('[data-testid="events-grid"] [data-testid="status-cell"]').first()).toContainText('blocked');
  await app.screenshots('naverworks-mail-received', info);

  // mobile: the cards show the mobile column set of each page
  await app.setSetting('layout', 'mobile');
  for (const id of ['naverworks.files', 'naverworks.mail_received', 'naverworks.bot_api', 'naverworks.share']) {
    const mobile = SOURCE_PAGES.find((p) => p.sourceId === id)!.columns.filter((c) => c.mobile);
    await app.navigate(id);
    await expect(app.cards().first().locator('.card-line')).toHaveCount(mobile.length);
    await expect(app.cards().first().locator('.card-label')).toHaveText(mobile.map((c) => (c.value === 'time' ? `${c.labels.en} (Asia/Tokyo)` : c.labels.en)));
  }
  await app.navigate('naverworks.files');
  await page.screenshot({ path: info.outputPath('naverworks-files-mobile-cards.png') });
  await app.setSetting('language', 'ja');
  await app.navigate('naverworks.mail_received');
  await expect(app.cards().first().locator('.card-label').first()).toHaveText('件名');
  await page.screenshot({ path: info.outputPath('naverworks-mail-received-mobile-ja.png') });

  // Microsoft 365 (last: the condition stays with the search): the incident's mailbox rule
  await app.setSetting('language', 'en');
  await app.setSetting('layout', 'auto');
  await app.waitLayout('pc');
  await app.goTo('m365.unified_audit');
  await app.addCondition('action', 'eq', 'New-InboxRule');
  await app.expectCount(1);
  const row = page.locator('[data-testid="events-grid"] .ag-row[row-index="0"]');
  await expect(row).toContainText('2024-05-14 02:36:05');
  await expect(row).toContainText('203.0.113.45');
  await expect(row).toContainText('y.tanaka@example.com');
  await app.openDetail(0);
  await expect(page.getByTestId('detail-normalized')).toContainText('Exchange');
  await expect(page.getByTestId('detail-source')).toContainText('collector@example.net');
  await app.screenshots('m365-detail', info);
});
