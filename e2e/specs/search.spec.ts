/**
 * The search screen as an analyst meets it (issue #4): the night-time password spraying of
 * 2024-05-14 (JST) built in the advanced builder and typed in quick search (same exact count,
 * computed here from the fixture files), a pivot from an IP cell to every source, histogram
 * brushing, saved searches across a reload, browser back, facets, parse errors, completion.
 * Screenshots of each panel in PC and mobile layouts, light and dark.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '../fixtures/test';
import { expectedSpraying, FILES, FIX, load, ROWS, shots, SPRAY_QS, SPRAY_WRITTEN } from '../pages/search-helpers';
import { csvRecords } from '../pages/csv-text';

async function searchesSaved(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('data-searches-saved', 'true');
}

test('the night-time spraying: builder and quick search give the same exact count', async ({ app, page }, info) => {
  const expected = expectedSpraying();
  expect(expected).toBeGreaterThan(10);
  await load(app);

  // Advanced: a time range in the display zone, then status, CIDR and service type.
  await app.openAdvanced();
  await page.getByTestId('add-condition-root').click();
  let row = page.getByTestId('builder-cond').last();
  await row.getByTestId('cond-field').selectOption('time');
  await expect(row.getByTestId('cond-op')).toHaveValue('between');
  await expect(row).toContainText('Asia/Tokyo');
  await row.getByTestId('cond-from').fill('2024-05-14T00:00');
  await row.getByTestId('cond-to').fill('2024-05-14T06:00');
  await app.addCondition('status', 'in', 'failure');
  await page.getByTestId('add-condition-root').click();
  row = page.getByTestId('builder-cond').last();
  await row.getByTestId('cond-field').selectOption('ip');
  await row.getByTestId('cond-value').fill('203.0.113.0/33');
  await expect(row.getByTestId('cond-problem')).toHaveAttribute('data-problem', 'builder.badCidr');
  await row.getByTestId('cond-value').fill('203.0.113.0/24');
  await expect(row.getByTestId('cond-problem')).toHaveCount(0);
  await page.getByTestId('add-condition-root').click();
  row = page.getByTestId('builder-cond').last();
  await row.getByTestId('cond-field').selectOption('serviceType');
  // the value picker lists the data's own values with their counts
  await expect(row.locator('[data-testid="value-option"][data-value="IMAP"]')).toBeVisible();
  for (const v of ['IMAP', 'POP3', 'SMTP']) await row.locator(`[data-testid="value-option"][data-value="${v}"]`).check();
  await expect(page.getByTestId('draft-pending')).toBeVisible();
  await expect(page.getByTestId('draft-count')).toHaveAttribute('data-count', String(expected));
  await page.getByTestId('builder-apply').click();
  await app.expectCount(expected);
  await expect(page.getByTestId('filter-summary')).toContainText('IP address is in 203.0.113.0/24');
  await expect(page.getByTestId('filter-summary')).toContainText('(Asia/Tokyo)');
  // the box shows the same tree as text ("is one of" a single value is written as a list of one)
  await expect(app.quickSearchBox()).toHaveValue(SPRAY_WRITTEN.replace('status:failure', 'status:(failure)'));
  await shots(app, 'search-01-builder', info);

  // The same search typed: clear, type, Enter.
  await page.getByTestId('quick-search-clear').click();
  await app.expectCount(ROWS.length);
  await expect(page.getByTestId('builder-cond')).toHaveCount(0);
  await app.quickSearch(SPRAY_QS);
  await app.expectCount(expected);
  await expect(app.quickSearchBox()).toHaveValue(SPRAY_WRITTEN);
  await expect(page.getByTestId('builder-cond')).toHaveCount(4);
  const fields = await page.getByTestId('cond-field').evaluateAll((els) => els.map((e) => (e as HTMLSelectElement).value));
  expect(fields).toEqual(['time', 'status', 'ip', 'serviceType']);
  await expect(page.getByTestId('builder-cond').nth(3).locator('[data-testid="value-option"][data-value="POP3"]')).toBeChecked();
  await expect(page.getByTestId('condition-count')).toHaveText('4');

  // Every row shown is a failure from the block.
  await expect(page.locator('[data-testid="events-grid"] .ag-row[row-index="0"]')).toContainText('203.0.113.');
  await expect(page.locator('[data-testid="events-grid"] [data-testid="status-cell"]').first()).toContainText('Failure');
});

test('quick search: completion of fields and values, errors at their character', async ({ app, page }, info) => {
  await load(app);
  const box = app.quickSearchBox();
  await page.locator('body').press('/');
  await expect(box).toBeFocused();
  await box.pressSequentially('serv');
  const list = page.getByTestId('quick-search-suggestions');
  await expect(list.getByTestId('suggestion').first()).toHaveAttribute('data-insert', 'service:');
  await box.press('Tab');
  await expect(box).toHaveValue('service:');
  // values with their counts, from the data
  await expect(list.locator('[data-insert="IMAP"]')).toBeVisible();
  await expect(list.locator('[data-insert="IMAP"]')).toContainText(String(ROWS.filter((r) => r['Service Type'] === 'IMAP').length));
  await page.screenshot({ path: info.outputPath('search-02-completion-pc.png') });
  await box.pressSequentially('PO');
  await expect(list.getByTestId('suggestion')).toHaveCount(1);
  await box.press('ArrowDown');
  await box.press('Enter');
  await expect(box).toHaveValue('service:POP3 ');
  await box.press('Escape');
  await box.press('Enter');
  await app.expectCount(ROWS.filter((r) => r['Service Type'] === 'POP3').length);
  // the list in the mobile layout, behind the magnifier
  await page.setViewportSize({ width: 420, height: 860 });
  await app.waitLayout('mobile');
  await page.getByTestId('search-toggle').click();
  await box.press('End');
  await box.pressSequentially(' user:');
  await expect(list.getByTestId('suggestion').first()).toBeVisible();
  await page.screenshot({ path: info.outputPath('search-02-completion-mobile.png') });
  await box.press('Escape');
  await box.fill('service:POP3');
  await box.press('Enter');
  await page.setViewportSize({ width: 1400, height: 900 });
  await app.waitLayout('pc');

  // An error points at its character and nothing runs.
  await box.fill('status:failure service:(IMAP OR POP3');
  await expect(page.getByTestId('quick-search-error')).toBeVisible();
  await expect(page.getByTestId('quick-search-error')).toHaveAttribute('data-position', '23');
  await expect(page.getByTestId('quick-search-error')).toContainText('unclosed parenthesis');
  await expect(page.getByTestId('quick-search-caret')).toBeVisible();
  // Enter does not run it: it puts the caret on the error
  await box.press('Enter');
  expect(await box.evaluate((el: HTMLInputElement) => el.selectionStart)).toBe(23);
  await app.expectCount(ROWS.filter((r) => r['Service Type'] === 'POP3').length);
  await shots(app, 'search-03-parse-error', info);
  await box.press('End');
  await box.pressSequentially(')');
  await expect(page.getByTestId('quick-search-error')).toBeHidden();
  await box.press('Enter');
  await expect(box).toHaveValue('status:failure service:(IMAP OR POP3)');
});

test('quick search: errors in the UI language, values as typed', async ({ app, page }, info) => {
  await load(app);
  const box = app.quickSearchBox();
  const error = page.getByTestId('quick-search-error');
  await app.setSetting('language', 'ja');
  await app.navigate('all');
  await box.fill('status:failure service:(IMAP OR POP3');
  await box.press('Enter');
  await expect(error).toHaveAttribute('data-position', '23');
  await expect(error).toHaveAttribute('data-code', 'unclosed-paren');
  await expect(error).toContainText('24 文字目: 括弧が閉じていません: ) を追加してください');
  await box.fill('status:failure usr:k.sato');
  await box.press('Enter');
  await expect(error).toContainText('不明なフィールド "usr" です。使えるフィールド: user, actor');
  await shots(app, 'search-14-ja-parse-error', info);
  // a problem of the whole query (found after parsing) is worded too
  await box.fill('status:failure -""');
  await box.press('Enter');
  await expect(error).toContainText('実行できません: "" の中に検索する文字がありません');

  await app.setSetting('language', 'ko');
  await app.navigate('all');
  await box.fill('status:failure ip:203.0.113.0/33');
  await box.press('Enter');
  await expect(error).toHaveAttribute('data-position', '18');
  await expect(error).toContainText('19번째 문자: 잘못된 CIDR: 프리픽스 /33이(가) IPv4 주소의 32비트보다 깁니다');
  await shots(app, 'search-15-ko-parse-error', info);
});

test('pivot from an IP cell: a new search on All events with only that IP', async ({ app, page }, info) => {
  await load(app);
  await app.goTo('naverworks.login');
  await app.quickSearch('ip:203.0.113.0/24 status:success');
  const ipCell = page.locator('[data-testid="events-grid"] .ag-row[row-index="0"] [col-id="ip"]');
  await app.expectCount(ROWS.filter((r) => (r['IP Address'] ?? '').startsWith('203.0.113.') && r.Description?.startsWith('Login successful')).length);
  await expect(ipCell).toHaveText(/^203\.0\.113\./);
  const ip = (await ipCell.textContent())?.trim() ?? '';
  await ipCell.click({ button: 'right' });
  await expect(page.getByTestId('pivot-menu')).toBeVisible();
  await shots(app, 'search-04-pivot-menu', info, 'none');
  await ipCell.click({ button: 'right' });
  await page.getByTestId('pivot-new').click();
  await expect(page.getByTestId('page-title')).toHaveText('All events');
  await expect(page.getByTestId('nav-all')).toHaveAttribute('aria-current', 'page');
  await expect(app.quickSearchBox()).toHaveValue(`ip:${ip}`);
  const across = ROWS.filter((r) => r['IP Address'] === ip);
  const sources = FILES.filter((f) => csvRecords(readFileSync(`${FIX}/${f}`, 'utf8')).some((r) => r['IP Address'] === ip));
  expect(sources.length).toBeGreaterThan(1);
  await app.expectCount(across.length);

  // Keyboard: Shift+F10 on a focused cell, then X excludes that user.
  const userCell = page.locator('[data-testid="events-grid"] .ag-row[row-index="0"] [col-id="actor"]');
  await userCell.focus(); // (a click would open the detail, which takes the focus)
  await page.keyboard.press('Shift+F10');
  await expect(page.getByTestId('pivot-menu')).toBeVisible();
  await expect(page.getByTestId('pivot-filter')).toBeFocused();
  await page.keyboard.press('x');
  await expect(app.quickSearchBox()).toHaveValue(new RegExp(`^ip:${ip.replace(/\./g, '\\.')} -user:\\S+$`));
  expect(await app.matchCount()).toBeLessThan(across.length);

  // From the event detail: the IP's ⋯ button filters to it.
  await page.getByTestId('quick-search-clear').click();
  await app.openDetail(0);
  const detailIp = await page.locator('[data-testid="detail-normalized"] tr[data-field="ip"] .field-value').textContent();
  await page.locator('[data-testid="detail-normalized"] [data-testid="detail-pivot"][data-field="ip"]').click();
  await page.getByTestId('pivot-filter').click();
  await expect(app.quickSearchBox()).toHaveValue(`ip:${detailIp}`);
  await app.expectCount(ROWS.filter((r) => r['IP Address'] === detailIp).length);

  // A cell's text is selected with the mouse, to be copied (selectable by CSS, not the grid's option).
  const timeCell = page.locator('[data-testid="events-grid"] .ag-row[row-index="0"] [col-id="time"]');
  await expect(timeCell).toHaveText(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
  const box = (await timeCell.boundingBox())!;
  await page.mouse.move(box.x + 4, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width - 2, box.y + box.height / 2, { steps: 6 });
  await page.mouse.up();
  const selected = await page.evaluate(() => window.getSelection()?.toString() ?? '');
  expect(selected.length).toBeGreaterThan(6);
  expect((await timeCell.textContent())?.trim()).toContain(selected.trim());
});

test('facets filter and exclude; sorting by a column goes to the worker', async ({ app, page }, info) => {
  await load(app);
  const facets = page.getByTestId('facets-panel');
  await expect(facets.getByTestId('facet-status')).toBeVisible();
  const failures = facets.locator('[data-testid="facet-status"] [data-value="failure"]');
  const n = Number((await failures.locator('.facet-count').textContent())?.replace(/\D/g, ''));
  await failures.locator('.facet-pick').click();
  await app.expectCount(n);
  await expect(app.quickSearchBox()).toHaveValue('status:failure');
  await expect(failures).toHaveAttribute('data-state', 'include');
  // shift-click excludes, and flips the include
  await facets.locator('[data-testid="facet-status"] [data-value="failure"] .facet-pick').click();
  await app.expectCount(ROWS.length);
  await facets.locator('[data-testid="facet-ip"] [data-value="198.51.100.30"]').getByTestId('facet-exclude').click();
  await app.expectCount(ROWS.length - ROWS.filter((r) => r['IP Address'] === '198.51.100.30').length);
  await expect(app.quickSearchBox()).toHaveValue('-ip:198.51.100.30');
  await shots(app, 'search-05-facets', info, 'facets');

  // Sort by IP through the header: numeric order, IPv4 before IPv6, kept in the URL.
  await page.locator('[data-testid="events-grid"] .ag-header-cell[col-id="ip"]').click();
  await expect(page).toHaveURL(/sort=ip:asc/);
  await expect(page.locator('[data-testid="events-grid"] .ag-row[row-index="0"] [col-id="ip"]')).toHaveText('192.0.2.33');
});

test('brushing the histogram sets the period; back returns to the previous search', async ({ app, page }, info) => {
  await load(app);
  await app.quickSearch('status:failure');
  const before = await app.matchCount();
  const plot = page.locator('[data-testid="histogram"] .histogram-plot');
  await expect(page.getByTestId('histogram')).not.toHaveAttribute('data-buckets', '0');
  const box = (await plot.boundingBox())!;
  await plot.hover({ position: { x: box.width * 0.5, y: 40 } });
  await expect(page.getByTestId('histogram-tip')).toContainText('Asia/Tokyo');
  await shots(app, 'search-06-histogram', info, 'none');
  await page.mouse.move(box.x + box.width * 0.6, box.y + 40);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.95, box.y + 40, { steps: 5 });
  await page.mouse.up();
  await expect(page.getByTestId('period')).toHaveAttribute('data-preset', 'custom');
  await expect(page.getByTestId('period-from')).not.toHaveValue('');
  const brushed = await app.matchCount();
  expect(brushed).toBeLessThan(before);
  expect(page.url()).toContain('period=custom');

  // Browser back: the previous search (all time) and its count again; forward returns.
  await page.goBack();
  await expect(page.getByTestId('period')).toHaveAttribute('data-preset', 'all');
  await app.expectCount(before);
  await page.goForward();
  await app.expectCount(brushed);
  await page.goBack();
  await page.goBack();
  await expect(app.quickSearchBox()).toHaveValue('');
  await app.expectCount(ROWS.length);

  // Keyboard alternative: focus the chart, → to a bar, Enter zooms to it.
  await plot.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('histogram-tip')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('period')).toHaveAttribute('data-preset', 'custom');
});

test('save a search, reload, reopen it from the saved list', async ({ app, page }, info) => {
  const expected = expectedSpraying();
  await load(app);
  await app.goTo('naverworks.login');
  await app.quickSearch(SPRAY_QS);
  await app.expectCount(expected);
  await page.getByTestId('saved-toggle').click();
  await page.getByTestId('save-current').click();
  await page.getByTestId('save-search-name').fill('Night spraying 05-14');
  await page.getByTestId('save-scope-page').check();
  await page.getByTestId('save-search-submit').click();
  await expect(page.locator('[data-testid="saved-here"] [data-testid="saved-item"]')).toHaveAttribute('data-name', 'Night spraying 05-14');
  await shots(app, 'search-07-saved', info, 'none');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('saved-menu')).toBeHidden();

  // Leave: another page, no conditions; then reload (the URL no longer holds the search).
  await app.goTo('all');
  await page.getByTestId('quick-search-clear').click();
  await app.expectCount(ROWS.length);
  await searchesSaved(page);
  await page.reload();
  await app.open();
  await app.expectCount(ROWS.length);
  await page.getByTestId('saved-toggle').click();
  await expect(page.getByTestId('recent-list').getByTestId('recent-item').first()).toBeVisible();
  const item = page.locator('[data-testid="saved-item"][data-name="Night spraying 05-14"]');
  await item.getByTestId('saved-open').click();
  await expect(page.getByTestId('page-title')).toContainText('Login');
  await app.expectCount(expected);
  await expect(app.quickSearchBox()).toHaveValue(SPRAY_WRITTEN);

  // Rename and delete.
  await page.getByTestId('saved-toggle').click();
  await item.getByTestId('saved-rename').click();
  await page.getByTestId('saved-rename-input').fill('Spraying (IMAP/POP3/SMTP)');
  await page.getByTestId('saved-rename-input').press('Enter');
  const renamed = page.locator('[data-testid="saved-item"][data-name="Spraying (IMAP/POP3/SMTP)"]');
  await expect(renamed).toBeVisible();
  await renamed.getByTestId('saved-delete').click();
  await renamed.getByTestId('saved-delete-confirm').click();
  await expect(page.getByTestId('saved-item')).toHaveCount(0);
});

test('a search URL restores the search, and the screens in dark', async ({ app, page }, info) => {
  const expected = expectedSpraying();
  await load(app);
  await app.goTo('naverworks.login');
  await app.quickSearch(SPRAY_QS);
  const url = page.url();
  expect(url).toMatch(/#\/events\/naverworks\.login\?q=/);
  // a fresh load of the same address (the query string left as the host gave it)
  await page.goto('about:blank');
  await page.goto(url);
  await expect(app.shell()).toHaveAttribute('data-app-ready', 'true');
  await app.expectCount(expected);
  await expect(page.getByTestId('page-title')).toContainText('Login');

  await app.setSetting('theme', 'dark');
  await app.navigate('naverworks.login');
  await app.expectCount(expected);
  await app.openAdvanced();
  await shots(app, 'search-08-dark-builder', info);
  await page.getByTestId('advanced-close').click();
  await shots(app, 'search-09-dark-facets', info, 'facets');
  await page.getByTestId('saved-toggle').click();
  await shots(app, 'search-10-dark-saved', info, 'none');
  await page.keyboard.press('Escape');
  await app.quickSearchBox().fill('status:failure ip:203.0.113.0/');
  await shots(app, 'search-11-dark-error', info);

  // Japanese and Korean
  await app.setSetting('theme', 'light');
  await app.setSetting('language', 'ja');
  await app.navigate('naverworks.login');
  await app.expectCount(expected);
  await app.openAdvanced();
  await expect(page.getByTestId('advanced-panel')).toContainText('詳細検索');
  await shots(app, 'search-12-ja-builder', info);
  await app.setSetting('language', 'ko');
  await app.navigate('naverworks.login');
  await page.getByTestId('saved-toggle').click();
  await expect(page.getByTestId('saved-menu')).toContainText('최근 검색');
  await shots(app, 'search-13-ko-saved', info, 'none');
});
