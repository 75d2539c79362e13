/**
 * Preferences: UI settings, display items per page and the list of exports. Persisted in the DB
 * worker's Dexie `settings` table by api/settings-sync.ts (localStorage would be lost in web mode,
 * where the origin's port may change).
 */
import { create } from 'zustand';
import { defaultUi, MAX_EXPORTS_KEPT, type ColumnPrefs, type ExportEntry, type UiSettings } from './settings-schema';

interface SettingsState {
  loaded: boolean;
  ui: UiSettings;
  columns: Record<string, ColumnPrefs>;
  exports: ExportEntry[];
  load(s: { ui: UiSettings; columns: Record<string, ColumnPrefs>; exports: ExportEntry[] }): void;
  setUi(patch: Partial<UiSettings>): void;
  setColumns(page: string, prefs: ColumnPrefs | null): void;
  addExport(e: ExportEntry): void;
}

export const useSettingsStore = create<SettingsState>((set) => ({
  loaded: false,
  ui: defaultUi(typeof navigator === 'undefined' ? undefined : navigator.language),
  columns: {},
  exports: [],
  load: (s) => set({ ...s, loaded: true }),
  setUi: (patch) => set((st) => ({ ui: { ...st.ui, ...patch } })),
  setColumns: (page, prefs) => set((st) => {
    const columns = { ...st.columns };
    if (prefs) columns[page] = prefs; else delete columns[page];
    return { columns };
  }),
  addExport: (e) => set((st) => ({ exports: [e, ...st.exports].slice(0, MAX_EXPORTS_KEPT) })),
}));

export const useUi = () => useSettingsStore((s) => s.ui);
export const useLang = () => useSettingsStore((s) => s.ui.lang);
export const useColumnPrefs = (page: string): ColumnPrefs | undefined => useSettingsStore((s) => s.columns[page]);
