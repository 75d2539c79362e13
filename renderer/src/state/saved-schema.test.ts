import { describe, expect, it } from 'vitest';
import { isWorthRecording, MAX_RECENT, pushRecent, restoreRecent, restoreSaved } from './saved-schema';
import { DEFAULT_SEARCH, type SearchSpec } from './search-model';

const failures: SearchSpec = { ...DEFAULT_SEARCH, filter: { kind: 'cond', field: 'status', op: 'eq', value: 'failure' } };

describe('saved searches restore', () => {
  it('keeps good entries and repairs damaged fields with defaults', () => {
    const raw = [
      { id: 'a', name: ' Night spray ', scope: 'page', spec: { ...failures, page: 'naverworks.login' }, createdAt: 1, updatedAt: 2 },
      { id: 'b', name: 42, scope: 'everywhere', spec: { page: 'all', period: { preset: 'fortnight' }, filter: null, sort: 'newest' } },
      { id: 'a', name: 'duplicate id', scope: 'page', spec: failures },
      { id: 'c', name: 'bad tree', spec: { ...failures, filter: { kind: 'cond', field: 'nope', op: 'eq', value: 'x' } } },
      { name: 'no id', spec: failures },
      'garbage',
    ];
    const out = restoreSaved(raw, 'Untitled');
    expect(out.map((e) => e.id)).toEqual(['a', 'b']);
    expect(out[0].name).toBe('Night spray');
    expect(out[0].scope).toBe('page');
    expect(out[1]).toEqual({ id: 'b', name: 'Untitled', scope: 'global', spec: DEFAULT_SEARCH, createdAt: 0, updatedAt: 0 });
    expect(restoreSaved({ not: 'a list' })).toEqual([]);
    expect(restoreSaved(undefined)).toEqual([]);
  });

  it('drops the ends of a preset period and keeps a custom one', () => {
    const [e] = restoreSaved([{ id: 'x', name: 'n', spec: { ...failures, period: { preset: '24h', from: 5, to: 9 } } }]);
    expect(e.spec.period).toEqual({ preset: '24h' });
    const [f] = restoreSaved([{ id: 'y', name: 'n', spec: { ...failures, period: { preset: 'custom', from: 5, to: 'x' } } }]);
    expect(f.spec.period).toEqual({ preset: 'custom', from: 5 });
  });
});

describe('recent searches', () => {
  it('moves a search run again to the top and keeps at most MAX_RECENT', () => {
    let list = pushRecent([], failures, 1);
    list = pushRecent(list, { ...failures, page: 'naverworks.login' }, 2);
    list = pushRecent(list, failures, 3);
    expect(list.map((r) => [r.spec.page, r.at])).toEqual([['all', 3], ['naverworks.login', 2]]);
    for (let i = 0; i < 30; i++) list = pushRecent(list, { ...DEFAULT_SEARCH, period: { preset: 'custom', from: i } }, 10 + i);
    expect(list).toHaveLength(MAX_RECENT);
    expect(list[0].spec.period.from).toBe(29);
  });

  it('restores newest first, drops bad entries and duplicates', () => {
    const out = restoreRecent([{ spec: failures, at: 1 }, { spec: failures, at: 5 }, { spec: 'x', at: 3 }, { spec: DEFAULT_SEARCH, at: 4 }]);
    expect(out.map((r) => r.at)).toEqual([5, 4]);
    expect(restoreRecent(null)).toEqual([]);
  });

  it('records only searches that narrow something', () => {
    expect(isWorthRecording(DEFAULT_SEARCH)).toBe(false);
    expect(isWorthRecording(failures)).toBe(true);
    expect(isWorthRecording({ ...DEFAULT_SEARCH, period: { preset: '7d' } })).toBe(true);
  });
});
