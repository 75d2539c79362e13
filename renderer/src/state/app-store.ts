/** App-wide UI facts: mode, readiness, display zone, effective layout, overlays, notices. */
import { create } from 'zustand';

export type Layout = 'pc' | 'mobile';

interface AppState {
  mode: 'electron' | 'web' | 'unknown';
  ready: boolean;
  startError: string | null;
  displayZone: string;
  systemZone: string;
  /** the layout in effect: the setting, or the window width when the setting is `auto` */
  layout: Layout;
  /** position in the current result of the event whose detail is open */
  detailIndex: number | null;
  /** the row/card the keyboard is on in the current result */
  cursor: number;
  navOpen: boolean;
  searchOpen: boolean;
  helpOpen: boolean;
  displayItemsOpen: boolean;
  notice: { level: 'info' | 'error'; text: string } | null;
  /** call after the settings are applied: the zone shown is the setting's, not reset here */
  setReady(mode: 'electron' | 'web', systemZone: string): void;
  setStartError(e: string): void;
  setDisplayZone(z: string): void;
  setLayout(l: Layout): void;
  openDetail(index: number | null): void;
  setCursor(i: number): void;
  set(patch: Partial<Pick<AppState, 'navOpen' | 'searchOpen' | 'helpOpen' | 'displayItemsOpen'>>): void;
  notify(level: 'info' | 'error', text: string): void;
  clearNotice(): void;
}

export const useAppStore = create<AppState>((set) => ({
  mode: 'unknown',
  ready: false,
  startError: null,
  displayZone: 'UTC',
  systemZone: 'UTC',
  layout: 'pc',
  detailIndex: null,
  cursor: 0,
  navOpen: false,
  searchOpen: false,
  helpOpen: false,
  displayItemsOpen: false,
  notice: null,
  setReady: (mode, systemZone) => set({ mode, ready: true, systemZone }),
  setStartError: (startError) => set({ startError }),
  setDisplayZone: (displayZone) => set({ displayZone }),
  setLayout: (layout) => set({ layout }),
  openDetail: (detailIndex) => set((s) => ({ detailIndex, cursor: detailIndex ?? s.cursor })),
  setCursor: (cursor) => set({ cursor }),
  set: (patch) => set(patch),
  notify: (level, text) => set({ notice: { level, text } }),
  clearNotice: () => set({ notice: null }),
}));

/** One way to tell the user something, from anywhere. */
export const notify = (level: 'info' | 'error', text: string) => useAppStore.getState().notify(level, text);
