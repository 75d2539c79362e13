/**
 * "Edit display items" (as microCMS calls it): show, hide, order and pin the PC columns of one
 * page. Changes apply at once and are saved per page with the other preferences.
 */
import { useEffect, useRef } from 'react';
import { label } from '../../../../shared/model/source-catalog';
import { columnsForPage } from '../../grid/columns';
import { availableColumns, moveColumn, prefsOf, toggleColumn } from '../../grid/display-columns';
import { t } from '../../i18n/messages';
import { useAppStore } from '../../state/app-store';
import { useColumnPrefs, useLang, useSettingsStore } from '../../state/settings-store';

export function DisplayItemsDialog({ page }: { page: string }) {
  const lang = useLang();
  const stored = useColumnPrefs(page);
  const pageColumns = columnsForPage(page);
  const prefs = prefsOf(pageColumns, stored);
  const save = useSettingsStore((s) => s.setColumns);
  const close = () => useAppStore.getState().set({ displayItemsOpen: false });
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => { ref.current?.querySelector<HTMLElement>('input,button')?.focus(); }, []);

  const all = availableColumns(pageColumns);
  const shown = prefs.visible.flatMap((v) => all.filter((c) => c.value === v));
  const hidden = all.filter((c) => !prefs.visible.includes(c.value));
  const own = new Set(pageColumns.map((c) => c.value));

  return (
    <div className="modal-backdrop" onClick={close}>
      <div className="modal" role="dialog" aria-modal="true" aria-label={t('display.title')} data-testid="display-items" ref={ref} onClick={(e) => e.stopPropagation()}>
        <header className="modal-head"><h2>{t('display.title')}</h2><button type="button" onClick={close} aria-label={t('action.close')}>✕</button></header>
        <p className="muted">{t('display.hint')}</p>
        <ul className="items-list">
          {[...shown, ...hidden].map((c) => {
            const visible = prefs.visible.includes(c.value);
            const i = prefs.visible.indexOf(c.value);
            const name = label(c.labels, lang);
            return (
              <li key={c.value} data-testid="display-item" data-col={c.value} className={visible ? '' : 'off'}>
                <label className="item-name">
                  <input type="checkbox" checked={visible} onChange={(e) => save(page, toggleColumn(prefs, c.value, e.target.checked))} data-testid={`display-show-${c.value}`} />
                  <span>{name}</span>{!own.has(c.value) && <small className="muted"> · {t('display.extra')}</small>}
                </label>
                {visible && (
                  <span className="item-actions">
                    <button type="button" onClick={() => save(page, moveColumn(prefs, c.value, -1))} disabled={i === 0} aria-label={`${t('display.up')}: ${name}`} data-testid={`display-up-${c.value}`}>↑</button>
                    <button type="button" onClick={() => save(page, moveColumn(prefs, c.value, 1))} disabled={i === prefs.visible.length - 1} aria-label={`${t('display.down')}: ${name}`}>↓</button>
                    <select
                      value={prefs.pinned[c.value] ?? ''} aria-label={`${t('display.pin')}: ${name}`} data-testid={`display-pin-${c.value}`}
                      onChange={(e) => {
                        const pinned = { ...prefs.pinned };
                        if (e.target.value === 'left' || e.target.value === 'right') pinned[c.value] = e.target.value; else delete pinned[c.value];
                        save(page, { ...prefs, pinned });
                      }}
                    >
                      <option value="">{t('display.pinNone')}</option>
                      <option value="left">{t('display.pinLeft')}</option>
                      <option value="right">{t('display.pinRight')}</option>
                    </select>
                  </span>
                )}
              </li>
            );
          })}
        </ul>
        <footer className="modal-foot">
          <button type="button" onClick={() => save(page, null)} data-testid="display-reset">{t('display.reset')}</button>
          <button type="button" className="primary" onClick={close} data-testid="display-close">{t('action.close')}</button>
        </footer>
      </div>
    </div>
  );
}
