/** Every import: file, size, SHA-256, source, encoding, zone, counts, status, time; rejects per import. */
import { useEffect, useState } from 'react';
import type { ImportRecord } from '../../../../shared/model/import';
import { db } from '../../api/db';
import { t } from '../../i18n/messages';
import { useAppStore } from '../../state/app-store';
import { useSearchStore } from '../../state/search-store';
import { ImportCards } from './ImportCards';
import { ImportsTable } from './ImportsTable';
import './imports.css';

export function ImportsView() {
  const revision = useSearchStore((s) => s.revision);
  const zone = useAppStore((s) => s.displayZone);
  const layout = useAppStore((s) => s.layout);
  const [rows, setRows] = useState<ImportRecord[] | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  useEffect(() => {
    db().imports().then(setRows).catch(() => setRows([]));
  }, [revision]);
  const onToggle = (id: string) => setOpen(open === id ? null : id);
  return (
    <section className="imports-view">
      <header className="toolbar"><h1 data-testid="page-title">{t('imports.title')}</h1></header>
      {rows && rows.length === 0 && <p className="empty">{t('imports.empty')}</p>}
      {rows && rows.length > 0 && (layout === 'mobile'
        ? <ImportCards rows={rows} zone={zone} open={open} onToggle={onToggle} />
        : <ImportsTable rows={rows} zone={zone} open={open} onToggle={onToggle} />)}
    </section>
  );
}
