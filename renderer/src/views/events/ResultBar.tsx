/** The line above the result: the count (passed in), the layout toggle, and the PC-only "Edit display items" and density. */
import type { ReactNode } from 'react';
import { t } from '../../i18n/messages';
import { useAppStore } from '../../state/app-store';
import { useSettingsStore, useUi } from '../../state/settings-store';

export function ResultBar({ children }: { children: ReactNode }) {
  const layout = useAppStore((s) => s.layout);
  const ui = useUi();
  const setUi = useSettingsStore((s) => s.setUi);
  return (
    <div className="result-bar">
      {children}
      <div className="result-tools">
        {/* The layout follows the window width until the user picks one here or in Settings. */}
        <button
          type="button" className="layout-toggle" data-testid="layout-toggle" title={t('layout.label')}
          onClick={() => setUi({ layout: layout === 'pc' ? 'mobile' : 'pc' })}
        >{layout === 'pc' ? t('layout.mobile') : t('layout.pc')}</button>
      </div>
      {layout === 'pc' && (
        <div className="result-tools">
          <label className="density">
            <span className="sr-only">{t('density.label')}</span>
            <select value={ui.density} onChange={(e) => setUi({ density: e.target.value === 'comfortable' ? 'comfortable' : 'compact' })} aria-label={t('density.label')} data-testid="density-toggle">
              <option value="compact">{t('density.compact')}</option>
              <option value="comfortable">{t('density.comfortable')}</option>
            </select>
          </label>
          <button type="button" onClick={() => useAppStore.getState().set({ displayItemsOpen: true })} data-testid="edit-display-items">{t('display.edit')}</button>
        </div>
      )}
    </div>
  );
}
