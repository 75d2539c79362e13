import { describe, expect, it } from 'vitest';
import { label, menuLabel } from '../../../shared/model/source-catalog';
import { pageFor } from '../../../shared/sources/catalog';
import { googleCategory, googleSourceId } from '../../../shared/sources/google';
import { JSON_SOURCES } from './json-registry';
import { SOURCES } from './registry';

/** Sources whose `category` is read from each record (Kintone's service, M365's workload, Google's application). */
const MENU_FROM_DATA = new Set(['kintone.audit', 'm365.unified_audit', 'google.reports']);
/** Google's application names: its events' source id and menu both come from the record's application. */
const GOOGLE_APPS = ['login', 'admin', 'drive', 'calendar', 'token', 'some_new_app'];

describe('menu names', () => {
  const modules = [...SOURCES, ...JSON_SOURCES];

  it('every source with a fixed menu name stores one its page reads in the UI language', () => {
    const fixed = modules.filter((m) => !MENU_FROM_DATA.has(m.id));
    expect(fixed.length).toBeGreaterThan(20);
    for (const m of fixed) {
      const page = pageFor(m.id);
      expect(page, m.id).toBeDefined();
      for (const lang of ['en', 'ja', 'ko'] as const) expect(menuLabel(page, m.category, lang), `${m.id} ${lang}`).toBe(label(page!.labels, lang));
    }
  });

  it('reads the menu of each Google application as its page does', () => {
    for (const app of GOOGLE_APPS) {
      const page = pageFor(googleSourceId(app));
      expect(page, app).toBeDefined();
      expect(menuLabel(page, googleCategory(app), 'ja'), app).toBe(label(page!.labels, 'ja'));
    }
    expect(menuLabel(pageFor(googleSourceId('login')), 'Login', 'ja')).toBe('ログイン ログイベント');
  });

  it('names the Japanese and Korean menus as the side menu does', () => {
    expect(menuLabel(pageFor('naverworks.login'), 'Login', 'ja')).toBe('ログイン');
    expect(menuLabel(pageFor('naverworks.mail_received'), 'Mail received', 'ko')).toBe('메일 (수신)');
    expect(menuLabel(pageFor('okta.system_log'), 'System Log', 'ja')).toBe('システムログ');
  });

  it('keeps a menu read from the data, an unknown source and an empty menu as they are', () => {
    expect(menuLabel(pageFor('kintone.audit'), 'kintone', 'ja')).toBe('kintone');
    expect(menuLabel(pageFor('naverworks.login'), 'Admin', 'ja')).toBe('Admin');
    expect(menuLabel(undefined, 'Login', 'ja')).toBe('Login');
    expect(menuLabel(pageFor('naverworks.login'), '', 'ja')).toBe('');
  });
});
