/**
 * Column mappings (issue 3): the saved ones, which every import request carries and which give
 * mapped sources their pages, and the imports waiting for the mapping dialog. Persisted in the
 * Dexie `settings` table under one key by api/mappings.ts.
 */
import { create } from 'zustand';
import { ColumnMappingSchema, signatureKey, type ColumnMapping } from '../../../shared/mapping/column-mapping';
import type { ImportRecord } from '../../../shared/model/import';

/** The identity of a saved mapping: one per kind and header signature. */
export function mappingKey(m: Pick<ColumnMapping, 'kind' | 'signature'>): string {
  return `${m.kind}\n${signatureKey(m.signature)}`;
}

/** Restores the saved list through the schema: a damaged entry is dropped, the rest kept (newest wins per key). */
export function restoreMappings(raw: unknown): ColumnMapping[] {
  if (!Array.isArray(raw)) return [];
  const out = new Map<string, ColumnMapping>();
  for (const v of raw) {
    const r = ColumnMappingSchema.safeParse(v);
    if (r.success) out.set(mappingKey(r.data), r.data);
  }
  return [...out.values()];
}

interface MappingState {
  mappings: ColumnMapping[];
  /** needs-mapping imports the dialog will ask about, oldest first */
  queue: ImportRecord[];
  load(list: ColumnMapping[]): void;
  /** adds or replaces (same kind and signature) */
  save(m: ColumnMapping): void;
  remove(key: string): void;
  offer(r: ImportRecord): void;
  /** puts an import first in line: the analyst asked to map it now */
  ask(r: ImportRecord): void;
  /** takes imports off the queue (the dialog was answered or dismissed) */
  drop(ids: readonly string[]): void;
}

export const useMappingStore = create<MappingState>((set) => ({
  mappings: [],
  queue: [],
  load: (mappings) => set({ mappings }),
  save: (m) => set((s) => ({ mappings: [...s.mappings.filter((x) => mappingKey(x) !== mappingKey(m)), m] })),
  remove: (key) => set((s) => ({ mappings: s.mappings.filter((x) => mappingKey(x) !== key) })),
  offer: (r) => set((s) => (s.queue.some((q) => q.id === r.id) ? s : { queue: [...s.queue, r] })),
  ask: (r) => set((s) => ({ queue: [r, ...s.queue.filter((q) => q.id !== r.id)] })),
  drop: (ids) => set((s) => ({ queue: s.queue.filter((q) => !ids.includes(q.id)) })),
}));

export const useMappings = () => useMappingStore((s) => s.mappings);
/** The import the mapping dialog is asking about, if any. */
export const useMappingAsked = () => useMappingStore((s) => s.queue[0] ?? null);
/** For non-React code (import requests, page lookups). */
export const savedMappings = (): ColumnMapping[] => useMappingStore.getState().mappings;
