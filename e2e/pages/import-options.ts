/**
 * Page object for the import options (issue 3): the column-mapping dialog, the per-import actions
 * on the Imports page (Re-import as…, Export rejects) and the saved mappings in Settings.
 */
import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { AppPage } from './app-page';

export class ImportOptions {
  readonly page: Page;

  constructor(readonly app: AppPage) {
    this.page = app.page;
  }

  dialog() {
    return this.page.getByTestId('mapping-dialog');
  }

  /** The role select of the column named `name` in the mapping dialog. */
  roleOf(name: string) {
    return this.dialog().locator(`[data-testid="mapping-column"][data-col="${name}"] select`);
  }

  previewRows() {
    return this.dialog().getByTestId('mapping-preview-row');
  }

  /** A mobile-layout picture of the dialog scrolled to its columns (the PC one shows them all). */
  async mobileColumnsShot(name: string, info: { outputPath(name: string): string }): Promise<void> {
    const size = this.page.viewportSize() ?? { width: 1400, height: 900 };
    await this.page.setViewportSize({ width: 390, height: 844 });
    await this.app.waitLayout('mobile');
    await this.dialog().getByTestId('mapping-columns').scrollIntoViewIfNeeded();
    await this.page.screenshot({ path: info.outputPath(`${name}-mobile.png`) });
    await this.page.setViewportSize(size);
    await this.app.waitLayout('pc');
  }

  async confirmMapping(): Promise<void> {
    await this.dialog().getByTestId('mapping-confirm').click();
    await expect(this.dialog()).toBeHidden();
  }

  /** The summary entry of a file with a given status (a re-import leaves the replaced one beside the new one). */
  result(fileName: string, status: string) {
    return this.page.locator(`[data-testid="import-result"][data-status="${status}"]`).filter({ hasText: fileName });
  }

  /** The Imports page row of a file with a given status; clicking it opens its detail and actions. */
  importRow(fileName: string, status: string) {
    return this.page.locator(`[data-testid="import-row"][data-status="${status}"][data-file="${fileName}"]`);
  }

  async openImport(fileName: string, status: string) {
    await this.app.navigate('imports');
    const row = this.importRow(fileName, status);
    await row.click();
    return this.page.getByTestId('import-actions');
  }

  async reimportAs(fileName: string, status: string, encoding: string): Promise<void> {
    const actions = await this.openImport(fileName, status);
    await actions.getByTestId('reimport-encoding').selectOption(encoding);
    await actions.getByTestId('reimport-button').click();
    await expect(this.page.getByTestId('import-summary')).toBeVisible();
  }

  /** Exports the rejects of an import and returns the downloaded file. */
  async exportRejects(fileName: string, status: string): Promise<{ name: string; text: string }> {
    const actions = await this.openImport(fileName, status);
    const download = this.page.waitForEvent('download');
    await actions.getByTestId('export-rejects').click();
    const d = await download;
    return { name: d.suggestedFilename(), text: readFileSync(await d.path()).toString('utf8') };
  }
}
