/**
 * Kintone / cybozu.com common administration › Audit logs › View & Download (reference §2).
 * The header row, its order and every label here are ASSUMED: the vendor documents the items
 * (User, Level, Service, Module, Action, Result, Complement) but not the download's header. The
 * Japanese headers are the fixture's (kintone-audit.csv); English and Korean are our translations.
 * Kintone has no mobile admin screen: the mobile layout is our narrow subset.
 */
import type { SourceColumn, SourcePage } from '../model/source-catalog';
import type { FieldSpelling } from './field-spelling';

export const KINTONE_FIELDS = {
  date: { labels: { en: 'Date', ja: '日時', ko: '일시' }, aliases: ['Date and time', 'Time'] },
  user: { labels: { en: 'User', ja: 'ユーザー', ko: '사용자' }, aliases: ['Login name'] },
  ip: { labels: { en: 'IP address', ja: 'IPアドレス', ko: 'IP 주소' }, aliases: [] },
  level: { labels: { en: 'Level', ja: 'レベル', ko: '레벨' }, aliases: ['重要度'] },
  service: { labels: { en: 'Service', ja: 'サービス', ko: '서비스' }, aliases: [] },
  module: { labels: { en: 'Module', ja: 'モジュール', ko: '모듈' }, aliases: [] },
  action: { labels: { en: 'Action', ja: 'アクション', ko: '액션' }, aliases: ['操作'] },
  result: { labels: { en: 'Result', ja: '結果', ko: '결과' }, aliases: [] },
  errorCode: { labels: { en: 'Error code', ja: 'エラーコード', ko: '오류 코드' }, aliases: [] },
  complement: { labels: { en: 'Complement', ja: '補足', ko: '보충' }, aliases: ['補足情報', 'Details'] },
} as const satisfies Record<string, FieldSpelling>;

export type KintoneFieldKey = keyof typeof KINTONE_FIELDS;

const col = (key: KintoneFieldKey, value: string, mobile: boolean, width?: number): SourceColumn => ({
  key, value, labels: { ...KINTONE_FIELDS[key].labels }, pc: true, mobile, ...(width === undefined ? {} : { width }),
});

export const KINTONE_PAGE: SourcePage = {
  sourceId: 'kintone.audit',
  vendor: 'Kintone',
  labels: { en: 'Audit logs', ja: '監査ログ', ko: '감사 로그' },
  columns: [
    col('date', 'time', true),
    col('user', 'actor', true, 160),
    col('ip', 'ip', false),
    col('level', 'level', false, 110),
    col('service', 'category', false, 110),
    col('module', 'module', false),
    col('action', 'action', true, 220),
    col('result', 'status', true, 110),
    col('errorCode', 'details.errorCode', false, 120),
    col('complement', 'details.complement', false, 380),
  ],
};
