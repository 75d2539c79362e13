/** App-wide facts: mode, readiness, display zone, layout, notices. */
import { create } from 'zustand';

export type Layout = 'auto' | 'pc' | 'mobile';

interface AppState {
  mode: 'electron' | 'web' | 'unknown';
  ready: boolean;
  startError: string | null;
  displayZone: string;
  systemZone: string;
  layout: Layout;
  notice: { level: 'info' | 'error'; text: string } | null;
  setReady(mode: 'electron' | 'web', systemZone: string): void;
  setStartError(e: string): void;
  setDisplayZone(z: string): void;
  setLayout(l: Layout): void;
  notify(level: 'info' | 'error', text: string): void;
  clearNotice(): void;
}

export const useAppStore = create<AppState>((set) => ({
  mode: 'unknown',
  ready: false,
  startError: null,
  displayZone: 'UTC',
  systemZone: 'UTC',
  layout: 'auto',
  notice: null,
  setReady: (mode, systemZone) => set({ mode, ready: true, systemZone, displayZone: systemZone }),
  setStartError: (startError) => set({ startError }),
  setDisplayZone: (displayZone) => set({ displayZone }),
  setLayout: (layout) => set({ layout }),
  notify: (level, text) => set({ notice: { level, text } }),
  clearNotice: () => set({ notice: null }),
}));

/** One way to tell the user something, from anywhere. */
export const notify = (level: 'info' | 'error', text: string) => useAppStore.getState().notify(level, text);
