import { describe, expect, it } from 'vitest';
import { pageFor, SOURCE_PAGES } from './catalog';

const layout = (sourceId: string, which: 'pc' | 'mobile') => pageFor(sourceId)!.columns.filter((c) => c[which]).map((c) => c.labels.en);

describe('source catalog', () => {
  it('lists each NAVER WORKS menu with the vendor columns, PC and mobile, in order', () => {
    expect(layout('naverworks.login', 'pc')).toEqual(['Description', 'User', 'Date', 'IP Address', 'Login method', 'Service Type']);
    expect(layout('naverworks.login', 'mobile')).toEqual(['Description', 'User', 'Date', 'IP Address']);
    expect(layout('naverworks.admin', 'pc')).toEqual(['Event Target', 'Status', 'Task', 'User', 'Date', 'IP Address', 'Service Type', 'Service']);
    expect(layout('naverworks.admin', 'mobile')).toEqual(['Event Target', 'Status', 'Task', 'User', 'Date']);
    expect(layout('naverworks.developer_console', 'pc')).toEqual(['Event Target', 'Task', 'User', 'Date', 'IP Address', 'Console menu']);
    expect(layout('naverworks.developer_console', 'mobile')).toEqual(['Event Target', 'Task', 'User', 'Date']);
    expect(layout('naverworks.delegated_api', 'pc')).toEqual(['API URL', 'HTTP Method', 'Status', 'User', 'Target', 'Date', 'IP Address']);
    expect(layout('naverworks.delegated_api', 'mobile')).toEqual(['API URL', 'HTTP Method', 'Status', 'Date']);
    expect(layout('naverworks.contacts', 'mobile')).toEqual(['Target', 'Status', 'Task', 'User', 'Date']);
    expect(layout('naverworks.message', 'mobile')).toEqual(['Message', 'Sender', 'Receiver', 'Date']);
    expect(layout('naverworks.message', 'pc')).toEqual(['Message', 'Sender', 'Receiver', 'Date', 'Channel ID']);
  });

  it('uses the Japanese Login headers of a real download', () => {
    expect(pageFor('naverworks.login')!.columns.map((c) => c.labels.ja)).toEqual(['説明', 'メンバー', '日時', 'IPアドレス', 'ログイン方法', 'サービスタイプ']);
  });

  it('lists Kintone and microCMS with their file columns', () => {
    expect(layout('kintone.audit', 'pc')).toEqual(['Date', 'User', 'IP address', 'Level', 'Service', 'Module', 'Action', 'Result', 'Error code', 'Complement']);
    expect(pageFor('kintone.audit')!.columns.map((c) => c.labels.ja)).toEqual(['日時', 'ユーザー', 'IPアドレス', 'レベル', 'サービス', 'モジュール', 'アクション', '結果', 'エラーコード', '補足']);
    expect(pageFor('microcms.audit')!.columns).toHaveLength(24);
    expect(layout('microcms.audit', 'mobile')).toEqual(['Date', 'User', 'Operation', 'Target API ID', 'Target content ID']);
  });

  it('gives every page a vendor, three-language labels and well-formed column values', () => {
    // details keys are the source's own: camelCase (CSV) or the vendor's JSON paths (`actor_location.country_code`)
    const values = /^(time|actor|category|level|statusText|status|action|target|ip|serviceType|module|details\.[A-Za-z_@][\w.@-]*)$/;
    const vendors = SOURCE_PAGES.map((p) => p.vendor);
    expect(vendors.slice(0, 19)).toEqual([...Array(16).fill('NAVER WORKS'), 'Kintone', 'microCMS', 'Microsoft 365']);
    for (const p of SOURCE_PAGES) {
      expect(p.labels.ja && p.labels.ko).toBeTruthy();
      expect(new Set(p.columns.map((c) => c.key)).size).toBe(p.columns.length);
      for (const c of p.columns) {
        expect(c.value).toMatch(values);
        expect(c.labels.ja && c.labels.ko).toBeTruthy();
      }
    }
    expect(pageFor('nope')).toBeUndefined();
  });
});
