/**
 * The audit screens in every window (issue #5): every page with the fixtures loaded, in both
 * layouts, both themes and three languages (screenshots kept as artifacts); the mobile cards show
 * exactly the vendor's mobile column set; display items persist across a reload; the event detail
 * (prev/next, provenance, Kintone Complement); hostile log content stays text.
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pageFor } from '../../shared/sources/catalog';
import { expect, test, type Page } from '../fixtures/test';
import type { AppPage } from '../pages/app-page';

const FIX = resolve(__dirname, '../data/vendor');
// Every vendor fixture, so that every source page is shown (CSV, JSON Lines, JSON pages).
const FILES = readdirSync(FIX).filter((f) => /\.(csv|json|jsonl)$/.test(f)).sort().map((f) => `${FIX}/${f}`);
const HOSTILE = resolve(__dirname, '../data/login-hostile.csv');

async function loadFixtures(app: AppPage): Promise<string[]> {
  await app.setZone('Asia/Tokyo');
  await app.importFiles(FILES);
  await app.closeSummary();
  const ids = await app.page.locator('[data-testid="sidebar"] section [data-testid^="nav-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!.slice(4)));
  // NAVER WORKS 6, Kintone, microCMS, M365, Okta, Google 2, Entra, GitHub, Slack
  expect(ids.length).toBeGreaterThanOrEqual(15);
  return ids;
}

async function settingsSaved(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-settings-saved', 'true');
}

test('every page in both layouts, both themes and three languages', async ({ app, page }, info) => {
  test.setTimeout(600_000);
  const sources = await loadFixtures(app);
  const pages = ['all', ...sources, 'imports', 'downloads', 'settings'];
  for (const lang of ['en', 'ja', 'ko']) {
    for (const theme of ['light', 'dark']) {
      await app.setSetting('language', lang);
      await app.setSetting('theme', theme);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      for (const id of pages) {
        await app.navigate(id);
        if (!['imports', 'downloads', 'settings'].includes(id)) await expect(page.getByTestId('match-count')).not.toHaveAttribute('data-count', '');
        await app.screenshots(`${lang}-${theme}-${id.replace(/\./g, '_')}`, info);
      }
    }
  }
  await expect(page.getByTestId('nav-all')).toContainText('모든 이벤트');
});

test('the Menu column names a menu as the side menu does; a pivot from it searches the stored name', async ({ app, page }, info) => {
  await loadFixtures(app);
  await app.setSetting('language', 'ja');
  await app.goTo('all');
  await app.quickSearch('source:naverworks.login');
  const logins = await app.matchCount();
  await expect(page.getByTestId('nav-naverworks.login')).toContainText(String(logins));
  const menuCell = page.locator('[data-testid="events-grid"] .ag-row[row-index="0"] [col-id="category"]');
  await expect(menuCell).toHaveText('ログイン');
  await app.screenshots('menu-column-ja', info);
  await menuCell.click({ button: 'right' });
  await page.getByTestId('pivot-filter').click();
  await expect(app.quickSearchBox()).toHaveValue('source:naverworks.login category:Login');
  await app.expectCount(logins);
  await expect(menuCell).toHaveText('ログイン');
  // Google's Login application stores the same menu name and reads as its own page
  await app.quickSearch('category:Login source:google.reports.login');
  await expect(menuCell).toHaveText('ログイン ログイベント');
  // typed as the screen shows it, the completion offers the stored name
  const box = app.quickSearchBox();
  await box.fill('');
  await box.pressSequentially('menu:委任');
  const offered = page.getByTestId('quick-search-suggestions').getByTestId('suggestion');
  await expect(offered).toHaveCount(1);
  await expect(offered).toHaveAttribute('data-insert', '"Delegated API"');
  await expect(offered).toContainText('委任API');
  await page.screenshot({ path: info.outputPath('menu-completion-ja-pc.png') });
  await box.press('ArrowDown');
  await box.press('Enter');
  await expect(box).toHaveValue('menu:"Delegated API" ');
  await box.press('Escape');
  await box.press('Enter');
  await expect(page.getByTestId('nav-naverworks.delegated_api')).toContainText(String(await app.matchCount()));
  // the builder's checklist: filtered by the words shown, ticking the stored name
  await page.getByTestId('quick-search-clear').click();
  await app.openAdvanced();
  await page.getByTestId('add-condition-root').click();
  const cond = page.getByTestId('builder-cond').last();
  await cond.getByTestId('cond-field').selectOption('category');
  await cond.getByTestId('cond-op').selectOption('in');
  await cond.getByTestId('checklist-filter').fill('委任');
  await expect(cond.getByTestId('value-option')).toHaveCount(1);
  await expect(cond.getByTestId('value-checklist')).toContainText('委任API');
  await page.screenshot({ path: info.outputPath('menu-checklist-ja-pc.png') });
  await cond.locator('[data-testid="value-option"][data-value="Delegated API"]').check();
  await page.getByTestId('builder-apply').click();
  await expect(app.quickSearchBox()).toHaveValue('category:("Delegated API")');
  await page.getByTestId('quick-search-clear').click();
  // the same list on a phone, behind the magnifier
  await page.setViewportSize({ width: 420, height: 860 });
  await app.waitLayout('mobile');
  await page.getByTestId('search-toggle').click();
  await box.fill('');
  await box.pressSequentially('menu:ロ');
  await expect(offered.first()).toBeVisible();
  await page.screenshot({ path: info.outputPath('menu-completion-ja-mobile.png') });
  await box.press('Escape');
  await page.setViewportSize({ width: 1400, height: 900 });
  await app.waitLayout('pc');
  await app.setSetting('language', 'en');
  await app.goTo('all');
  await app.quickSearch('category:Login source:google.reports.login');
  await expect(menuCell).toHaveText('Login log events');
});

test('the mobile layout shows exactly the mobile column set of each page', async ({ app, page }, info) => {
  const sources = await loadFixtures(app);
  // The toggle on the result bar switches the layout at any width.
  await app.goTo('all');
  await page.getByTestId('layout-toggle').click();
  await app.waitLayout('mobile');
  for (const id of sources) {
    const catalog = pageFor(id)!;
    expect(catalog, id).toBeTruthy();
    await app.navigate(id);
    const first = app.cards().first();
    await expect(first).toBeVisible();
    await expect(first.locator('.card-line')).toHaveCount(catalog.columns.filter((c) => c.mobile).length);
    const cols = await first.locator('.card-line').evaluateAll((els) => els.map((e) => e.getAttribute('data-col')));
    expect(cols).toEqual(catalog.columns.filter((c) => c.mobile).map((c) => c.value));
    await expect(first.locator('.card-label')).toHaveText(catalog.columns.filter((c) => c.mobile).map((c) => (c.value === 'time' ? `${c.labels.en} (Asia/Tokyo)` : c.labels.en)));
  }
  // Virtualized: a page of 123 events does not render 123 cards.
  await app.navigate('naverworks.login');
  expect(await app.cards().count()).toBeLessThan(60);
  await page.getByTestId('event-cards').evaluate((el) => { el.scrollTop = el.scrollHeight; });
  await expect(page.locator('[data-testid="event-card"][data-index="122"]')).toContainText('@');
  await page.screenshot({ path: info.outputPath('mobile-toggle-wide.png') });
  // The search sits behind the search icon, as on the vendors' app screens.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByTestId('period-preset')).toBeHidden();
  await page.getByTestId('search-toggle').click();
  await expect(page.getByTestId('period-preset')).toBeVisible();
  await page.screenshot({ path: info.outputPath('mobile-search-open.png') });
  await page.getByTestId('nav-toggle').click();
  await expect(page.getByTestId('sidebar')).toBeInViewport();
  await page.screenshot({ path: info.outputPath('mobile-menu-open.png') });
});

test('display items persist across a reload', async ({ app, page }) => {
  await loadFixtures(app);
  await app.goTo('naverworks.login');
  await page.getByTestId('edit-display-items').click();
  await page.getByTestId('display-show-details.loginMethod').uncheck();
  await page.getByTestId('display-show-level').check();
  await page.getByTestId('display-up-time').click();
  await page.getByTestId('display-pin-statusText').selectOption('left');
  await page.getByTestId('display-close').click();
  const expected = ['Description', 'Date (Asia/Tokyo)', 'User', 'IP Address', 'Service Type', 'Level'];
  await expect(app.gridHeaders()).toHaveText(expected);
  await settingsSaved(page);
  await page.reload();
  await app.open();
  await app.goTo('naverworks.login');
  await expect(app.gridHeaders()).toHaveText(expected);
  await expect(page.locator('[data-testid="events-grid"] .ag-row[row-index="0"] .ag-cell-last-left-pinned')).toHaveAttribute('col-id', 'statusText');
  // Other pages keep the vendor's columns.
  await app.goTo('naverworks.admin');
  await expect(app.gridHeaders().first()).toHaveText('Event Target');
});

test('the event detail: fields, provenance, raw row, prev/next, keyboard', async ({ app, page }, info) => {
  await loadFixtures(app);
  await app.goTo('naverworks.login');
  await app.openDetail(0);
  const detail = page.getByTestId('event-detail');
  await expect(page.getByTestId('detail-position')).toHaveText('1 of 123');
  await expect(detail.getByTestId('detail-normalized')).toContainText('Maria Lopez');
  await expect(detail.getByTestId('detail-source')).toContainText('Login method');
  await expect(detail.getByTestId('detail-provenance')).toContainText('naverworks-login.csv');
  await expect(detail.getByTestId('detail-provenance')).toContainText('Asia/Tokyo');
  await expect(detail.getByTestId('detail-raw')).toHaveText('Login successful,Maria Lopez (m.lopez@example.com),2024-05-17 19:21:49,198.51.100.25,Password,PC Web');
  await app.screenshots('detail-login', info);
  await page.getByTestId('detail-next').click();
  await expect(detail).toHaveAttribute('data-index', '1');
  await expect(page.getByTestId('detail-position')).toHaveText('2 of 123');
  await page.keyboard.press('ArrowRight');
  await expect(detail).toHaveAttribute('data-index', '2');
  await page.getByTestId('detail-prev').click();
  await expect(detail).toHaveAttribute('data-index', '1');
  await page.keyboard.press('Escape');
  await expect(detail).toBeHidden();

  // Keyboard: the first arrow enters the grid, Enter opens the detail, moving on moves it along.
  // (the cursor stayed on the last event shown: row 1)
  await page.locator('body').press('ArrowDown');
  await expect(page.locator('[data-testid="events-grid"] .ag-row[row-index="1"] .ag-cell-focus')).toHaveCount(1);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(detail).toHaveAttribute('data-index', '2');
  await page.keyboard.press('ArrowDown');
  await expect(detail).toHaveAttribute('data-index', '3');
  await page.keyboard.press('Escape');
  await expect(detail).toBeHidden();

  // Kintone: the Complement parsed into keys, each with its meaning from the glossary.
  await app.goTo('kintone.audit');
  await app.openDetail(0);
  const note = (table: string, field: string) => page.getByTestId(table).locator(`tr[data-field="${field}"] [data-testid="field-note"]`);
  await expect(page.getByTestId('detail-complement')).toContainText('appId');
  await expect(page.getByTestId('detail-complement')).toContainText('44');
  await expect(note('detail-complement', 'appId')).toHaveText('App ID — the app acted on; several apps are listed in brackets');
  await expect(note('detail-source', 'level')).toHaveText('Information — routine activity such as logins and record operations');
  await page.getByTestId('detail-complement').scrollIntoViewIfNeeded();
  await app.screenshots('detail-kintone', info);
  // the App update through the API that failed validation (kintone-audit.csv line 45): its target explained
  for (let i = 0; i < 43; i++) await page.keyboard.press('ArrowRight');
  await expect(detail).toHaveAttribute('data-index', '43');
  await expect(page.getByTestId('detail-complement').locator('tr[data-field="target"] .field-value')).toHaveText('adminNotes');
  await expect(note('detail-complement', 'target')).toHaveText('App admin notes — the notes for the app\'s administrators');
  await expect(note('detail-source', 'result')).toHaveText('Validation error — the action failed because the input was not valid');
  await page.getByTestId('detail-complement').scrollIntoViewIfNeeded();
  await app.screenshots('detail-kintone-target', info);
  await page.keyboard.press('Escape');
  // in the user's language
  await app.setSetting('language', 'ja');
  await app.navigate('kintone.audit');
  await app.openDetail(0);
  await expect(note('detail-complement', 'appId')).toHaveText('アプリID — 操作の対象になったアプリ。複数の場合は角かっこ内に並ぶ');
  await page.getByTestId('detail-complement').scrollIntoViewIfNeeded();
  await app.screenshots('detail-kintone-ja', info);
  await page.keyboard.press('Escape');
  await app.setSetting('language', 'en');

  // Mobile: tap a card.
  await app.setSetting('layout', 'mobile');
  await app.navigate('naverworks.login');
  await app.openDetail(3);
  await expect(page.getByTestId('detail-position')).toHaveText('4 of 123');
  await page.screenshot({ path: info.outputPath('detail-mobile.png') });
  await page.getByTestId('detail-close').click();
  await page.locator('body').press('ArrowDown');
  await expect(page.locator('[data-testid="event-card"][data-index="4"]')).toHaveClass(/active/);
  await page.locator('body').press('Enter');
  await expect(detail).toHaveAttribute('data-index', '4');
  await page.keyboard.press('Escape');

  // Help overlay and search focus.
  await page.keyboard.press('?');
  await expect(page.getByTestId('help-overlay')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('help-overlay')).toBeHidden();
});

test('hostile log content is shown as text and runs nothing', async ({ app, page }, info) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  await app.setZone('Asia/Tokyo');
  await app.importFiles([HOSTILE]);
  await app.closeSummary();
  await app.goTo('naverworks.login');
  await app.expectCount(2);
  const grid = page.getByTestId('events-grid');
  await expect(grid).toContainText('<img src=x onerror=alert(1)> (x@example.com)');
  await expect(grid).toContainText('<script>alert(2)</script>');
  await app.openDetail(1); // newest first: the hostile row is the older one
  await expect(page.getByTestId('detail-raw')).toContainText('<img src=x onerror=alert(1)>');
  await expect(page.getByTestId('detail-normalized')).toContainText('<img src=x onerror=alert(1)>');
  await app.screenshots('hostile', info);
  await app.setSetting('layout', 'mobile');
  await app.navigate('naverworks.login');
  await expect(page.locator('[data-testid="event-card"][data-index="1"]')).toContainText('<img src=x onerror=alert(1)>');
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.locator('script:not([src])')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test('marks, Log Download, settings after a reload, search shortcut', async ({ app, page }, info) => {
  await app.setZone('Asia/Tokyo');
  await app.importFiles([resolve(__dirname, '../data/login-formula.csv')]);
  await app.closeSummary();
  await app.goTo('naverworks.login');
  await app.expectCount(3);
  await expect(page.getByTestId('mark-formula').first()).toBeVisible();
  await app.exportCsv();
  await app.goTo('downloads');
  await expect(page.getByTestId('download-row')).toHaveCount(1);
  await expect(page.getByTestId('download-row')).toContainText('naverworks-login');
  await page.getByTestId('notice').getByRole('button').click();
  await app.screenshots('downloads-list', info);
  // on a phone each export is a card with its file name whole
  await app.asPhone(async () => {
    const card = page.getByTestId('downloads-cards').getByTestId('download-row');
    await expect(card).toHaveCount(1);
    await expect(card).toContainText(/auditlens-naverworks-login-\d{8}-\d{6}\.csv/);
    await expect(card).toContainText('NAVER WORKS › Login · CSV');
    expect(await page.getByTestId('downloads-cards').evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  });
  await app.setSetting('language', 'ja');
  await app.setSetting('density', 'comfortable');
  await settingsSaved(page);
  await page.reload();
  await app.open();
  await expect(page.getByTestId('nav-all')).toContainText('すべてのイベント');
  await app.goTo('naverworks.login');
  await expect(page.getByTestId('events-grid')).toHaveAttribute('data-density', 'comfortable');
  await page.locator('body').press('/');
  await expect(page.getByTestId('quick-search')).toBeFocused();
  await app.screenshots('formula-marks-ja', info);
});
