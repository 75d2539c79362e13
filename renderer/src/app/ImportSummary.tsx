/** What an import did: added, duplicates, rejected lines with their line number and reason. */
import { useEffect, useState } from 'react';
import type { ImportRecord, Reject } from '../../../shared/model/import';
import { db } from '../api/db';
import { ingestMessage } from '../i18n/ingest-text';
import { formatNumber, t } from '../i18n/messages';
import { messageBesideFile } from '../views/imports/import-message';
import { useImportStore } from '../state/import-store';
import { useMappingStore } from '../state/mapping-store';

/** Statuses whose counts say nothing: nothing of the file is stored (needs-mapping, replaced, skipped) or it stopped. */
const NO_COUNTS = new Set<ImportRecord['status']>(['failed', 'cancelled', 'needs-mapping', 'replaced', 'skipped']);

const SHOWN_REJECTS = 50;

function RejectList({ importId }: { importId: string }) {
  const [rows, setRows] = useState<Reject[]>([]);
  const [total, setTotal] = useState(0);
  useEffect(() => {
    db().rejects({ importId, offset: 0, limit: SHOWN_REJECTS }).then((r) => { setRows(r.rows); setTotal(r.total); }).catch(() => undefined);
  }, [importId]);
  if (rows.length === 0) return null;
  return (
    <details className="rejects" open>
      <summary>{t('import.reasons')} ({formatNumber(total)})</summary>
      <ul data-testid="reject-list">
        {rows.map((r) => <li key={`${r.line}-${r.reason}`}><span className="line">{t('rejects.line', { n: r.line })}</span> {ingestMessage(r.reason, r.text)}</li>)}
        {total > rows.length && <li className="muted">{t('rejects.moreOnImports', { n: formatNumber(total - rows.length) })}</li>}
      </ul>
    </details>
  );
}

/** One line for several files (a ZIP's entries): how many, and the sums the reader would add up. */
function totalsLine(records: ImportRecord[]): string {
  const sum = (f: (r: ImportRecord) => number) => formatNumber(records.reduce((n, r) => n + f(r), 0));
  const counted = (r: ImportRecord) => !NO_COUNTS.has(r.status);
  return t('import.totals', {
    files: formatNumber(records.length),
    added: sum((r) => (counted(r) ? r.added : 0)),
    duplicates: sum((r) => (counted(r) ? r.duplicates : 0)),
    rejected: sum((r) => (counted(r) ? r.rejected : 0)),
    skipped: sum((r) => (r.status === 'skipped' ? 1 : 0)),
  });
}

export function ImportSummary({ records, errors }: { records: ImportRecord[]; errors: string[] }) {
  const dismiss = useImportStore((s) => s.dismiss);
  return (
    <div className="import-summary" data-testid="import-summary">
      <div className="row">
        <strong>{t('import.summary')}</strong>
        <button type="button" onClick={dismiss} data-testid="import-summary-close">{t('action.close')}</button>
      </div>
      {records.length > 1 && <p className="totals" data-testid="import-totals">{totalsLine(records)}</p>}
      {errors.map((e) => <p className="error" key={e}>{e}</p>)}
      {records.map((r) => (
        <div className={`import-result status-${r.status}`} key={r.id} data-testid="import-result" data-status={r.status}>
          <div className="file"><span>{r.fileName}</span> <span className={`badge badge-${r.status}`}>{t(`importStatus.${r.status}`)}</span></div>
          {/* a finished import's message only repeats its counts */}
          {r.message && r.status !== 'finished' && <p className={r.status === 'failed' ? 'error' : 'muted'} data-testid="import-message">{messageBesideFile(r)}</p>}
          {r.status === 'needs-mapping' && r.mappingRequest && (
            <button type="button" className="primary map-now" onClick={() => useMappingStore.getState().ask(r)} data-testid="summary-map-columns">{t('mapping.open')}</button>
          )}
          {!NO_COUNTS.has(r.status) && (
            <div className="counts">
              <span data-testid="count-added"><b>{formatNumber(r.added)}</b> {t('import.added')}</span>
              <span data-testid="count-duplicates"><b>{formatNumber(r.duplicates)}</b> {t('import.duplicates')}</span>
              <span data-testid="count-rejected"><b>{formatNumber(r.rejected)}</b> {t('import.rejected')}</span>
            </div>
          )}
          {r.added === 0 && r.duplicates > 0 && <p className="muted" data-testid="nothing-new">{t('import.noneAdded', { file: r.fileName })}</p>}
          {r.rejected > 0 && <RejectList importId={r.id} />}
        </div>
      ))}
    </div>
  );
}
