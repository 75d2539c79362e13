/**
 * The value part of one builder condition, by field kind and operator: dates in the display zone
 * (zone named), a CIDR block checked as typed, a checklist of known values with counts for "is one
 * of", or a text box that offers known values (the user picker for actor fields).
 */
import type { Condition, Query } from '../../../../shared/filter/tree';
import { t } from '../../i18n/messages';
import { fieldKind } from './field-kinds';
import { TimeValue } from './TimeValue';
import { ValueChecklist } from './ValueChecklist';
import { ValueCombo } from './ValueCombo';

interface Props { cond: Condition; scope: Query; lane: string; onChange(c: Condition): void }

export function ValueEditor({ cond, scope, lane, onChange }: Props) {
  const kind = fieldKind(cond.field);
  if (cond.op === 'exists' || cond.op === 'empty') return <span className="cond-novalue muted">—</span>;
  if (kind === 'time') return <TimeValue cond={cond} onChange={onChange} />;
  if (cond.op === 'in') {
    const list = Array.isArray(cond.value) ? cond.value.map(String) : [];
    return <ValueChecklist field={cond.field} chosen={list} scope={scope} lane={lane} onChange={(v) => onChange({ ...cond, value: v })} />;
  }
  const text = typeof cond.value === 'string' ? cond.value : '';
  if (cond.op === 'cidr') return <CidrInput value={text} onChange={(v) => onChange({ ...cond, value: v })} />;
  if (cond.op === 'matches' || cond.field === 'text') {
    return (
      <input
        className="cond-text" value={text} data-testid="cond-value" aria-label={t('cond.value')}
        placeholder={cond.op === 'matches' ? t('builder.regexHint') : ''} onChange={(e) => onChange({ ...cond, value: e.target.value })}
      />
    );
  }
  return <ValueCombo field={cond.field} value={text} scope={scope} lane={lane} onChange={(v) => onChange({ ...cond, value: v })} />;
}

/** Checked as typed by the row (conditionProblem), IPv4 and IPv6 alike. */
function CidrInput({ value, onChange }: { value: string; onChange(v: string): void }) {
  return (
    <input
      className="cond-text mono" value={value} placeholder="203.0.113.0/24 · 2001:db8::/32" data-testid="cond-value" aria-label={t('cond.value')}
      spellCheck={false} onChange={(e) => onChange(e.target.value.trim())}
    />
  );
}
