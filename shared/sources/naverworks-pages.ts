/**
 * The NAVER WORKS Audit menus as the vendor's screen shows them: the columns of the PC web layout
 * and of the mobile app, in the help page's order (reference/audit-sources.md §1.2).
 * Menu names other than English are assumed translations, like the labels in naverworks-fields.
 */
import type { SourceColumn, SourcePage } from '../model/source-catalog';
import { NW_FIELDS, type NwFieldKey } from './naverworks-fields';

export const VENDOR = 'NAVER WORKS';
export type Layout = 'both' | 'pc';

/** One column: the canonical key names the header, `value` where the grid reads it from. */
export function col(key: NwFieldKey, value: string, layout: Layout, width?: number): SourceColumn {
  const c: SourceColumn = { key, value, labels: { ...NW_FIELDS[key].labels }, pc: true, mobile: layout === 'both' };
  if (width !== undefined) c.width = width;
  return c;
}

export const NAVERWORKS_PAGES: SourcePage[] = [
  {
    sourceId: 'naverworks.login',
    vendor: VENDOR,
    labels: { en: 'Login', ja: 'ログイン', ko: '로그인' },
    columns: [
      // statusText, not details.description: the same words, and the grid colours it by status.
      col('description', 'statusText', 'both', 260),
      col('user', 'actor', 'both', 260),
      col('date', 'time', 'both'),
      col('ip', 'ip', 'both'),
      col('loginMethod', 'details.loginMethod', 'pc'),
      col('serviceType', 'serviceType', 'pc'),
    ],
  },
  {
    sourceId: 'naverworks.admin',
    vendor: VENDOR,
    labels: { en: 'Admin', ja: '管理者', ko: '관리자' },
    columns: [
      col('eventTarget', 'target', 'both'),
      col('status', 'status', 'both', 110),
      col('task', 'action', 'both'),
      col('user', 'actor', 'both', 260),
      col('date', 'time', 'both'),
      col('ip', 'ip', 'pc'),
      col('serviceType', 'serviceType', 'pc'),
      col('service', 'module', 'pc'),
    ],
  },
  {
    sourceId: 'naverworks.developer_console',
    vendor: VENDOR,
    labels: { en: 'Developer Console', ja: 'Developer Console', ko: 'Developer Console' },
    columns: [
      col('eventTarget', 'target', 'both'),
      col('task', 'action', 'both'),
      col('user', 'actor', 'both', 260),
      col('date', 'time', 'both'),
      col('ip', 'ip', 'pc'),
      col('consoleMenu', 'module', 'pc'),
    ],
  },
  {
    sourceId: 'naverworks.delegated_api',
    vendor: VENDOR,
    labels: { en: 'Delegated API', ja: '委任API', ko: '위임 API' },
    columns: [
      col('apiUrl', 'details.apiUrl', 'both', 380),
      col('httpMethod', 'details.httpMethod', 'both', 100),
      col('status', 'status', 'both', 110),
      col('user', 'actor', 'pc', 260),
      col('target', 'target', 'pc', 260),
      col('date', 'time', 'both'),
      col('ip', 'ip', 'pc'),
    ],
  },
  {
    sourceId: 'naverworks.contacts',
    vendor: VENDOR,
    labels: { en: 'Contacts', ja: 'アドレス帳', ko: '주소록' },
    columns: [
      col('target', 'target', 'both', 260),
      col('status', 'status', 'both', 110),
      col('task', 'action', 'both', 260),
      col('user', 'actor', 'both', 260),
      col('date', 'time', 'both'),
      // inferred from a third-party header map, not from the help page (§1.2)
      col('serviceType', 'serviceType', 'pc'),
    ],
  },
  {
    sourceId: 'naverworks.message',
    vendor: VENDOR,
    labels: { en: 'Message', ja: 'メッセージ', ko: '메시지' },
    columns: [
      col('message', 'details.message', 'both', 380),
      col('sender', 'actor', 'both', 260),
      col('recipient', 'target', 'both', 260),
      col('date', 'time', 'both'),
      // the help page says only that PC adds it, not where: last
      col('channelId', 'details.channelId', 'pc'),
    ],
  },
];
