/**
 * The left menu: All events, then one group per vendor with a page per loaded source and its
 * count (pages appear only when such data is loaded), then Imports, Log Download, Settings.
 */
import { useEffect, useState } from 'react';
import { label } from '../../../shared/model/source-catalog';
import { pageOf } from '../grid/page-of';
import { db } from '../api/db';
import { formatNumber, t } from '../i18n/messages';
import { useAppStore } from '../state/app-store';
import { useSearchStore } from '../state/search-store';
import { useLang } from '../state/settings-store';
import { groupByVendor, type SourceCount } from './nav-groups';

export function Sidebar({ onNavigate }: { onNavigate(): void }) {
  const ready = useAppStore((s) => s.ready);
  const lang = useLang();
  const page = useSearchStore((s) => s.page);
  const revision = useSearchStore((s) => s.revision);
  const setPage = useSearchStore((s) => s.setPage);
  const [sources, setSources] = useState<SourceCount[]>([]);

  useEffect(() => {
    if (!ready) return;
    db().sources().then(setSources).catch(() => setSources([]));
  }, [ready, revision]);

  const total = sources.reduce((n, s) => n + s.count, 0);
  const go = (p: string) => {
    setPage(p);
    useAppStore.getState().openDetail(null);
    onNavigate();
  };
  const item = (id: string, text: string, count?: number) => (
    <li key={id}>
      <button type="button" className={page === id ? 'active' : ''} aria-current={page === id ? 'page' : undefined} onClick={() => go(id)} data-testid={`nav-${id}`}>
        <span className="nav-label">{text}</span>{count !== undefined && <span className="count">{formatNumber(count)}</span>}
      </button>
    </li>
  );
  return (
    <nav className="sidebar" aria-label={t('nav.pages')} data-testid="sidebar">
      <div className="brand">
        <img src="./icon.svg" alt="" width={22} height={22} /> {t('app.title')}
        <button type="button" className="help-button" onClick={() => useAppStore.getState().set({ helpOpen: true })} aria-label={t('help.open')} title={t('help.open')} data-testid="help-button">?</button>
      </div>
      <ul>{item('all', t('nav.all'), total)}</ul>
      {groupByVendor(sources).map(({ vendor, pages }) => (
        <section key={vendor} data-testid={`nav-group-${vendor}`}>
          <h2>{vendor || t('nav.other')}</h2>
          <ul>{pages.map((s) => item(s.sourceId, pageOf(s.sourceId) ? label(pageOf(s.sourceId)!.labels, lang) : s.category || s.sourceId, s.count))}</ul>
        </section>
      ))}
      <ul className="nav-bottom">
        {item('imports', t('nav.imports'))}
        {item('downloads', t('nav.downloads'))}
        {item('settings', t('nav.settings'))}
      </ul>
    </nav>
  );
}
