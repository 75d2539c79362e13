/** Title, open files, period picker and export. */
import { useEffect, useRef, useState } from 'react';
import type { Query } from '../../../../shared/filter/tree';
import { exportCsv, importFiles } from '../../api/actions';
import { chooseFiles, registerWebPicker } from './file-picker';
import { t } from '../../i18n/messages';
import { notify, useAppStore } from '../../state/app-store';
import { useSearchUi } from '../../state/search-ui-store';
import { useSettingsStore } from '../../state/settings-store';
import { Icon } from '../../components/Icon';
import { PeriodPicker } from './PeriodPicker';
import { ZonePicker } from './ZonePicker';

export function EventsToolbar({ title, page, query }: { title: string; page: string; query: Query }) {
  const mode = useAppStore((s) => s.mode);
  const searchOpen = useAppStore((s) => s.searchOpen);
  const facetsOpen = useSearchUi((s) => s.facetsOpenMobile);
  const input = useRef<HTMLInputElement>(null);
  const [exporting, setExporting] = useState(false);
  useEffect(() => {
    registerWebPicker(() => input.current?.click());
    return () => registerWebPicker(null);
  }, []);
  const doExport = async () => {
    setExporting(true);
    try {
      const done = await exportCsv(page, query);
      // The Log Download page lists every export (persisted with the preferences).
      if (done) useSettingsStore.getState().addExport({ at: Date.now(), page, format: 'csv', rows: done.rows, fileName: done.fileName });
    } catch (e) {
      notify('error', (e as Error).message);
    } finally {
      setExporting(false);
    }
  };
  return (
    <header className="toolbar">
      <h1 data-testid="page-title">{title}</h1>
      <button
        type="button" className="search-toggle" aria-label={t('search.toggle')} title={t('search.toggle')} data-testid="search-toggle"
        aria-expanded={searchOpen} onClick={() => useAppStore.getState().set({ searchOpen: !searchOpen })}
      ><Icon name="search" /></button>
      {/* mobile: the facets have their own button, like the search */}
      <button
        type="button" className="facets-button" aria-label={t('facets.title')} title={t('facets.title')} data-testid="facets-button"
        aria-expanded={facetsOpen} onClick={() => useSearchUi.getState().set({ facetsOpenMobile: !facetsOpen })}
      ><Icon name="facets" /></button>
      <div className="toolbar-actions">
        <PeriodPicker />
        <ZonePicker />
        <button type="button" onClick={() => chooseFiles(mode)} data-testid="open-files">{t('action.open')}</button>
        <input
          ref={input} type="file" multiple hidden data-testid="file-input"
          onChange={(e) => { const files = Array.from(e.target.files ?? []); e.target.value = ''; void importFiles(files); }}
        />
        <button type="button" className="primary" onClick={() => void doExport()} disabled={exporting} data-testid="export-csv">
          {exporting ? t('export.running') : t('action.export')}
        </button>
      </div>
    </header>
  );
}
