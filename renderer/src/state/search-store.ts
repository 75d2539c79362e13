/** What the analyst is looking at: page, period, conditions, sort and display options. UI state only. */
import { create } from 'zustand';
import { DEFAULT_SORT, type FilterNode, type Period, type Query, type Sort } from '../../../shared/filter/tree';

export type PeriodPreset = '24h' | '7d' | '30d' | '180d' | 'all' | 'custom';
export const PERIOD_PRESETS: PeriodPreset[] = ['24h', '7d', '30d', '180d', 'all', 'custom'];
const PRESET_MS: Record<string, number> = { '24h': 86_400_000, '7d': 7 * 86_400_000, '30d': 30 * 86_400_000, '180d': 180 * 86_400_000 };

export interface SimpleCondition { id: number; field: string; op: 'eq' | 'neq' | 'contains' | 'startsWith' | 'cidr'; value: string }

/** `all`, `imports` or a sourceId */
export type PageId = string;

interface SearchState {
  page: PageId;
  preset: PeriodPreset;
  custom: Period;
  conditions: SimpleCondition[];
  sort: Sort;
  /** bumped to re-run the query after data changed */
  revision: number;
  setPage(p: PageId): void;
  setPreset(p: PeriodPreset): void;
  setCustom(p: Period): void;
  addCondition(c: Omit<SimpleCondition, 'id'>): void;
  removeCondition(id: number): void;
  clearConditions(): void;
  setSort(s: Sort): void;
  bump(): void;
}

let nextId = 1;

export const useSearchStore = create<SearchState>((set) => ({
  page: 'all',
  preset: 'all',
  custom: {},
  conditions: [],
  sort: DEFAULT_SORT,
  revision: 0,
  setPage: (page) => set({ page }),
  setPreset: (preset) => set({ preset }),
  setCustom: (custom) => set({ custom, preset: 'custom' }),
  addCondition: (c) => set((s) => ({ conditions: [...s.conditions, { ...c, id: nextId++ }] })),
  removeCondition: (id) => set((s) => ({ conditions: s.conditions.filter((c) => c.id !== id) })),
  clearConditions: () => set({ conditions: [] }),
  setSort: (sort) => set({ sort }),
  bump: () => set((s) => ({ revision: s.revision + 1 })),
}));

export function periodOf(preset: PeriodPreset, custom: Period, now = Date.now()): Period {
  if (preset === 'all') return {};
  if (preset === 'custom') return custom;
  return { from: now - PRESET_MS[preset], to: now + 1 };
}

/** The query the grid, the count and the export all run. */
export function buildQuery(page: PageId, preset: PeriodPreset, custom: Period, conditions: SimpleCondition[], sort: Sort, now = Date.now()): Query {
  const children: FilterNode[] = [];
  if (page !== 'all' && page !== 'imports') children.push({ kind: 'cond', field: 'sourceId', op: 'eq', value: page, caseSensitive: true });
  for (const c of conditions) children.push({ kind: 'cond', field: c.field, op: c.op, value: c.value });
  return { filter: children.length ? { kind: 'and', children } : null, period: periodOf(preset, custom, now), sort };
}
