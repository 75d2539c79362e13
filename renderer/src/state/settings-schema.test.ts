import { describe, expect, it } from 'vitest';
import { defaultUi, langFromLocale, resolveZone, restoreColumns, restoreExports, restoreUi } from './settings-schema';

describe('settings restore', () => {
  it('picks the UI language from the browser locale', () => {
    expect(langFromLocale('ja-JP')).toBe('ja');
    expect(langFromLocale('ko')).toBe('ko');
    expect(langFromLocale('fr-FR')).toBe('en');
    expect(langFromLocale(undefined)).toBe('en');
  });
  it('restores a good record and repairs a damaged one field by field', () => {
    const good = { lang: 'ko', theme: 'dark', zone: 'Asia/Seoul', density: 'comfortable', layout: 'mobile' };
    expect(restoreUi(good)).toEqual(good);
    expect(restoreUi({ lang: 'xx', theme: 'dark', zone: 'Mars/Base' }, 'ja-JP')).toEqual({ ...defaultUi('ja-JP'), theme: 'dark' });
    expect(restoreUi('garbage')).toEqual(defaultUi());
    expect(restoreUi(null)).toEqual(defaultUi());
  });
  it('resolves the local zone', () => {
    expect(resolveZone('local', 'Asia/Tokyo')).toBe('Asia/Tokyo');
    expect(resolveZone('UTC', 'Asia/Tokyo')).toBe('UTC');
  });
  it('drops damaged column prefs per page', () => {
    const r = restoreColumns({ a: { visible: ['time'], widths: { time: 100 }, pinned: {} }, b: { visible: 3 }, c: { visible: ['x'], widths: { x: -5 }, pinned: { x: 'top' } } });
    expect(Object.keys(r).sort()).toEqual(['a', 'c']);
    expect(r.c).toEqual({ visible: ['x'], widths: {}, pinned: {} });
    expect(restoreColumns(7)).toEqual({});
  });
  it('keeps only well-formed exports', () => {
    expect(restoreExports([{ at: 1, page: 'all', format: 'csv', rows: 2, fileName: 'f.csv' }, { at: 'x' }])).toHaveLength(1);
    expect(restoreExports({})).toEqual([]);
  });
});
