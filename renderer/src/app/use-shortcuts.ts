/**
 * Keyboard shortcuts (listed in the help overlay): arrows move through the result (cards, or the
 * PC grid, which they focus first), Enter opens the detail, ←/→ step through it, Esc closes
 * the topmost thing, `/` focuses the search, `?` shows the help.
 */
import { useEffect } from 'react';
import { focusGridRow } from '../grid/grid-focus';
import { useAppStore } from '../state/app-store';

function isTyping(el: EventTarget | null): boolean {
  if (!(el instanceof HTMLElement)) return false;
  return el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName);
}

/** The search helper's quick-search box when present, else the condition value field. */
function focusSearch(): void {
  const st = useAppStore.getState();
  if (st.layout === 'mobile' && !st.searchOpen) st.set({ searchOpen: true });
  requestAnimationFrame(() => {
    const el = document.querySelector<HTMLElement>('[data-testid="quick-search"], [data-search-focus], [data-testid="cond-value"]');
    el?.focus();
  });
}

function onKey(e: KeyboardEvent): void {
  const st = useAppStore.getState();
  if (e.key === 'Escape') {
    if (st.helpOpen) st.set({ helpOpen: false });
    else if (st.displayItemsOpen) st.set({ displayItemsOpen: false });
    else if (st.detailIndex !== null) st.openDetail(null);
    else if (st.navOpen) st.set({ navOpen: false });
    else if (st.searchOpen) st.set({ searchOpen: false });
    else return;
    e.preventDefault();
    return;
  }
  if (isTyping(e.target) || e.ctrlKey || e.metaKey || e.altKey) return;
  if (e.key === '?') { st.set({ helpOpen: !st.helpOpen }); e.preventDefault(); return; }
  if (e.key === '/') { focusSearch(); e.preventDefault(); return; }
  const inGrid = e.target instanceof HTMLElement && e.target.closest('.ag-root-wrapper') !== null;
  if (st.detailIndex !== null && (e.key === 'ArrowLeft' || e.key === 'ArrowRight' || (!inGrid && (e.key === 'ArrowUp' || e.key === 'ArrowDown')))) {
    const step = e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? -1 : 1;
    st.openDetail(Math.max(0, st.detailIndex + step));
    e.preventDefault();
    return;
  }
  if (inGrid) return;
  if (st.layout === 'pc') {
    // Outside the grid, the first arrow puts the keyboard into it at the cursor.
    if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && focusGridRow(st.cursor)) e.preventDefault();
    return;
  }
  if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
    st.setCursor(Math.max(0, st.cursor + (e.key === 'ArrowDown' ? 1 : -1)));
    e.preventDefault();
  } else if (e.key === 'Enter' && !(e.target instanceof HTMLButtonElement)) {
    st.openDetail(st.cursor);
    e.preventDefault();
  }
}

export function useShortcuts(): void {
  useEffect(() => {
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
