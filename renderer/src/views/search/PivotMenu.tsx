/**
 * The pivot menu of a grid cell or a detail value (right-click, the context-menu key, Shift+F10):
 * filter to this value, exclude it, start a new search with only it (All events, all time), or —
 * on a time — look at the minutes around the event. Keyboard: ↑↓ Home End, Enter, letters, Esc.
 */
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { t } from '../../i18n/messages';
import { notify } from '../../state/app-store';
import { currentSearch, useSearchStore } from '../../state/search-store';
import { useSearchUi, type PivotMenuState } from '../../state/search-ui-store';
import { copyText } from '../detail/copy-text';
import { aroundTime, pivotCondition, pivotSpec, pivotTarget, type PivotAction } from './pivot';
import { fieldLabelOf, valueText } from './use-suggestions';

interface Item { id: string; label: string; key: string; run(): void }

function itemsFor(m: PivotMenuState): { title: string; items: Item[] } {
  const store = useSearchStore.getState();
  const copy = (v: string): Item => ({ id: 'copy', label: t('pivot.copy'), key: 'c', run: () => void copyText(v).then(() => notify('info', t('detail.copied'))) });
  if (m.column === 'time') {
    const around = (min: number, id: string): Item => ({
      id, label: t('pivot.around', { n: min }), key: id === 'around5' ? 'a' : 'h', run: () => store.apply({ ...currentSearch(), period: aroundTime(m.event.time, min) }),
    });
    return { title: fieldLabelOf('time'), items: [around(5, 'around5'), around(60, 'around60'), copy(String(m.event.time))] };
  }
  const target = pivotTarget(m.event, m.column);
  if (!target) return { title: m.column, items: [] };
  const cond = pivotCondition(target);
  const go = (action: PivotAction) => () => store.apply(pivotSpec(currentSearch(), cond, action));
  return {
    title: `${fieldLabelOf(target.field)}: ${valueText(target.field, target.value)}`,
    items: [
      { id: 'filter', label: t('pivot.filter'), key: 'f', run: go('filter') },
      { id: 'exclude', label: t('pivot.exclude'), key: 'x', run: go('exclude') },
      { id: 'new', label: t('pivot.new'), key: 'n', run: go('new') },
      copy(target.value),
    ],
  };
}

export function PivotMenu() {
  const menu = useSearchUi((s) => s.pivotMenu);
  const ref = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState<{ left: number; top: number } | null>(null);
  const close = (refocus: boolean) => {
    const back = useSearchUi.getState().pivotMenu?.returnFocus;
    useSearchUi.getState().closePivotMenu();
    if (refocus) back?.focus();
  };

  useLayoutEffect(() => {
    const el = ref.current;
    if (!menu || !el) { setPlace(null); return; }
    // kept inside the window
    const left = Math.max(4, Math.min(menu.x, window.innerWidth - el.offsetWidth - 4));
    const top = Math.max(4, Math.min(menu.y, window.innerHeight - el.offsetHeight - 4));
    setPlace({ left, top });
  }, [menu]);
  // Focus once placed: a hidden menu (before it is measured) cannot take focus.
  useEffect(() => {
    if (place) ref.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  }, [place]);
  useEffect(() => {
    if (!menu) return;
    const away = (e: MouseEvent) => { if (!ref.current?.contains(e.target as Node)) close(false); };
    document.addEventListener('mousedown', away);
    return () => document.removeEventListener('mousedown', away);
  }, [menu]);

  if (!menu) return null;
  const { title, items } = itemsFor(menu);
  const run = (it: Item) => { close(true); it.run(); };
  const onKey = (e: KeyboardEvent) => {
    const buttons = [...(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const i = buttons.indexOf(document.activeElement as HTMLElement);
    const focusAt = (j: number) => buttons[(j + buttons.length) % buttons.length]?.focus();
    if (e.key === 'ArrowDown') focusAt(i + 1);
    else if (e.key === 'ArrowUp') focusAt(i - 1);
    else if (e.key === 'Home') focusAt(0);
    else if (e.key === 'End') focusAt(buttons.length - 1);
    else if (e.key === 'Escape' || e.key === 'Tab') close(true);
    else {
      const hit = items.find((it) => it.key === e.key.toLowerCase());
      if (!hit) return;
      run(hit);
    }
    e.preventDefault();
    e.stopPropagation();
  };
  return (
    <div
      className="pivot-menu" ref={ref} role="menu" aria-label={title} data-testid="pivot-menu" onKeyDown={onKey}
      style={place ?? { left: menu.x, top: menu.y, visibility: 'hidden' }} onContextMenu={(e) => e.preventDefault()}
    >
      <div className="pivot-title" title={title}>{title}</div>
      {items.length === 0 && <div className="muted pivot-none">{t('pivot.none')}</div>}
      {items.map((it) => (
        <button key={it.id} type="button" role="menuitem" tabIndex={-1} onClick={() => run(it)} data-testid={`pivot-${it.id}`}>
          <span>{it.label}</span><kbd>{it.key.toUpperCase()}</kbd>
        </button>
      ))}
    </div>
  );
}

/** Opens the pivot menu for `column` of `event` at a point, or under an element. */
export function openPivotMenu(event: PivotMenuState['event'], column: string, at: { x: number; y: number } | HTMLElement): void {
  const point = at instanceof HTMLElement ? (() => { const r = at.getBoundingClientRect(); return { x: r.left + 8, y: r.bottom }; })() : at;
  const returnFocus = at instanceof HTMLElement ? at : (document.activeElement instanceof HTMLElement ? document.activeElement : null);
  useSearchUi.getState().openPivotMenu({ ...point, event, column, returnFocus });
}
