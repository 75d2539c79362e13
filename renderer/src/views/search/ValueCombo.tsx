/**
 * A text value with the field's known values offered under it (with counts) while it has focus:
 * ↑↓ move, Enter or Tab take one, Esc closes the list. For actor fields this is the user picker.
 */
import { useId, useState, type KeyboardEvent } from 'react';
import type { Query } from '../../../../shared/filter/tree';
import { formatNumber, t } from '../../i18n/messages';
import { useFieldValues } from './use-field-values';
import { valueHint, valueText } from './use-suggestions';

interface Props { field: string; value: string; scope: Query; lane: string; onChange(v: string): void }

export function ValueCombo({ field, value, scope, lane, onChange }: Props) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const id = useId();
  const { values } = useFieldValues(field, value, scope, open, lane, 12);
  const shown = values.filter((v) => v.value !== value);
  const pick = (v: string) => { onChange(v); setOpen(false); };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (!open || shown.length === 0) {
      if (e.key === 'ArrowDown') { setOpen(true); e.preventDefault(); }
      return;
    }
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      setActive((a) => (a + (e.key === 'ArrowDown' ? 1 : shown.length - 1)) % shown.length);
      e.preventDefault();
    } else if (e.key === 'Enter' || (e.key === 'Tab' && !e.shiftKey)) {
      pick(shown[Math.min(active, shown.length - 1)].value);
      e.preventDefault();
    } else if (e.key === 'Escape') {
      setOpen(false);
      e.preventDefault();
      e.stopPropagation();
    }
  };
  return (
    <span className="combo">
      <input
        className="cond-text" value={value} data-testid="cond-value" aria-label={t('cond.value')} role="combobox" autoComplete="off"
        aria-expanded={open && shown.length > 0} aria-controls={id} placeholder={field.startsWith('actor') ? t('builder.userHint') : ''}
        onChange={(e) => { onChange(e.target.value); setOpen(true); setActive(0); }}
        onFocus={() => setOpen(true)} onBlur={() => setOpen(false)} onKeyDown={onKeyDown}
      />
      {open && shown.length > 0 && (
        <ul className="qs-list combo-list" role="listbox" id={id} data-testid="value-suggestions">
          {shown.map((v, i) => (
            <li
              key={v.value} role="option" aria-selected={i === active} className={i === active ? 'active' : ''} data-testid="value-suggestion" data-value={v.value}
              onMouseDown={(e) => { e.preventDefault(); pick(v.value); }} onMouseEnter={() => setActive(i)}
            >
              <span className="qs-item-text">{valueText(field, v.value, v.label)}</span>
              {valueHint(field, v.value, v.label) !== undefined && <span className="qs-item-hint">{v.value}</span>}
              <span className="qs-item-count">{formatNumber(v.count)}</span>
            </li>
          ))}
        </ul>
      )}
    </span>
  );
}
