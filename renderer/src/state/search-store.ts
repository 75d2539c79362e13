/**
 * What the analyst is looking at: the committed search (page, period, filter tree, sort) that every
 * view runs, and the draft tree the quick-search box and the builder edit together before it is
 * applied. UI state only: queries are built from it (search-model.ts) and run by the views.
 */
import { create } from 'zustand';
import type { FilterNode } from '../../../shared/filter/tree';
import { sameNode } from './filter-edit';
import {
  DEFAULT_SEARCH, customPeriod, searchKey, type DataRange, type PageId, type PeriodSpec, type SearchSpec, type Sort,
} from './search-model';

/** Who last changed the draft: the box re-writes its text only for changes it did not make. */
export type DraftSource = 'text' | 'builder' | 'commit';

/** How a search change should enter the browser's history (see app/use-search-url.ts). */
export type HistoryMode = 'push' | 'replace';

interface SearchState extends SearchSpec {
  draft: FilterNode | null;
  draftSource: DraftSource;
  /** bumped on every draft change, so views can tell two equal drafts apart */
  draftSeq: number;
  /** how the last committed change should be recorded in history */
  historyMode: HistoryMode;
  dataRange: DataRange | null;
  /** bumped to re-run the query after data changed */
  revision: number;
  setPage(p: PageId): void;
  setPeriod(p: PeriodSpec): void;
  setCustom(from: number | undefined, to: number | undefined): void;
  setSort(s: Sort): void;
  /** commits a filter: the query runs it and the draft follows */
  setFilter(tree: FilterNode | null): void;
  setDraft(tree: FilterNode | null, source: DraftSource): void;
  commitDraft(): void;
  /** replaces the whole search (saved, recent, URL, pivot to a new search) */
  apply(spec: SearchSpec, mode?: HistoryMode): void;
  setDataRange(r: DataRange | null): void;
  bump(): void;
}

function committed(st: SearchState): SearchSpec {
  return { page: st.page, period: st.period, filter: st.filter, sort: st.sort };
}

export const useSearchStore = create<SearchState>((set, get) => ({
  ...DEFAULT_SEARCH,
  draft: null,
  draftSource: 'commit',
  draftSeq: 0,
  historyMode: 'push',
  dataRange: null,
  revision: 0,
  setPage: (page) => set({ page, historyMode: 'push' }),
  setPeriod: (period) => set({ period, historyMode: 'push' }),
  setCustom: (from, to) => set({ period: customPeriod(from, to), historyMode: 'push' }),
  setSort: (sort) => set({ sort, historyMode: 'push' }),
  setFilter: (filter) => set((s) => ({ filter, draft: filter, draftSource: 'commit', draftSeq: s.draftSeq + 1, historyMode: 'push' })),
  setDraft: (draft, draftSource) => set((s) => ({ draft, draftSource, draftSeq: s.draftSeq + 1 })),
  commitDraft: () => {
    const s = get();
    if (!sameNode(s.draft, s.filter)) s.setFilter(s.draft);
  },
  apply: (spec, mode = 'push') => {
    if (searchKey(spec) === searchKey(committed(get()))) {
      if (!sameNode(get().draft, spec.filter)) get().setDraft(spec.filter, 'commit');
      return;
    }
    set((s) => ({ ...spec, draft: spec.filter, draftSource: 'commit', draftSeq: s.draftSeq + 1, historyMode: mode }));
  },
  setDataRange: (dataRange) => set({ dataRange }),
  bump: () => set((s) => ({ revision: s.revision + 1 })),
}));

/** The committed search, for code outside React. */
export function currentSearch(): SearchSpec {
  return committed(useSearchStore.getState());
}

/** True while the draft differs from what runs. */
export function hasPendingDraft(st: Pick<SearchState, 'draft' | 'filter'>): boolean {
  return !sameNode(st.draft, st.filter);
}
