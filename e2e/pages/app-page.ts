/** Page object for the Auditlens shell: every spec acts through these methods and data-testids. */
import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { WebHost } from '../fixtures/web-host';

export class AppPage {
  constructor(readonly page: Page, readonly host: WebHost) {}

  async open(): Promise<void> {
    await this.page.goto(this.host.url);
    await expect(this.page.getByTestId('shell')).toHaveAttribute('data-app-ready', 'true');
  }

  async setZone(zone: string): Promise<void> {
    await this.page.getByTestId('zone-picker').selectOption(zone);
  }

  /** Imports through the file picker and waits for the summary. */
  async importFiles(paths: string[]): Promise<void> {
    await this.page.getByTestId('file-input').setInputFiles(paths);
    await expect(this.page.getByTestId('import-summary')).toBeVisible();
  }

  async closeSummary(): Promise<void> {
    await this.page.getByTestId('import-summary-close').click();
    await expect(this.page.getByTestId('import-panel')).toBeHidden();
  }

  resultFor(fileName: string) {
    return this.page.getByTestId('import-result').filter({ hasText: fileName });
  }

  async goTo(pageId: string): Promise<void> {
    await this.page.getByTestId(`nav-${pageId}`).click();
  }

  async matchCount(): Promise<number> {
    const el = this.page.getByTestId('match-count');
    await expect(el).not.toHaveAttribute('data-count', '');
    return Number(await el.getAttribute('data-count'));
  }

  async expectCount(n: number): Promise<void> {
    await expect(this.page.getByTestId('match-count')).toHaveAttribute('data-count', String(n));
    await this.gridCurrent();
  }

  /** The PC grid shows the current query's rows, not the previous result's (grid/stale-rows.ts). */
  async gridCurrent(): Promise<void> {
    await expect(this.page.locator('[data-testid="events-grid"][data-stale]')).toHaveCount(0);
  }

  async setCustomPeriod(from: string, to: string): Promise<void> {
    await this.page.getByTestId('period-preset').selectOption('custom');
    await this.page.getByTestId('period-from').fill(from);
    await this.page.getByTestId('period-to').fill(to);
  }

  /** Opens the advanced search (builder) if it is not open yet. */
  async openAdvanced(): Promise<void> {
    if (!(await this.page.getByTestId('advanced-panel').isVisible())) await this.page.getByTestId('advanced-toggle').click();
    await expect(this.page.getByTestId('advanced-panel')).toBeVisible();
  }

  /**
   * Adds one condition through the advanced builder and applies it. For `in`, `value` lists the
   * values to tick, separated by commas.
   */
  async addCondition(field: string, op: string, value: string): Promise<void> {
    await this.openAdvanced();
    await this.page.getByTestId('add-condition-root').click();
    const row = this.page.getByTestId('builder-cond').last();
    await row.getByTestId('cond-field').selectOption(field);
    await row.getByTestId('cond-op').selectOption(op);
    if (op === 'in') {
      for (const v of value.split(',')) await row.locator(`[data-testid="value-option"][data-value="${v}"]`).check();
    } else {
      await row.getByTestId('cond-value').fill(value);
    }
    await this.page.getByTestId('builder-apply').click();
    await expect(this.page.getByTestId('draft-pending')).toBeHidden();
  }

  /** Types a search into the quick-search box and runs it with Enter. */
  async quickSearch(text: string): Promise<void> {
    const box = this.page.getByTestId('quick-search');
    await box.fill(text);
    await box.press('Enter');
    await expect(this.page.getByTestId('draft-pending')).toBeHidden();
    await this.gridCurrent();
  }

  quickSearchBox() {
    return this.page.getByTestId('quick-search');
  }

  /** Exports the current result and returns the downloaded file's text. */
  async exportCsv(): Promise<{ name: string; text: string; bytes: Buffer }> {
    const download = this.page.waitForEvent('download');
    await this.page.getByTestId('export-csv').click();
    const d = await download;
    const path = await d.path();
    const bytes = readFileSync(path);
    return { name: d.suggestedFilename(), text: bytes.toString('utf8'), bytes };
  }

  gridHeaders() {
    return this.page.locator('[data-testid="events-grid"] .ag-header-cell-text');
  }

  /** Screenshots in the PC and the mobile layout, kept as test artifacts. */
  async screenshots(name: string, info: { outputPath(name: string): string }): Promise<void> {
    const size = this.page.viewportSize() ?? { width: 1400, height: 900 };
    // With the automatic layout the shell switches on width: wait for it before each picture.
    const auto = (await this.shell().getAttribute('data-layout-setting')) === 'auto';
    if (auto) await this.waitLayout('pc');
    await this.page.screenshot({ path: info.outputPath(`${name}-pc.png`) });
    await this.page.setViewportSize({ width: 390, height: 844 });
    if (auto) await this.waitLayout('mobile');
    await this.page.screenshot({ path: info.outputPath(`${name}-mobile.png`) });
    await this.page.setViewportSize(size);
    if (auto) await this.waitLayout('pc');
  }

  /**
   * Runs `check` with a phone-sized window (the automatic layout turns mobile), then gives the
   * window its size back and waits for the PC layout again.
   */
  async asPhone(check: () => Promise<void>): Promise<void> {
    const size = this.page.viewportSize() ?? { width: 1400, height: 900 };
    await this.page.setViewportSize({ width: 390, height: 844 });
    await this.waitLayout('mobile');
    try {
      await check();
    } finally {
      await this.page.setViewportSize(size);
      await this.waitLayout('pc');
    }
  }

  shell() {
    return this.page.getByTestId('shell');
  }

  async waitLayout(layout: 'pc' | 'mobile'): Promise<void> {
    await expect(this.shell()).toHaveAttribute('data-layout', layout);
  }

  /** Changes one setting on the Settings page (language, theme, zone, density, layout). */
  async setSetting(name: 'language' | 'theme' | 'zone' | 'density' | 'layout', value: string): Promise<void> {
    await this.openNav();
    await this.goTo('settings');
    await this.page.getByTestId(`settings-${name}`).selectOption(value);
  }

  /** In the mobile layout the menu is a drawer behind the menu button. */
  async openNav(): Promise<void> {
    if ((await this.shell().getAttribute('data-layout')) === 'mobile' && !(await this.shell().getAttribute('class'))?.includes('nav-open')) {
      await this.page.getByTestId('nav-toggle').click();
    }
  }

  async navigate(pageId: string): Promise<void> {
    await this.openNav();
    await this.goTo(pageId);
  }

  cards() {
    return this.page.getByTestId('event-card');
  }

  /** Opens the detail of the result's row `index` in whichever layout is in effect. */
  async openDetail(index: number): Promise<void> {
    if ((await this.shell().getAttribute('data-layout')) === 'mobile') {
      await this.page.locator(`[data-testid="event-card"][data-index="${index}"]`).click();
    } else {
      await this.gridCurrent();
      await this.page.locator(`[data-testid="events-grid"] .ag-row[row-index="${index}"]`).first().click();
    }
    await expect(this.page.getByTestId('event-detail')).toHaveAttribute('data-index', String(index));
  }
}
