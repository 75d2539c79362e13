/** Every import: file, size, SHA-256, source, encoding, zone, counts, status, time; rejects per import. */
import { Fragment, useEffect, useState } from 'react';
import type { ImportRecord } from '../../../../shared/model/import';
import { formatInZone } from '../../../../shared/util/timezone';
import { db } from '../../api/db';
import { ImportActions } from './ImportActions';
import { RejectTable } from './RejectTable';
import { formatBytes, formatNumber, t } from '../../i18n/messages';
import { useAppStore } from '../../state/app-store';
import { useSearchStore } from '../../state/search-store';

export function ImportsView() {
  const revision = useSearchStore((s) => s.revision);
  const zone = useAppStore((s) => s.displayZone);
  const [rows, setRows] = useState<ImportRecord[] | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  useEffect(() => {
    db().imports().then(setRows).catch(() => setRows([]));
  }, [revision]);
  return (
    <section className="imports-view">
      <header className="toolbar"><h1 data-testid="page-title">{t('imports.title')}</h1></header>
      {rows && rows.length === 0 && <p className="empty">{t('imports.empty')}</p>}
      {rows && rows.length > 0 && (
        <div className="table-scroll">
          <table className="imports-table" data-testid="imports-table">
            <thead>
              <tr>
                <th>{t('col.file')}</th><th>{t('col.size')}</th><th>{t('col.source')}</th><th>{t('col.encoding')}</th><th>{t('col.timeZone')}</th>
                <th className="num">{t('col.read')}</th><th className="num">{t('col.added')}</th><th className="num">{t('col.duplicates')}</th><th className="num">{t('col.rejected')}</th>
                <th>{t('col.status')}</th><th>{t('col.started')} ({zone})</th><th>{t('col.sha256')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <Fragment key={r.id}>
                   <tr data-testid="import-row" data-status={r.status} data-file={r.fileName} onClick={() => setOpen(open === r.id ? null : r.id)} className={open === r.id ? 'open' : ''}>
                    <td className="file" title={r.fileName}>{r.fileName}</td>
                    <td className="nowrap">{formatBytes(r.size)}</td>
                    <td>{r.sourceId || '—'}</td>
                    <td data-testid="import-encoding">{r.encoding || '—'}{r.encodingBy === 'user' && <span className="enc-chosen">{t('imports.encodingChosen')}</span>}</td>
                    <td>{r.timeZone}</td>
                    <td className="num">{formatNumber(r.read)}</td>
                    <td className="num">{formatNumber(r.added)}</td>
                    <td className="num">{formatNumber(r.duplicates)}</td>
                    <td className="num">{formatNumber(r.rejected)}</td>
                    <td><span className={`badge badge-${r.status}`} data-testid="import-status">{t(`importStatus.${r.status}`)}</span>{r.replaces && <span className="replaces">{t('imports.replaces')}</span>}{r.message && <div className="msg" title={r.message}>{r.message}</div>}</td>
                    <td>{formatInZone(r.startedAt, zone)}</td>
                    <td className="hash" title={r.sha256}>{r.sha256 ? `${r.sha256.slice(0, 16)}…` : '—'}</td>
                  </tr>
                  {open === r.id && <tr className="detail"><td colSpan={12}><div className="hash-full">SHA-256 {r.sha256 || '—'}</div><ImportActions record={r} /><RejectTable importId={r.id} /></td></tr>}
                </Fragment>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
