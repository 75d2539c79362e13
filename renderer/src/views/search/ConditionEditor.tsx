/** One builder condition: field, operator for that field, value, match case, remove; its problem under it. */
import type { Condition, Operator, Query } from '../../../../shared/filter/tree';
import { formatNumber, t, type MessageKey } from '../../i18n/messages';
import type { NodePath } from '../../state/filter-edit';
import { conditionProblem, FIELD_GROUPS, hasCaseToggle, operatorsFor, withField, withOperator } from './field-kinds';
import { fieldLabelOf } from './use-suggestions';
import { ValueEditor } from './ValueEditor';

interface Props {
  cond: Condition;
  path: NodePath;
  scope: Query;
  detailKeys: { key: string; count: number }[];
  onChange(c: Condition): void;
  onRemove(): void;
}

/** Operator names depend on the field: time operators read as dates. */
function opLabel(field: string, op: Operator): string {
  if (field === 'time' && (op === 'after' || op === 'before' || op === 'between')) return t(`op.time.${op}` as MessageKey);
  return t(`op.${op}` as MessageKey);
}

export function ConditionEditor({ cond, path, scope, detailKeys, onChange, onRemove }: Props) {
  const problem = conditionProblem(cond);
  const keys = detailKeys.some((d) => `details.${d.key}` === cond.field) || !cond.field.startsWith('details.')
    ? detailKeys : [{ key: cond.field.slice(8), count: 0 }, ...detailKeys];
  const where = path.join('.');
  return (
    <div className={`builder-cond ${problem ? 'has-problem' : ''}`} data-testid="builder-cond" data-path={where} role="group" aria-label={t('cond.label')}>
      <select value={cond.field} onChange={(e) => onChange(withField(cond, e.target.value))} aria-label={t('cond.field')} data-testid="cond-field">
        {FIELD_GROUPS.map((g) => (
          <optgroup key={g.labelKey} label={t(g.labelKey)}>
            {g.fields.map((f) => <option key={f} value={f}>{fieldLabelOf(f)}</option>)}
          </optgroup>
        ))}
        {keys.length > 0 && (
          <optgroup label={t('builder.groupSource')}>
            {keys.map((d) => <option key={d.key} value={`details.${d.key}`}>{d.key}{d.count ? ` (${formatNumber(d.count)})` : ''}</option>)}
          </optgroup>
        )}
      </select>
      <select value={cond.op} onChange={(e) => onChange(withOperator(cond, e.target.value as Operator))} aria-label={t('cond.op')} data-testid="cond-op">
        {operatorsFor(cond.field).map((op) => <option key={op} value={op}>{opLabel(cond.field, op)}</option>)}
      </select>
      <ValueEditor cond={cond} scope={scope} lane={`values:${where}`} onChange={onChange} />
      {hasCaseToggle(cond.field, cond.op) && (
        <label className="case-toggle" title={t('builder.matchCase')}>
          <input type="checkbox" checked={cond.caseSensitive === true} data-testid="cond-case" onChange={(e) => onChange(e.target.checked ? { ...cond, caseSensitive: true } : withOperator(cond, cond.op))} />
          <span>Aa</span><span className="sr-only">{t('builder.matchCase')}</span>
        </label>
      )}
      <button type="button" className="icon-button" onClick={onRemove} aria-label={t('builder.removeCondition')} title={t('builder.removeCondition')} data-testid="cond-remove">✕</button>
      {problem && (
        <div className={`cond-problem ${problem.key === 'builder.badCidr' || problem.key === 'builder.badValue' ? 'error' : 'muted'}`} data-testid="cond-problem" data-problem={problem.key}>
          {t(problem.key)}{problem.detail ? `: ${problem.detail}` : ''}
        </div>
      )}
    </div>
  );
}
