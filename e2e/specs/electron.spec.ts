/**
 * The desktop app itself, driven through Playwright's _electron. Runs wherever the Electron binary
 * is installed; skipped here, where it cannot be downloaded.
 */
import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/** The installed binary, found without requiring `electron` (which would try to download it). */
function electronBinary(): string | null {
  try {
    const dir = dirname(createRequire(__filename).resolve('electron/package.json'));
    const pathFile = join(dir, 'path.txt');
    if (!existsSync(pathFile)) return null;
    const full = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
    return existsSync(full) ? full : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
const ROOT = resolve(__dirname, '..', '..');

test.describe('desktop app (Electron)', () => {
  test.skip(binary === null, 'no Electron binary on this machine (it cannot be downloaded here); web-mode specs cover the same renderer and handlers');

  test('opens the window, imports through a drop and shows the events', async () => {
    const app = await electron.launch({ executablePath: binary!, args: [ROOT, `--user-data-dir=${mkdtempSync(join(tmpdir(), 'auditlens-e2e-'))}`] });
    const page = await app.firstWindow();
    await expect(page.getByTestId('shell')).toHaveAttribute('data-app-ready', 'true');
    // Isolation as the page sees it: no Node, only the curated bridge.
    expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
    expect(await page.evaluate(() => typeof (window as unknown as { process?: unknown }).process)).toBe('undefined');
    expect(await page.evaluate(() => Object.keys((window as unknown as { auditlens: object }).auditlens).sort())).toEqual(['dataChannel', 'fileRefs', 'invoke', 'mode', 'on']);
    await page.getByTestId('file-input').setInputFiles(resolve(ROOT, 'e2e/data/vendor/naverworks-login.csv'));
    await expect(page.getByTestId('import-summary')).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('electron-main.png') });
    await app.close();
  });
});
