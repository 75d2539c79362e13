/** The shell: start-up, the menu (a drawer in the mobile layout), the current page, overlays. */
import { useEffect } from 'react';
import { I18nextProvider } from 'react-i18next';
import { db, startDb } from '../api/db';
import { call } from '../api/ipc-client';
import { loadSavedSearches } from '../api/saved-sync';
import { loadSettings } from '../api/settings-sync';
import { loadMappings, offerMapping } from '../api/import-options';
import { MappingHost } from '../views/mapping/MappingHost';
import { i18n, t } from '../i18n/messages';
import { useAppStore } from '../state/app-store';
import { useImportStore } from '../state/import-store';
import { useSearchStore } from '../state/search-store';
import { useLang, useSettingsStore } from '../state/settings-store';
import { EventsView } from '../views/events/EventsView';
import { ImportsView } from '../views/imports/ImportsView';
import { LogDownloadView } from '../views/downloads/LogDownloadView';
import { SettingsView } from '../views/settings/SettingsView';
import { Icon } from '../components/Icon';
import { DropZone } from './DropZone';
import { HelpOverlay } from './HelpOverlay';
import { ImportPanel } from './ImportPanel';
import { Notice } from './Notice';
import { Sidebar } from './Sidebar';
import { useEnvironment } from './use-environment';
import { useSearchUrl } from './use-search-url';
import { useShortcuts } from './use-shortcuts';

async function start(): Promise<() => void> {
  const info = await call('app.info', {});
  await startDb();
  const client = db();
  const imports = useImportStore.getState();
  const offs = [
    client.on('import-progress', (p) => imports.progress(p)),
    client.on('import-done', (m) => useImportStore.getState().done(m.record)),
    client.on('import-done', (m) => offerMapping(m.record)),
    client.on('data-changed', () => useSearchStore.getState().bump()),
  ];
  // The zone and language must be right before the first page renders.
  useAppStore.setState({ systemZone: info.systemTimeZone, displayZone: info.systemTimeZone });
  await loadSettings().catch(() => undefined);
  await loadSavedSearches().catch(() => undefined);
  // before ready: mapped sources' pages and the first import request need them
  await loadMappings().catch(() => undefined);
  useAppStore.getState().setReady(info.mode, info.systemTimeZone);
  return () => offs.forEach((off) => off());
}

function Page() {
  const page = useSearchStore((s) => s.page);
  if (page === 'imports') return <ImportsView />;
  if (page === 'downloads') return <LogDownloadView />;
  if (page === 'settings') return <SettingsView />;
  return <EventsView />;
}

export function App() {
  const ready = useAppStore((s) => s.ready);
  const startError = useAppStore((s) => s.startError);
  const layout = useAppStore((s) => s.layout);
  const navOpen = useAppStore((s) => s.navOpen);
  const lang = useLang();
  const layoutSetting = useSettingsStore((s) => s.ui.layout);
  useEnvironment();
  useShortcuts();
  useSearchUrl(ready);

  useEffect(() => {
    let off: (() => void) | undefined;
    start().then((o) => { off = o; }).catch((e: Error) => useAppStore.getState().setStartError(e.message));
    return () => off?.();
  }, []);

  if (startError) {
    return (
      <div className="start-error" role="alert" data-testid="start-error">
        <h1>{t('start.failed')}</h1>
        <pre>{startError}</pre>
      </div>
    );
  }
  const setNav = (open: boolean) => useAppStore.getState().set({ navOpen: open });
  return (
    <I18nextProvider i18n={i18n}>
      {/* keyed by language: every view re-reads its strings when the language changes */}
      <div key={lang} className={`shell layout-${layout} ${navOpen ? 'nav-open' : ''}`} data-app-ready={ready ? 'true' : 'false'} data-layout={layout} data-layout-setting={layoutSetting} data-testid="shell">
        <Sidebar onNavigate={() => setNav(false)} />
        {navOpen && layout === 'mobile' && <div className="nav-scrim" onClick={() => setNav(false)} />}
        <main className="content">
          <div className="mobile-bar">
            <button type="button" className="nav-toggle" aria-label={t('nav.menu')} aria-expanded={navOpen} onClick={() => setNav(!navOpen)} data-testid="nav-toggle"><Icon name="menu" /></button>
          </div>
          {ready ? <Page /> : <div className="loading">{t('loading.db')}</div>}
        </main>
        <ImportPanel />
        <MappingHost />
        <Notice />
        <DropZone />
        <HelpOverlay />
      </div>
    </I18nextProvider>
  );
}
