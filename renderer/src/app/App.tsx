/** The shell: start-up, the menu, the current page, import progress and notices. */
import { useEffect, useState } from 'react';
import { db, startDb } from '../api/db';
import { call } from '../api/ipc-client';
import { t } from '../i18n/messages';
import { useAppStore } from '../state/app-store';
import { useImportStore } from '../state/import-store';
import { useSearchStore } from '../state/search-store';
import { EventsView } from '../views/events/EventsView';
import { ImportsView } from '../views/imports/ImportsView';
import { DropZone } from './DropZone';
import { ImportPanel } from './ImportPanel';
import { Notice } from './Notice';
import { Sidebar } from './Sidebar';

export function App() {
  const ready = useAppStore((s) => s.ready);
  const startError = useAppStore((s) => s.startError);
  const page = useSearchStore((s) => s.page);
  const [navOpen, setNavOpen] = useState(false);

  useEffect(() => {
    let offs: (() => void)[] = [];
    (async () => {
      const info = await call('app.info', {});
      await startDb();
      const client = db();
      const imports = useImportStore.getState();
      offs = [
        client.on('import-progress', (p) => imports.progress(p)),
        client.on('import-done', (m) => useImportStore.getState().done(m.record)),
        client.on('data-changed', () => useSearchStore.getState().bump()),
      ];
      useAppStore.getState().setReady(info.mode, info.systemTimeZone);
    })().catch((e: Error) => useAppStore.getState().setStartError(e.message));
    return () => offs.forEach((off) => off());
  }, []);

  if (startError) {
    return (
      <div className="start-error" role="alert" data-testid="start-error">
        <h1>{t('start.failed')}</h1>
        <pre>{startError}</pre>
      </div>
    );
  }
  return (
    <div className={`shell ${navOpen ? 'nav-open' : ''}`} data-app-ready={ready ? 'true' : 'false'} data-testid="shell">
      <Sidebar onNavigate={() => setNavOpen(false)} />
      <main className="content">
        <button type="button" className="nav-toggle" aria-label="Menu" onClick={() => setNavOpen((o) => !o)}>☰</button>
        {ready ? (page === 'imports' ? <ImportsView /> : <EventsView />) : <div className="loading">Opening the database…</div>}
      </main>
      <ImportPanel />
      <Notice />
      <DropZone />
    </div>
  );
}
