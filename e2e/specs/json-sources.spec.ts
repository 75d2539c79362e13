/**
 * The JSON audit-log sources in web mode (issue 3): import Okta, Google Workspace (login and
 * admin), Entra sign-ins, GitHub and Slack through the file picker; each vendor's page appears
 * in the left menu with its count and the vendor's own columns; screenshots of every page in the
 * PC and the mobile layout, and the mobile cards carry the page's mobile column set.
 */
import { resolve } from 'node:path';
import { pageFor } from '../../shared/sources/catalog';
import { expect, test } from '../fixtures/test';

const FIX = resolve(__dirname, '../data/vendor');

/** file, source id, events, the vendor › page title, and a text the newest-first page must show */
const SOURCES = [
  ['okta-system-log.jsonl', 'okta.system_log', 226, 'Okta › System Log'],
  ['google-reports-activities-login.json', 'google.reports.login', 61, 'Google Workspace › Login log events'],
  ['google-reports-activities-admin.json', 'google.reports.admin', 53, 'Google Workspace › Admin log events'],
  ['graph-signins-page1.json', 'entra.signins', 61, 'Microsoft Entra ID › Sign-in logs'],
  ['github-org-audit-log.json', 'github.org_audit', 74, 'GitHub › Audit log'],
  ['slack-audit-logs.json', 'slack.audit', 57, 'Slack › Audit logs'],
] as const;

const headersOf = (sourceId: string, zone: string) =>
  pageFor(sourceId)!.columns.filter((c) => c.pc).map((c) => (c.value === 'time' ? `${c.labels.en} (${zone})` : c.labels.en));

test('import the JSON vendor logs, browse each vendor page in both layouts', async ({ app, page }, info) => {
  test.setTimeout(300_000);
  await app.setZone('Asia/Tokyo');
  await app.importFiles(SOURCES.map(([f]) => `${FIX}/${f}`));
  for (const [file, , count] of SOURCES) {
    await expect(app.resultFor(file).getByTestId('count-added')).toContainText(String(count));
    await expect(app.resultFor(file).getByTestId('count-rejected')).toContainText('0');
  }
  await app.screenshots('json-00-import-summary', info);
  await app.closeSummary();
  await app.expectCount(532);

  for (const [vendor, ids] of [['Okta', ['okta.system_log']], ['Google Workspace', ['google.reports.login', 'google.reports.admin']], ['Microsoft Entra ID', ['entra.signins']], ['GitHub', ['github.org_audit']], ['Slack', ['slack.audit']]] as const) {
    const group = page.getByTestId(`nav-group-${vendor}`);
    await expect(group.locator('h2')).toHaveText(vendor);
    await expect(group.locator('[data-testid^="nav-"]')).toHaveCount(ids.length);
  }
  for (const [, id, count] of SOURCES) await expect(page.getByTestId(`nav-${id}`)).toContainText(String(count));
  await app.screenshots('json-01-all-events', info);

  for (const [, id, count, title] of SOURCES) {
    await app.goTo(id);
    await expect(page.getByTestId('page-title')).toHaveText(title);
    await app.expectCount(count);
    // AG Grid renders only the headers in view (the facets panel may take the right side): those are the page's, in order
    const expected = headersOf(id, 'Asia/Tokyo');
    await expect(app.gridHeaders().first()).toHaveText(expected[0]);
    const shown = await app.gridHeaders().allTextContents();
    expect(shown.length).toBeGreaterThanOrEqual(4);
    expect(shown).toEqual(expected.slice(0, shown.length));
    await expect(page.locator('[data-testid="events-grid"] .ag-row[row-index="0"]')).toBeVisible();
    await app.screenshots(`json-${id.replace(/\./g, '_')}`, info);
  }
});

test('the mobile cards of each JSON page carry its mobile columns; the Okta page narrows to the attacker', async ({ app, page }, info) => {
  test.setTimeout(300_000);
  await app.setZone('Asia/Tokyo');
  await app.importFiles(SOURCES.map(([f]) => `${FIX}/${f}`));
  await app.closeSummary();
  await page.setViewportSize({ width: 390, height: 844 });
  await app.waitLayout('mobile');
  for (const [, id] of SOURCES) {
    await app.navigate(id);
    const mobile = pageFor(id)!.columns.filter((c) => c.mobile);
    const first = app.cards().first();
    await expect(first).toBeVisible();
    expect(await first.locator('.card-line').evaluateAll((els) => els.map((e) => e.getAttribute('data-col')))).toEqual(mobile.map((c) => c.value));
  }
  // The Okta page narrowed to the spraying address: every event is a failure against a named user.
  await page.setViewportSize({ width: 1400, height: 900 });
  await app.waitLayout('pc');
  await app.goTo('okta.system_log');
  await app.quickSearch('ip:203.0.113.45 status:failure');
  await app.expectCount(32);
  // newest first: the push Yuki Tanaka's phone refused right after the password worked (02:31:29 JST)
  await expect(page.locator('[data-testid="events-grid"] .ag-row[row-index="0"]')).toContainText('2024-05-14 02:31:29');
  await expect(page.locator('[data-testid="events-grid"] .ag-row[row-index="0"]')).toContainText('USER_REJECTED_OKTA_VERIFY_PUSH');
  await app.screenshots('json-okta-attacker', info);
  // The event detail names the source's own fields as the page does (displayMessage → Event Info).
  await app.openDetail(1);
  const detail = page.getByTestId('event-detail');
  await expect(detail).toContainText('Max sign in attempts exceeded');
  await expect(detail).toContainText('Event Info');
  await expect(detail).toContainText('LOCKED_OUT');
  await app.screenshots('json-okta-detail', info);
});
