import { afterEach, describe, expect, it } from 'vitest';
import { formatBytes, formatNumber, setLanguage, t } from './messages';
import { JA } from './ja';
import { KO } from './ko';
import { EN_UI } from './en-ui';
import { EN_SEARCH } from './en-search';
import { JA_SEARCH } from './ja-search';
import { KO_SEARCH } from './ko-search';
import { QS_ERROR_CODES } from '../views/search/qs-error-text';

afterEach(async () => { await setLanguage('en'); });

describe('i18n', () => {
  it('fills {name} placeholders and switches language', async () => {
    expect(t('count.matching', { n: '1,234' })).toBe('1,234 matching events');
    await setLanguage('ja');
    expect(t('count.matching', { n: '5' })).toBe('該当 5 件');
    await setLanguage('ko');
    expect(t('nav.all')).toBe('모든 이벤트');
  });
  it('falls back to English for a key a translation lacks', async () => {
    await setLanguage('ja');
    expect(t('flag.formulaShort')).toBe('fx');
  });
  it('translates every layout string into Japanese and Korean', () => {
    const missing = (d: Record<string, string | undefined>) => Object.keys(EN_UI).filter((k) => !(k in d) && !k.endsWith('Short'));
    expect(missing(JA)).toEqual([]);
    expect(missing(KO)).toEqual([]);
  });
  it('words every quick-search error code in English, Japanese and Korean, with the same placeholders', () => {
    const placeholders = (s: string | undefined) => [...(s ?? '').matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const code of QS_ERROR_CODES) {
      const key = `qs.err.${code}`;
      const en = (EN_SEARCH as Record<string, string>)[key];
      expect(en, key).toBeTruthy();
      for (const d of [JA_SEARCH, KO_SEARCH] as Record<string, string>[]) {
        expect(d[key], key).toBeTruthy();
        expect(d[key], key).not.toBe(en);
        expect(placeholders(d[key]), key).toEqual(placeholders(en));
      }
    }
    // and no stale key for a code that no longer exists
    const codes = new Set<string>(QS_ERROR_CODES);
    expect(Object.keys(EN_SEARCH).filter((k) => k.startsWith('qs.err.') && !codes.has(k.slice(7)))).toEqual([]);
  });
  it('formats numbers and sizes for the locale', () => {
    expect(formatNumber(1234567, 'en')).toBe('1,234,567');
    expect(formatNumber(1234567, 'ja')).toBe('1,234,567');
    expect(formatBytes(1536, 'en')).toBe('1.5 KB');
    expect(formatBytes(12, 'ko')).toBe('12 B');
  });
});
