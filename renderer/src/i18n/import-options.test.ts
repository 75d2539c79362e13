import { afterEach, describe, expect, it } from 'vitest';
import { IMPORT_STATUSES } from '../../../shared/model/import';
import { MAPPING_ROLES, TIME_FORMATS } from '../../../shared/mapping/column-mapping';
import { EN_IMPORT_OPTIONS, JA_IMPORT_OPTIONS, KO_IMPORT_OPTIONS } from './import-options';
import { setLanguage, t, type MessageKey } from './messages';

afterEach(async () => { await setLanguage('en'); });

describe('import options strings', () => {
  it('exist for every status, role and time format, in en, ja and ko', () => {
    const keys = [...IMPORT_STATUSES.map((s) => `importStatus.${s}`), ...MAPPING_ROLES.map((r) => `role.${r}`), ...TIME_FORMATS.map((f) => `format.${f}`)];
    for (const k of keys) expect(t(k as MessageKey), k).not.toBe(k);
    for (const d of [JA_IMPORT_OPTIONS, KO_IMPORT_OPTIONS]) {
      expect(Object.keys(d).sort()).toEqual(Object.keys(EN_IMPORT_OPTIONS).sort());
      // placeholders survive translation
      for (const [k, en] of Object.entries(EN_IMPORT_OPTIONS)) {
        const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
        expect(names((d as Record<string, string>)[k]), k).toEqual(names(en));
      }
    }
  });

  it('switches with the language', async () => {
    await setLanguage('ja');
    expect(t('mapping.title', { file: 'siem.csv' })).toBe('siem.csv の列を対応付け');
    await setLanguage('ko');
    expect(t('rejects.export')).toBe('제외된 행 내보내기(CSV)');
  });
});
