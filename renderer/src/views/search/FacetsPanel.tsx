/**
 * Top values of the current result per field (user, IP, action, status, service type, level,
 * source) with their counts. A click filters to a value, shift/alt-click or ⊖ excludes it, and a
 * click on an active value removes its condition.
 */
import type { MouseEvent } from 'react';
import type { FacetValue } from '../../db-worker/protocol';
import { formatNumber, t } from '../../i18n/messages';
import { conditionState, withCondition, withoutCondition } from '../../state/filter-edit';
import { useSearchStore } from '../../state/search-store';
import { useLang } from '../../state/settings-store';
import { FACET_FIELDS } from './use-summary';
import { pivotCondition } from './pivot';
import { pageLabel } from './search-words';
import { fieldLabelOf, valueText } from './use-suggestions';

interface Props { facets: Record<string, FacetValue[]> | null; onClose?(): void }

function FacetValueRow({ field, v, max }: { field: string; v: FacetValue; max: number }) {
  const filter = useSearchStore((s) => s.filter);
  const lang = useLang();
  const cond = pivotCondition({ field, value: v.value });
  const state = conditionState(filter, cond);
  const text = field === 'sourceId' && v.value ? pageLabel(v.value, lang) : valueText(field, v.value, v.label);
  const set = (mode: 'include' | 'exclude' | 'remove') => {
    const st = useSearchStore.getState();
    st.setFilter(mode === 'remove' ? withoutCondition(st.filter, cond) : withCondition(st.filter, cond, mode));
  };
  const onClick = (e: MouseEvent) => set(state !== null ? 'remove' : e.shiftKey || e.altKey ? 'exclude' : 'include');
  return (
    <li className={`facet-value ${state ?? ''}`} data-testid="facet-value" data-value={v.value} data-state={state ?? ''}>
      <button
        type="button" className="facet-pick" onClick={onClick} aria-pressed={state !== null}
        title={state !== null ? t('facets.remove') : t('facets.pickHint')}
      >
        <span className="facet-bar" style={{ width: `${Math.max(2, (v.count / max) * 100)}%` }} aria-hidden="true" />
        <span className="facet-text" title={v.label && v.label !== v.value ? `${v.label} — ${v.value}` : text}>{state === 'include' ? '✓ ' : state === 'exclude' ? '⊘ ' : ''}{text}</span>
        <span className="facet-count">{formatNumber(v.count)}</span>
      </button>
      <button
        type="button" className="facet-exclude" onClick={() => set(state === 'exclude' ? 'remove' : 'exclude')}
        aria-label={`${t('facets.exclude')}: ${text}`} title={t('facets.exclude')} data-testid="facet-exclude"
      >⊖</button>
    </li>
  );
}

export function FacetsPanel({ facets, onClose }: Props) {
  return (
    <aside className="facets-panel" aria-label={t('facets.title')} data-testid="facets-panel">
      <header className="facets-head">
        <h2>{t('facets.title')}</h2>
        {onClose && <button type="button" className="icon-button" onClick={onClose} aria-label={t('action.close')} data-testid="facets-close">✕</button>}
      </header>
      <p className="muted facets-hint">{t('facets.hint')}</p>
      {facets === null ? <div className="loading">…</div> : FACET_FIELDS.map((field) => {
        const values = facets[field] ?? [];
        // A field no event of the result has (every value empty) says nothing: left out.
        if (values.length === 0 || (values.length === 1 && values[0].value === '')) return null;
        const max = Math.max(...values.map((v) => v.count));
        return (
          <section key={field} className="facet" data-testid={`facet-${field}`}>
            <h3>{fieldLabelOf(field)}</h3>
            <ul>{values.map((v) => <FacetValueRow key={v.value} field={field} v={v} max={max} />)}</ul>
          </section>
        );
      })}
    </aside>
  );
}
