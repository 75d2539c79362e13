import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../i18n/messages';
import { narrowValues, valueHint, valueText } from './use-suggestions';

describe('value lists', () => {
  afterEach(() => setLanguage('en'));

  it('name a stored menu as its pages do in the UI language, the stored name beside it', async () => {
    await setLanguage('ja');
    expect(valueText('category', 'Delegated API')).toBe('委任API');
    expect(valueHint('category', 'Delegated API')).toBe('Delegated API');
    expect(valueText('category', 'Login')).toBe('ログイン / ログイン ログイベント');
    expect(valueText('category', 'kintone')).toBe('kintone');
    expect(valueHint('category', 'kintone')).toBeUndefined();
    expect(valueText('category', '')).toBe('(空)');
    expect(valueText('status', 'failure')).toBe('失敗');
    expect(valueHint('status', 'failure')).toBeUndefined();
    expect(valueText('action', 'Login')).toBe('Login');
  });

  it('leave English menu names as they are', async () => {
    await setLanguage('en');
    expect(valueText('category', 'Login')).toBe('Login / Login log events');
    expect(valueText('category', 'Mail received')).toBe('Mail (received)');
    expect(valueText('category', 'Admin')).toBe('Admin / Admin log events');
  });

  it('narrow a list by stored name or by the words shown', async () => {
    await setLanguage('ja');
    const menus = [{ value: 'Login' }, { value: 'Delegated API' }, { value: 'kintone' }];
    expect(narrowValues('category', menus, '委任').map((v) => v.value)).toEqual(['Delegated API']);
    expect(narrowValues('category', menus, 'log').map((v) => v.value)).toEqual(['Login']);
    expect(narrowValues('category', menus, 'ログ').map((v) => v.value)).toEqual(['Login']);
    expect(narrowValues('category', menus, '')).toEqual(menus);
  });
});
