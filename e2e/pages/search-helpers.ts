/**
 * Shared by the search specs: the NAVER WORKS fixtures they import, the expected counts computed
 * from the files themselves (never read off the UI), and screenshots in both layouts.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AppPage } from './app-page';
import { csvRecords } from './csv-text';

export const FIX = resolve(__dirname, '../data/vendor');
// Every NAVER WORKS fixture but the Japanese copy of the Login file (the same events in Japanese).
export const FILES = ['naverworks-login.csv', 'naverworks-admin.csv', 'naverworks-delegated-api.csv', 'naverworks-developers-console.csv',
  'naverworks-contacts.csv', 'naverworks-message.csv'];


/** Every row of the imported files, with its file's header names. */
export const ROWS = FILES.flatMap((f) => csvRecords(readFileSync(`${FIX}/${f}`, 'utf8')));

/** The spraying, counted from the files: JST wall time 00:00–06:00, 203.0.113.0/24, mail protocols, failed. */
export function expectedSpraying(): number {
  return ROWS.filter((r) => {
    const date = r.Date ?? '';
    const failed = /fail/i.test(r.Status ?? '') || /^Login failed/.test(r.Description ?? '');
    return date >= '2024-05-14 00:00:00' && date < '2024-05-14 06:00:00'
      && (r['IP Address'] ?? '').startsWith('203.0.113.')
      && ['IMAP', 'POP3', 'SMTP'].includes(r['Service Type'] ?? '')
      && failed;
  }).length;
}

export const SPRAY_QS = 'time:[2024-05-14T00:00 TO 2024-05-14T06:00} status:failure ip:203.0.113.0/24 service:(IMAP OR POP3 OR SMTP)';
/** The same search as the formatter writes it back (a range from midnight starts at the bare day). */
export const SPRAY_WRITTEN = 'time:[2024-05-14 TO 2024-05-14T06:00} status:failure ip:203.0.113.0/24 service:(IMAP OR POP3 OR SMTP)';

export async function load(app: AppPage): Promise<void> {
  await app.setZone('Asia/Tokyo');
  await app.importFiles(FILES.map((f) => `${FIX}/${f}`));
  await app.closeSummary();
  await app.expectCount(ROWS.length);
}

/** PC, then the mobile layout with the search (and optionally the facets) opened behind their buttons. */
export async function shots(app: AppPage, name: string, info: { outputPath(n: string): string }, mobile: 'search' | 'facets' | 'none' = 'search'): Promise<void> {
  const page = app.page;
  await page.screenshot({ path: info.outputPath(`${name}-pc.png`) });
  await page.setViewportSize({ width: 420, height: 860 });
  await app.waitLayout('mobile');
  if (mobile === 'search' && (await page.getByTestId('search-toggle').getAttribute('aria-expanded')) !== 'true') await page.getByTestId('search-toggle').click();
  if (mobile === 'facets') await page.getByTestId('facets-button').click();
  await page.screenshot({ path: info.outputPath(`${name}-mobile.png`) });
  if (mobile === 'facets') await page.getByTestId('facets-close').click();
  await page.setViewportSize({ width: 1400, height: 900 });
  await app.waitLayout('pc');
}

