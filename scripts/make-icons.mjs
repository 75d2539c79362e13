// Renders renderer/public/icon.svg into the PNG icons electron-builder packages (resources/).
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
const svg = readFileSync('renderer/public/icon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
for (const size of [1024, 512, 256, 128, 64, 32, 16]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
  const out = size === 1024 ? 'resources/icon.png' : `resources/icons/${size}x${size}.png`;
  await page.screenshot({ path: out, omitBackground: true });
}
await browser.close();
