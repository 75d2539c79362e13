/**
 * Saved searches (named, per page or global) and the recent ones (the last MAX_RECENT run).
 * Persisted through the DB worker's settings by api/saved-sync.ts; restored by saved-schema.ts.
 */
import { create } from 'zustand';
import { MAX_NAME, MAX_SAVED, pushRecent, type RecentSearch, type SavedScope, type SavedSearch } from './saved-schema';
import type { SearchSpec } from './search-model';

interface SavedState {
  loaded: boolean;
  saved: SavedSearch[];
  recent: RecentSearch[];
  load(s: { saved: SavedSearch[]; recent: RecentSearch[] }): void;
  /** saves a new entry and returns it */
  save(name: string, scope: SavedScope, spec: SearchSpec, now?: number): SavedSearch;
  /** replaces an entry's search with `spec` (keeps its name and scope) */
  overwrite(id: string, spec: SearchSpec, now?: number): void;
  rename(id: string, name: string, now?: number): void;
  remove(id: string): void;
  record(spec: SearchSpec, now?: number): void;
  clearRecent(): void;
}

let counter = 0;
function newId(now: number): string {
  counter = (counter + 1) % 1_000_000;
  return `s${now.toString(36)}${counter.toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
}

const clip = (name: string) => name.trim().slice(0, MAX_NAME);

export const useSavedStore = create<SavedState>((set) => ({
  loaded: false,
  saved: [],
  recent: [],
  load: (s) => set({ ...s, loaded: true }),
  save: (name, scope, spec, now = Date.now()) => {
    const entry: SavedSearch = { id: newId(now), name: clip(name), scope, spec, createdAt: now, updatedAt: now };
    set((s) => ({ saved: [entry, ...s.saved].slice(0, MAX_SAVED) }));
    return entry;
  },
  overwrite: (id, spec, now = Date.now()) => set((s) => ({ saved: s.saved.map((e) => (e.id === id ? { ...e, spec, updatedAt: now } : e)) })),
  rename: (id, name, now = Date.now()) => set((s) => ({ saved: s.saved.map((e) => (e.id === id && clip(name) ? { ...e, name: clip(name), updatedAt: now } : e)) })),
  remove: (id) => set((s) => ({ saved: s.saved.filter((e) => e.id !== id) })),
  record: (spec, now = Date.now()) => set((s) => ({ recent: pushRecent(s.recent, spec, now) })),
  clearRecent: () => set({ recent: [] }),
}));

/** The saved searches offered on `page`: its own, then the global ones, then other pages'. */
export function savedFor(list: SavedSearch[], page: string): { here: SavedSearch[]; global: SavedSearch[]; elsewhere: SavedSearch[] } {
  return {
    here: list.filter((e) => e.scope === 'page' && e.spec.page === page),
    global: list.filter((e) => e.scope === 'global'),
    elsewhere: list.filter((e) => e.scope === 'page' && e.spec.page !== page),
  };
}
