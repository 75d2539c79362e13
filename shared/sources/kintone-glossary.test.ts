import { describe, expect, it } from 'vitest';
import { COMPLEMENT_KEYS, kintoneGlossary, valueEntry } from './kintone-glossary';

describe('Kintone glossary', () => {
  it('explains Complement keys in the UI language', () => {
    expect(kintoneGlossary('en')('appId', '44')).toBe('App ID — the app acted on; several apps are listed in brackets');
    expect(kintoneGlossary('ja')('recordId', '[101, 102]')).toBe('レコードID — 操作の対象になったレコード。一括操作では角かっこ内に並ぶ');
    expect(kintoneGlossary('ko')('filename', 'a.pdf')).toBe('파일 이름 — 레코드에 첨부되었거나 레코드에서 다운로드된 파일');
    expect(kintoneGlossary('en')('revert', 'false')).toMatch(/^Revert — true: the pending settings changes were discarded; false: they were applied/);
    expect(kintoneGlossary('en')('grantedUsers', '[a]')).toMatch(/^Granted users — /);
    expect(kintoneGlossary('en')('apiTokenId', '12')).toMatch(/the actor is the token, not a person/);
  });

  it('explains target values, whatever their case or punctuation, and says what target is when the value is unknown', () => {
    expect(kintoneGlossary('en')('target', 'adminNotes')).toBe('App admin notes — the notes for the app\'s administrators');
    expect(kintoneGlossary('ja')('target', 'admin_notes')).toBe('アプリ管理者用メモ — アプリの管理者向けのメモ');
    expect(kintoneGlossary('en')('target', 'customize')).toMatch(/^JavaScript \/ CSS customization — code files that run in every user's browser/);
    expect(kintoneGlossary('ko')('target', 'processManagement')).toMatch(/^프로세스 관리 — /);
    expect(kintoneGlossary('en')('target', 'somethingNew')).toBe('Target — which part of the app\'s settings the action changed');
  });

  it('explains Level, Result and Module values and whole-word Complements', () => {
    const en = kintoneGlossary('en');
    expect(en('level', '重要')).toMatch(/^Notice — an important change/);
    expect(kintoneGlossary('ja')('level', 'information')).toBe('情報 — ログインやレコード操作などの通常の操作');
    expect(en('result', 'VALIDATION ERROR')).toBe('Validation error — the action failed because the input was not valid');
    expect(en('result', 'FAILED')).toMatch(/^Failed — /);
    expect(en('module', 'App operation')).toMatch(/^App operation — record operations in apps/);
    expect(en('module', 'System administration')).toMatch(/^System administration — /);
    expect(en('complement', 'lockout')).toBe('Lockout — the account is locked after repeated failed logins');
    expect(en('complement', 'app id: 44')).toBeUndefined();
  });

  it('knows nothing of other keys and values, and has every text in three languages', () => {
    const en = kintoneGlossary('en');
    expect(en('errorCode', 'GAIA_IL01')).toBeUndefined();
    expect(en('level', 'Warning')).toBeUndefined();
    expect(en('toString', 'x')).toBeUndefined();
    for (const entry of [...Object.values(COMPLEMENT_KEYS), valueEntry('target', 'form')!, valueEntry('result', 'SUCCESS')!]) {
      for (const lang of ['en', 'ja', 'ko'] as const) expect(entry.name[lang] && entry.meaning[lang]).toBeTruthy();
    }
  });
});
