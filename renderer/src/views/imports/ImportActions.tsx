/**
 * What the analyst can do with one import (issue 3): map the columns of a file no source knows,
 * read the file again in another encoding (its events are rolled back first), and export its
 * rejected lines as CSV.
 */
import { useState } from 'react';
import type { ImportRecord } from '../../../../shared/model/import';
import { exportRejects, reimportAs } from '../../api/import-options';
import { t } from '../../i18n/messages';
import { useMappingStore } from '../../state/mapping-store';
import { ENCODING_CHOICES, encodingChoiceOf } from './encodings';
import { useReimportChoice } from './reimport-choice';
import './import-actions.css';

/** Imports whose file can be read again: not running, not already replaced, and text (XLSX has no encoding). */
function canReimport(r: ImportRecord): boolean {
  return Boolean(r.fileRef) && r.status !== 'running' && r.status !== 'replaced' && !(r.format ?? '').startsWith('xlsx');
}

export function ImportActions({ record }: { record: ImportRecord }) {
  const picked = useReimportChoice((s) => s.picked[record.id]);
  const encoding = picked ?? (record.encoding ? encodingChoiceOf(record.encoding) : 'cp932');
  const setEncoding = (v: string) => useReimportChoice.getState().pick(record.id, v);
  const [busy, setBusy] = useState(false);
  const mappable = record.status === 'needs-mapping' && record.mappingRequest !== undefined;
  const run = (action: () => Promise<void>) => {
    setBusy(true);
    void action().finally(() => setBusy(false));
  };
  return (
    <div className="import-actions" role="group" aria-label={t('imports.actions')} data-testid="import-actions" onClick={(e) => e.stopPropagation()}>
      {mappable && (
        <button type="button" className="primary" onClick={() => useMappingStore.getState().ask(record)} data-testid="import-map-columns">{t('mapping.open')}</button>
      )}
      {canReimport(record) && (
        <span className="reimport">
          <label className="reimport-label" htmlFor={`enc-${record.id}`}>{t('reimport.label')}</label>
          <select id={`enc-${record.id}`} value={encoding} onChange={(e) => setEncoding(e.target.value)} data-testid="reimport-encoding">
            {ENCODING_CHOICES.map((c) => <option key={c.value} value={c.value}>{c.words ? t(c.words) : c.label}</option>)}
          </select>
          <button type="button" disabled={busy} onClick={() => run(() => reimportAs(record, encoding))} data-testid="reimport-button">{t('reimport.button')}</button>
        </span>
      )}
      {record.rejected > 0 && record.status !== 'replaced' && (
        <button type="button" disabled={busy} onClick={() => run(() => exportRejects(record))} data-testid="export-rejects">{t('rejects.export')}</button>
      )}
      {canReimport(record) && <p className="muted hint">{t('reimport.hint')}</p>}
    </div>
  );
}
