/**
 * The Imports page on a phone: one card per import with what the table's twelve columns say —
 * file, status, counts, size, source, encoding, zone, start, SHA-256 — so that nothing needs a
 * sideways scroll. A tap opens the same detail as a table row.
 */
import type { ImportRecord } from '../../../../shared/model/import';
import { formatInZone } from '../../../../shared/util/timezone';
import { formatBytes, formatNumber, t } from '../../i18n/messages';
import { EncodingText, ImportDetail, SourceText, StatusBadge, StatusNotes } from './ImportParts';

interface Props { rows: ImportRecord[]; zone: string; open: string | null; onToggle(id: string): void }

export function ImportCards({ rows, zone, open, onToggle }: Props) {
  return (
    <ul className="import-cards" data-testid="imports-cards">
      {rows.map((r) => (
        <li key={r.id} className={open === r.id ? 'open' : ''}>
          <button type="button" className="import-card" data-testid="import-row" data-status={r.status} data-file={r.fileName} aria-expanded={open === r.id} onClick={() => onToggle(r.id)}>
            <span className="import-card-head"><span className="file">{r.fileName}</span><StatusBadge record={r} /></span>
            {(r.replaces || r.message) && <span className="import-card-notes"><StatusNotes record={r} /></span>}
            <span className="import-card-counts">
              {([['col.read', r.read], ['col.added', r.added], ['col.duplicates', r.duplicates], ['col.rejected', r.rejected]] as const).map(([k, n]) => (
                <span key={k}><b>{formatNumber(n)}</b> {t(k)}</span>
              ))}
            </span>
            <span className="import-card-meta">
              {formatBytes(r.size)} · <SourceText record={r} idLine={false} /> · <EncodingText record={r} /> · {r.timeZone}
            </span>
            <span className="import-card-meta">{t('col.started')} {formatInZone(r.startedAt, zone)} ({zone})</span>
            <span className="import-card-meta hash">{t('col.sha256')} {r.sha256 ? `${r.sha256.slice(0, 16)}…` : '—'}</span>
          </button>
          {open === r.id && <div className="import-card-detail"><ImportDetail record={r} /></div>}
        </li>
      ))}
    </ul>
  );
}
