/** The completion list under the quick-search box: a listbox driven from the box's keyboard. */
import { formatNumber } from '../../i18n/messages';
import type { Suggestion } from './use-suggestions';

interface Props { id: string; items: Suggestion[]; active: number; onPick(s: Suggestion): void; onHover(i: number): void }

export function Suggestions({ id, items, active, onPick, onHover }: Props) {
  return (
    <ul className="qs-list" role="listbox" id={id} data-testid="quick-search-suggestions">
      {items.map((s, i) => (
        <li
          key={s.key} id={`${id}-${s.key}`} role="option" aria-selected={i === active} className={i === active ? 'active' : ''}
          data-testid="suggestion" data-insert={s.insert}
          // mousedown, not click: the box keeps focus and its caret
          onMouseDown={(e) => { e.preventDefault(); onPick(s); }}
          onMouseEnter={() => onHover(i)}
        >
          <span className="qs-item-text">{s.text}</span>
          {s.hint && <span className="qs-item-hint">{s.hint}</span>}
          {s.count !== undefined && <span className="qs-item-count">{formatNumber(s.count)}</span>}
          {/* before ↑↓ is used, Tab takes the first suggestion and Enter runs the search */}
          {active < 0 && i === 0 && <kbd className="qs-tab">Tab</kbd>}
        </li>
      ))}
    </ul>
  );
}
