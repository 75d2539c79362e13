/** The sample rows' times as the import will store them, in the import's zone; a clear error when they do not parse. */
import type { MappingRequest } from '../../../../shared/mapping/column-mapping';
import { t } from '../../i18n/messages';
import { previewTimes, type MappingForm } from './mapping-form';

export function TimePreview({ request, form, zone }: { request: MappingRequest; form: MappingForm; zone: string }) {
  if (form.time === null) return <p className="error" role="alert" data-testid="mapping-time-error">{t('mapping.needTime')}</p>;
  const rows = previewTimes(form, request, zone);
  const bad = rows.filter((r) => !r.ok).length;
  const column = request.columns[form.time];
  return (
    <section className="mapping-preview" aria-live="polite" data-testid="mapping-preview">
      <h3>{t('mapping.preview', { zone })}</h3>
      <ul>
        {rows.map((r, i) => (
          <li key={i} className={r.ok ? '' : 'bad'} data-testid="mapping-preview-row" data-ok={r.ok ? 'true' : 'false'}>
            <code className="as-written" title={r.text}>{r.text || '—'}</code>
            <span aria-hidden="true">→</span>
            {r.ok ? <strong>{r.shown}</strong> : <span className="error">{t('mapping.notATime')}</span>}
          </li>
        ))}
      </ul>
      {bad === rows.length && rows.length > 0 && <p className="error" role="alert" data-testid="mapping-time-error">{t('mapping.noTimeParses', { column })}</p>}
      {bad > 0 && bad < rows.length && <p className="warn" data-testid="mapping-time-warning">{t('mapping.someFail', { n: bad, total: rows.length })}</p>}
      <p className="muted hint">{t('mapping.previewHint', { zone })}</p>
    </section>
  );
}
