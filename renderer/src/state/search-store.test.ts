import { beforeEach, describe, expect, it } from 'vitest';
import type { Condition } from '../../../shared/filter/tree';
import { buildQuery, DEFAULT_SEARCH, periodOf } from './search-model';
import { currentSearch, hasPendingDraft, useSearchStore } from './search-store';
import { useSavedStore, savedFor } from './saved-store';

const fail: Condition = { kind: 'cond', field: 'status', op: 'eq', value: 'failure' };
const ip: Condition = { kind: 'cond', field: 'ip', op: 'cidr', value: '203.0.113.0/24' };

beforeEach(() => {
  useSearchStore.getState().apply(DEFAULT_SEARCH, 'replace');
  useSearchStore.getState().setDraft(null, 'commit');
});

describe('search store', () => {
  it('keeps a draft apart from the committed filter until it is applied', () => {
    const s = useSearchStore.getState();
    s.setDraft(fail, 'text');
    expect(useSearchStore.getState().filter).toBeNull();
    expect(hasPendingDraft(useSearchStore.getState())).toBe(true);
    useSearchStore.getState().commitDraft();
    expect(useSearchStore.getState().filter).toEqual(fail);
    expect(useSearchStore.getState().draftSource).toBe('commit');
    expect(hasPendingDraft(useSearchStore.getState())).toBe(false);
  });

  it('replaces the whole search and says how history should record it', () => {
    useSearchStore.getState().apply({ ...DEFAULT_SEARCH, page: 'naverworks.login', filter: ip }, 'replace');
    expect(currentSearch()).toEqual({ ...DEFAULT_SEARCH, page: 'naverworks.login', filter: ip });
    expect(useSearchStore.getState().historyMode).toBe('replace');
    expect(useSearchStore.getState().draft).toEqual(ip);
    useSearchStore.getState().setCustom(10, 20);
    expect(useSearchStore.getState().period).toEqual({ preset: 'custom', from: 10, to: 20 });
    expect(useSearchStore.getState().historyMode).toBe('push');
  });

  it('builds one query from page, period and tree', () => {
    const now = Date.UTC(2024, 4, 20);
    const q = buildQuery({ page: 'naverworks.login', period: { preset: '1h' }, filter: fail, sort: { field: 'ip', dir: 'asc' } }, now, null);
    expect(q.filter).toEqual({ kind: 'and', children: [{ kind: 'cond', field: 'sourceId', op: 'eq', value: 'naverworks.login', caseSensitive: true }, fail] });
    expect(q.period).toEqual({ from: now - 3_600_000, to: now + 1 });
    expect(q.sort).toEqual({ field: 'ip', dir: 'asc' });
    expect(buildQuery(DEFAULT_SEARCH, now, null).filter).toBeNull();
  });

  it('resolves the data-range preset from the loaded data', () => {
    expect(periodOf({ preset: 'data' }, 0, { min: 100, max: 200 })).toEqual({ from: 100, to: 201 });
    expect(periodOf({ preset: 'data' }, 0, null)).toEqual({});
    expect(periodOf({ preset: 'custom', from: 5 }, 0, null)).toEqual({ from: 5 });
    expect(periodOf({ preset: 'all' }, 0, null)).toEqual({});
  });
});

describe('saved store', () => {
  it('saves, renames, overwrites and deletes; lists by scope', () => {
    const st = useSavedStore.getState();
    const a = st.save('  Spray  ', 'page', { ...DEFAULT_SEARCH, page: 'naverworks.login', filter: fail }, 1);
    const b = useSavedStore.getState().save('Everywhere', 'global', { ...DEFAULT_SEARCH, filter: ip }, 2);
    expect(a.name).toBe('Spray');
    useSavedStore.getState().rename(a.id, 'Night spray', 3);
    useSavedStore.getState().rename(a.id, '   ', 4);
    expect(useSavedStore.getState().saved.find((e) => e.id === a.id)?.name).toBe('Night spray');
    useSavedStore.getState().overwrite(b.id, { ...DEFAULT_SEARCH, filter: fail }, 5);
    expect(useSavedStore.getState().saved.find((e) => e.id === b.id)?.spec.filter).toEqual(fail);
    const lists = savedFor(useSavedStore.getState().saved, 'naverworks.login');
    expect(lists.here.map((e) => e.name)).toEqual(['Night spray']);
    expect(lists.global.map((e) => e.name)).toEqual(['Everywhere']);
    expect(savedFor(useSavedStore.getState().saved, 'all').elsewhere.map((e) => e.name)).toEqual(['Night spray']);
    useSavedStore.getState().remove(a.id);
    expect(useSavedStore.getState().saved.map((e) => e.id)).toEqual([b.id]);
  });
});
