/** The sections of the event detail: marks, normalized fields, source fields, Complement, provenance, raw. */
import type { AuditEvent } from '../../../../shared/model/event';
import type { ImportRecord } from '../../../../shared/model/import';
import { eventMarks } from '../../grid/value-marks';
import { formatBytes, formatDateTime, t } from '../../i18n/messages';
import { useLang } from '../../state/settings-store';
import { complementPairs, glossaryFor, normalizedRows, sourceRows, type FieldRow } from './detail-fields';
import { FieldTable, type RowPivot } from './FieldTable';
import { openPivotMenu } from '../search/PivotMenu';
import { pivotTarget } from '../search/pivot';

function provenanceRows(e: AuditEvent, rec: ImportRecord | undefined, zone: string): FieldRow[] {
  const rows: FieldRow[] = [];
  if (rec) {
    rows.push({ key: 'file', labelKey: 'col.file', value: rec.container ?? rec.fileName });
    if (rec.entry || rec.entryPath) rows.push({ key: 'entry', labelKey: 'detail.entry', value: rec.entry ?? rec.entryPath });
  }
  rows.push({ key: 'line', labelKey: 'field.line', value: String(e.line) });
  if (rec) {
    rows.push(
      { key: 'sha256', labelKey: 'col.sha256', value: rec.sha256 },
      { key: 'size', labelKey: 'col.size', value: formatBytes(rec.size) },
      { key: 'encoding', labelKey: 'col.encoding', value: rec.encoding },
      { key: 'importZone', labelKey: 'detail.importZone', value: rec.timeZone },
      { key: 'importedAt', labelKey: 'detail.importedAt', value: `${formatDateTime(rec.startedAt, zone)} (${zone})` },
    );
  }
  rows.push({ key: 'importId', labelKey: 'field.importId', value: e.importId });
  return rows;
}

/** Pivots from the detail's values: normalized fields by name, source fields as `details.<key>`. */
function pivotsFor(event: AuditEvent, keyToColumn: (key: string) => string): RowPivot {
  return {
    pivotOf: (key) => {
      const column = keyToColumn(key);
      return column === 'time' || pivotTarget(event, column) ? column : null;
    },
    open: (column, at) => openPivotMenu(event, column, at),
  };
}

export function DetailBody({ event, record, zone }: { event: AuditEvent; record: ImportRecord | undefined; zone: string }) {
  const lang = useLang();
  const marks = eventMarks(event.flags);
  const glossary = glossaryFor(event.sourceId, lang);
  const complement = complementPairs(event, glossary);
  const source = sourceRows(event, lang, glossary);
  return (
    <div className="detail-body">
      {marks.length > 0 && (
        <ul className="detail-marks" aria-label={t('detail.flags')}>
          {marks.map((m) => <li key={m} className={`mark mark-${m}`}>{t(`flag.${m}`)}</li>)}
        </ul>
      )}
      <h3>{t('detail.normalized')}</h3>
      <FieldTable rows={normalizedRows(event, zone)} testId="detail-normalized" pivot={pivotsFor(event, (k) => k)} />
      {source.length > 0 && <><h3>{t('detail.sourceFields')}</h3><FieldTable rows={source} testId="detail-source" pivot={pivotsFor(event, (k) => `details.${k}`)} /></>}
      {complement.length > 0 && (
        <>
          <h3>{t('detail.complement')}</h3>
          <FieldTable rows={complement.map((p) => ({ key: p.key, label: p.key, value: p.value, note: p.meaning }))} testId="detail-complement" pivot={pivotsFor(event, (k) => `details.${k}`)} />
        </>
      )}
      <h3>{t('detail.provenance')}</h3>
      {!record && <p className="muted">{t('detail.noImport')}</p>}
      <FieldTable rows={provenanceRows(event, record, zone)} testId="detail-provenance" pivot={pivotsFor(event, (k) => (k === 'importId' ? k : ''))} />
      <h3>{t('detail.raw')}</h3>
      <pre className="raw-row" data-testid="detail-raw">{event.raw}</pre>
    </div>
  );
}
