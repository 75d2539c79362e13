/** Closing and reopening the app keeps the data: a persistent browser profile, a new host. */
import { chromium } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROMIUM, CHROMIUM_ARGS } from '../../playwright.config';
import { startWebHost } from '../fixtures/web-host';
import { AppPage } from '../pages/app-page';
import { expect, test } from '@playwright/test';

const LOGIN = resolve(__dirname, '../data/vendor/naverworks-login.csv');
const ADMIN = resolve(__dirname, '../data/vendor/naverworks-admin.csv');

test('data survives closing and reopening the app', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'auditlens-profile-'));
  // The origin (and so the IndexedDB) is per port: the host must come back on the port it
  // picked at random the first time, which it remembers in its config folder.
  const configDir = mkdtempSync(join(tmpdir(), 'auditlens-config-'));
  const origins: string[] = [];
  const run = async (fn: (app: AppPage) => Promise<void>) => {
    const host = await startWebHost({ configDir });
    origins.push(host.origin);
    const ctx = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: CHROMIUM_ARGS, timezoneId: 'Asia/Tokyo' });
    try {
      const app = new AppPage(ctx.pages()[0] ?? (await ctx.newPage()), host);
      await app.open();
      await fn(app);
    } finally {
      await ctx.close();
      await host.stop();
    }
  };
  try {
    await run(async (app) => {
      await app.setZone('Asia/Tokyo');
      await app.importFiles([LOGIN, ADMIN]);
      await app.closeSummary();
      await app.expectCount(194);
    });
    await run(async (app) => {
      await app.expectCount(194);
      await expect(app.page.getByTestId('nav-naverworks.login')).toContainText('123');
      await app.goTo('imports');
      await expect(app.page.getByTestId('import-row')).toHaveCount(2);
    });
    expect(origins[1]).toBe(origins[0]);
  } finally {
    rmSync(profile, { recursive: true, force: true });
    rmSync(configDir, { recursive: true, force: true });
  }
});
