/**
 * Which search panels are open (advanced builder, facets, saved searches) and the pivot menu.
 * UI state only; the search itself is in search-store.ts.
 */
import { create } from 'zustand';
import type { AuditEvent } from '../../../shared/model/event';

/** Where the pivot menu opens and what it pivots on. */
export interface PivotMenuState {
  x: number;
  y: number;
  event: AuditEvent;
  /** the grid column or detail field (`ip`, `actor`, `details.loginMethod`, `time` …) */
  column: string;
  /** the element to give focus back to when the menu closes */
  returnFocus: HTMLElement | null;
}

interface SearchUiState {
  advancedOpen: boolean;
  /** PC: the side panel is shown; mobile: the sheet is open */
  facetsOpen: boolean;
  facetsOpenMobile: boolean;
  savedOpen: boolean;
  pivotMenu: PivotMenuState | null;
  set(patch: Partial<Pick<SearchUiState, 'advancedOpen' | 'facetsOpen' | 'facetsOpenMobile' | 'savedOpen'>>): void;
  openPivotMenu(m: PivotMenuState): void;
  closePivotMenu(): void;
}

export const useSearchUi = create<SearchUiState>((set) => ({
  advancedOpen: false,
  facetsOpen: true,
  facetsOpenMobile: false,
  savedOpen: false,
  pivotMenu: null,
  set: (patch) => set(patch),
  openPivotMenu: (pivotMenu) => set({ pivotMenu }),
  closePivotMenu: () => set({ pivotMenu: null }),
}));
