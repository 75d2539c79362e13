/**
 * "Is one of": the field's known values with their counts in the current page and period, as a
 * checklist with a filter box. Chosen values stay listed even when the data no longer has them.
 */
import { useState } from 'react';
import type { Query } from '../../../../shared/filter/tree';
import { formatNumber, t } from '../../i18n/messages';
import { useFieldValues } from './use-field-values';
import { askAll, narrowValues, valueText } from './use-suggestions';

interface Props { field: string; chosen: string[]; scope: Query; lane: string; onChange(v: string[]): void }

export function ValueChecklist({ field, chosen, scope, lane, onChange }: Props) {
  const [filter, setFilter] = useState('');
  const all = askAll(field);
  const asked = useFieldValues(field, all ? '' : filter, scope, true, lane, all ? 100 : undefined);
  const values = all ? narrowValues(field, asked.values, filter) : asked.values;
  const loading = asked.loading;
  const known = new Set(values.map((v) => v.value));
  const lower = new Set(chosen.map((c) => c.toLowerCase()));
  const missing = chosen.filter((c) => !known.has(c) && c.toLowerCase().includes(filter.toLowerCase()));
  const toggle = (v: string, on: boolean) => onChange(on ? [...chosen, v] : chosen.filter((c) => c.toLowerCase() !== v.toLowerCase()));
  const [extra, setExtra] = useState('');
  return (
    <div className="checklist" data-testid="value-checklist">
      <input
        className="checklist-filter" value={filter} onChange={(e) => setFilter(e.target.value)} placeholder={t('builder.filterValues')}
        aria-label={t('builder.filterValues')} data-testid="checklist-filter"
      />
      <ul role="group" aria-label={t('cond.value')}>
        {[...missing.map((value) => ({ value, count: 0, label: undefined })), ...values].map((v) => (
          <li key={v.value}>
            <label>
              <input type="checkbox" checked={lower.has(v.value.toLowerCase())} onChange={(e) => toggle(v.value, e.target.checked)} data-testid="value-option" data-value={v.value} />
              <span className="checklist-text" title={v.value}>{valueText(field, v.value, v.label)}</span>
              <span className="checklist-count">{formatNumber(v.count)}</span>
            </label>
          </li>
        ))}
        {!loading && values.length === 0 && missing.length === 0 && <li className="muted checklist-none">{t('builder.noValues')}</li>}
      </ul>
      <form className="checklist-add" onSubmit={(e) => { e.preventDefault(); if (extra.trim()) { toggle(extra.trim(), true); setExtra(''); } }}>
        <input value={extra} onChange={(e) => setExtra(e.target.value)} placeholder={t('builder.otherValue')} aria-label={t('builder.otherValue')} data-testid="checklist-other" />
        <button type="submit" disabled={!extra.trim()}>{t('action.add')}</button>
      </form>
    </div>
  );
}
