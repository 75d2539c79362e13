/** The left menu: All events, one entry per loaded source page with its count, Imports. */
import { useEffect, useState } from 'react';
import { label } from '../../../shared/model/source-catalog';
import { pageFor } from '../../../shared/sources/catalog';
import { db } from '../api/db';
import { formatNumber, t } from '../i18n/messages';
import { useAppStore } from '../state/app-store';
import { useSearchStore } from '../state/search-store';

interface SourceCount { sourceId: string; category: string; count: number }

export function Sidebar({ onNavigate }: { onNavigate(): void }) {
  const ready = useAppStore((s) => s.ready);
  const page = useSearchStore((s) => s.page);
  const revision = useSearchStore((s) => s.revision);
  const setPage = useSearchStore((s) => s.setPage);
  const [sources, setSources] = useState<SourceCount[]>([]);

  useEffect(() => {
    if (!ready) return;
    db().sources().then(setSources).catch(() => setSources([]));
  }, [ready, revision]);

  const total = sources.reduce((n, s) => n + s.count, 0);
  const vendors = new Map<string, SourceCount[]>();
  for (const s of sources) {
    const vendor = pageFor(s.sourceId)?.vendor ?? 'Other';
    vendors.set(vendor, [...(vendors.get(vendor) ?? []), s]);
  }
  const go = (p: string) => { setPage(p); onNavigate(); };
  const item = (id: string, text: string, count?: number) => (
    <li key={id}>
      <button type="button" className={page === id ? 'active' : ''} aria-current={page === id ? 'page' : undefined} onClick={() => go(id)} data-testid={`nav-${id}`}>
        <span>{text}</span>{count !== undefined && <span className="count">{formatNumber(count)}</span>}
      </button>
    </li>
  );
  return (
    <nav className="sidebar" aria-label="Pages">
      <div className="brand"><img src="./icon.svg" alt="" width={22} height={22} /> {t('app.title')}</div>
      <ul>{item('all', t('nav.all'), total)}</ul>
      {[...vendors.entries()].map(([vendor, list]) => (
        <section key={vendor}>
          <h2>{vendor}</h2>
          <ul>{list.map((s) => item(s.sourceId, pageFor(s.sourceId) ? label(pageFor(s.sourceId)!.labels, 'en') : s.category || s.sourceId, s.count))}</ul>
        </section>
      ))}
      <ul className="nav-bottom">{item('imports', t('nav.imports'))}</ul>
    </nav>
  );
}
