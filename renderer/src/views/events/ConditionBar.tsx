/** Field conditions that narrow the result (all must hold), shown as removable chips. */
import { useState } from 'react';
import { t, type MessageKey } from '../../i18n/messages';
import { useSearchStore, type SimpleCondition } from '../../state/search-store';

const FIELDS = ['actor', 'status', 'action', 'ip', 'serviceType', 'target', 'category', 'text'] as const;
const OPS: SimpleCondition['op'][] = ['contains', 'eq', 'neq', 'startsWith', 'cidr'];

export function ConditionBar() {
  const conditions = useSearchStore((s) => s.conditions);
  const add = useSearchStore((s) => s.addCondition);
  const remove = useSearchStore((s) => s.removeCondition);
  const clear = useSearchStore((s) => s.clearConditions);
  const [field, setField] = useState<string>('actor');
  const [op, setOp] = useState<SimpleCondition['op']>('contains');
  const [value, setValue] = useState('');
  const submit = () => {
    const v = value.trim();
    if (!v) return;
    add({ field, op, value: v });
    setValue('');
  };
  return (
    <div className="conditions">
      <form className="condition-form" onSubmit={(e) => { e.preventDefault(); submit(); }} aria-label={t('cond.label')}>
        <select value={field} onChange={(e) => setField(e.target.value)} aria-label={t('cond.field')} data-testid="cond-field">
          {FIELDS.map((f) => <option key={f} value={f}>{t(`field.${f}` as MessageKey)}</option>)}
        </select>
        <select value={op} onChange={(e) => setOp(e.target.value as SimpleCondition['op'])} aria-label={t('cond.op')} data-testid="cond-op">
          {OPS.map((o) => <option key={o} value={o}>{t(`op.${o}` as MessageKey)}</option>)}
        </select>
        <input value={value} onChange={(e) => setValue(e.target.value)} placeholder={field === 'status' ? 'failure' : field === 'ip' ? '203.0.113.0/24' : ''} aria-label={t('cond.value')} data-testid="cond-value" />
        <button type="submit" data-testid="cond-add">{t('action.add')}</button>
      </form>
      <ul className="chips" data-testid="condition-chips">
        {conditions.map((c) => (
          <li key={c.id} className="chip">
            <span>{t(`field.${c.field}` as MessageKey)} {t(`op.${c.op}` as MessageKey)} “{c.value}”</span>
            <button type="button" aria-label={`remove ${c.field}`} onClick={() => remove(c.id)}>×</button>
          </li>
        ))}
        {conditions.length > 1 && <li><button type="button" className="link" onClick={clear}>{t('action.clear')}</button></li>}
      </ul>
    </div>
  );
}
