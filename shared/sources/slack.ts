/**
 * Slack Enterprise organization › Audit logs (reference §4.5). Columns as the audit log table
 * names them (Date, Action, Actor, Entity, IP address) plus the entry's user agent and entity
 * type; Japanese and Korean labels are ASSUMED translations of those words. Slack's admin audit
 * log has no mobile screen: the mobile layout is our narrow subset.
 */
import type { SourcePage } from '../model/source-catalog';
import { pageColumn as col } from './page-column';

/** Slack › Audit logs (`slack.audit`). */
export const SLACK_PAGE: SourcePage = {
  sourceId: 'slack.audit',
  vendor: 'Slack',
  labels: { en: 'Audit logs', ja: '監査ログ', ko: '감사 로그' },
  columns: [
    col('date', 'time', { en: 'Date', ja: '日付', ko: '날짜' }, 'both'),
    col('action', 'action', { en: 'Action', ja: 'アクション', ko: '작업' }, 'both', 200),
    col('actor', 'actor', { en: 'Actor', ja: '実行者', ko: '행위자' }, 'both', 260),
    col('entity', 'target', { en: 'Entity', ja: 'エンティティ', ko: '엔터티' }, 'both', 240),
    col('entityType', 'module', { en: 'Entity type', ja: 'エンティティの種類', ko: '엔터티 유형' }, 'pc', 110),
    col('ip', 'ip', { en: 'IP address', ja: 'IPアドレス', ko: 'IP 주소' }, 'pc'),
    col('userAgent', 'details.userAgent', { en: 'User agent', ja: 'ユーザーエージェント', ko: '사용자 에이전트' }, 'pc', 260),
  ],
};
