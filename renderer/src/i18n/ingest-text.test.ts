import { describe, expect, it } from 'vitest';
import { INGEST_EN, say } from '../../../shared/model/ingest-text';
import { messageBesideFile } from '../views/imports/import-message';
import { INGEST_JA } from './ingest-ja';
import { INGEST_KO } from './ingest-ko';
import { ingestMessage } from './ingest-text';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the ingest messages in the UI languages', () => {
  it('have every key in Japanese and Korean, with the same values named', () => {
    for (const [name, catalog] of [['ja', INGEST_JA], ['ko', INGEST_KO]] as const) {
      expect(Object.keys(catalog).sort(), name).toEqual(Object.keys(INGEST_EN).sort());
      for (const [key, en] of Object.entries(INGEST_EN)) expect(placeholders(catalog[key as keyof typeof INGEST_EN]), `${name} ${key}`).toEqual(placeholders(en));
    }
  });

  it('say a reject reason in the language asked for, numbers as that language writes them', () => {
    const t = say('reject.inSheet', { where: say('reject.sheet', { sheet: 'Login' }), line: 1234, reason: say('reject.fieldCount', { expected: 6, found: 5 }) });
    expect(ingestMessage('sheet "Login" row 1234: expected 6 fields, found 5', t, 'ja')).toBe('シート「Login」 1,234 行目: フィールドが 5 個あります(6 個のはずです)');
    expect(ingestMessage('x', t, 'ko')).toBe('시트 "Login" 1,234행: 필드가 6개여야 하는데 5개입니다');
    expect(ingestMessage('x', t, 'en')).toBe('sheet "Login" row 1,234: expected 6 fields, found 5');
  });

  it('show what was stored when a record has no text (written before messages had keys)', () => {
    expect(ingestMessage('a.csv: 3 events', undefined, 'ja')).toBe('a.csv: 3 events');
    expect(messageBesideFile({ fileName: 'a.csv', message: 'a.csv: the file is empty' }, 'ja')).toBe('the file is empty');
    expect(messageBesideFile({ fileName: 'a.csv', message: 'a.csv: the file is empty', messageText: say('file.empty') }, 'ja')).toBe('ファイルが空です');
  });
});
