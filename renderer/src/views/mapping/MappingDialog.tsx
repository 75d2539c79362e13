/**
 * The column-mapping dialog for a file no source knows (issue 3): each column with its sample
 * values and a role (guesses filled in), the time format with a live preview in the import's zone,
 * the source's name. On confirm the mapping is saved and the file imported again with it.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { TIME_FORMATS, type TimeFormat } from '../../../../shared/mapping/column-mapping';
import type { ImportRecord } from '../../../../shared/model/import';
import { applyMapping } from '../../api/import-options';
import { t, type MessageKey } from '../../i18n/messages';
import { useMappingStore } from '../../state/mapping-store';
import { MappingColumns } from './MappingColumns';
import { initialForm, sourceIdOf, toMapping, type FormProblem, type MappingForm } from './mapping-form';
import { TimePreview } from './TimePreview';
import './mapping.css';

function problemText(p: FormProblem): string {
  return p.key === 'mapping.invalid' ? t(p.key, { detail: p.detail }) : t(p.key);
}

export function MappingDialog({ record }: { record: ImportRecord }) {
  const request = record.mappingRequest!;
  const [form, setForm] = useState<MappingForm>(() => initialForm(record, request));
  const [busy, setBusy] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => { ref.current?.querySelector<HTMLInputElement>('#mapping-name')?.focus(); }, []);
  const outcome = useMemo(() => toMapping(form, request, record.timeZone), [form, request, record.timeZone]);
  const close = () => useMappingStore.getState().drop([record.id]);
  const confirm = async () => {
    if (!('mapping' in outcome) || busy) return;
    setBusy(true);
    await applyMapping(record, outcome.mapping);
  };
  const problem = 'problem' in outcome ? outcome.problem : null;
  return (
    <div className="modal-backdrop" onKeyDown={(e) => { if (e.key === 'Escape') close(); }}>
      <div className="modal mapping-modal" role="dialog" aria-modal="true" aria-labelledby="mapping-title" data-testid="mapping-dialog" data-file={record.fileName} ref={ref}>
        <header className="modal-head">
          <h2 id="mapping-title">{t('mapping.title', { file: record.fileName })}</h2>
          <button type="button" onClick={close} aria-label={t('action.close')}>✕</button>
        </header>
        <p className="muted mapping-intro">{t('mapping.intro')}</p>
        <div className="mapping-top">
          <label>
            <span className="setting-label">{t('mapping.name')}</span>
            <input id="mapping-name" value={form.name} maxLength={80} onChange={(e) => setForm({ ...form, name: e.target.value })} data-testid="mapping-name" />
            <small className="muted">{t('mapping.nameHint', { id: sourceIdOf(form.name) })}</small>
          </label>
          <label>
            <span className="setting-label">{t('mapping.format')}</span>
            <select value={form.format} onChange={(e) => setForm({ ...form, format: e.target.value as TimeFormat })} data-testid="mapping-format">
              {TIME_FORMATS.map((f) => <option key={f} value={f}>{t(`format.${f}` as MessageKey)}</option>)}
            </select>
          </label>
        </div>
        <TimePreview request={request} form={form} zone={record.timeZone} />
        <MappingColumns request={request} form={form} onChange={setForm} />
        {form.roles.status !== undefined && (
          <div className="mapping-words">
            <label><span className="setting-label">{t('mapping.successWords')}</span><input value={form.success} onChange={(e) => setForm({ ...form, success: e.target.value })} data-testid="mapping-success-words" /></label>
            <label><span className="setting-label">{t('mapping.failureWords')}</span><input value={form.failure} onChange={(e) => setForm({ ...form, failure: e.target.value })} data-testid="mapping-failure-words" /></label>
            <small className="muted">{t('mapping.wordsHint')}</small>
          </div>
        )}
        {problem && problem.key !== 'mapping.needTime' && problem.key !== 'mapping.noTimeParses' && <p className="error" role="alert" data-testid="mapping-problem">{problemText(problem)}</p>}
        <footer className="modal-foot">
          <button type="button" onClick={close} data-testid="mapping-later">{t('mapping.later')}</button>
          <button type="button" className="primary" disabled={problem !== null || busy} onClick={() => void confirm()} data-testid="mapping-confirm">{t('mapping.confirm')}</button>
        </footer>
      </div>
    </div>
  );
}
