/**
 * GitHub organization › Settings › Logs › Audit log (reference §4.4). GitHub lists each event as
 * its action, actor, the repository or user acted on, the actor's country and the time; the IP
 * address and the operation type are the REST API's fields. GitHub's UI is English; the Japanese
 * and Korean labels follow GitHub Docs' translations of these words [A]. No mobile audit log
 * screen exists: the mobile layout is our narrow subset.
 */
import type { SourcePage } from '../model/source-catalog';
import { pageColumn as col } from './page-column';

/** GitHub › Audit log of an organization (`github.org_audit`). */
export const GITHUB_PAGE: SourcePage = {
  sourceId: 'github.org_audit',
  vendor: 'GitHub',
  labels: { en: 'Audit log', ja: 'Audit log', ko: '감사 로그' },
  columns: [
    col('action', 'action', { en: 'Action', ja: 'アクション', ko: '작업' }, 'both', 240),
    col('actor', 'actor', { en: 'Actor', ja: 'アクター', ko: '행위자' }, 'both', 160),
    col('target', 'target', { en: 'Repository / User', ja: 'リポジトリ / ユーザー', ko: '리포지토리 / 사용자' }, 'both', 220),
    col('country', 'details.actor_location.country_code', { en: 'Country', ja: '国', ko: '국가' }, 'pc', 90),
    col('time', 'time', { en: 'Time', ja: '時刻', ko: '시간' }, 'both'),
    col('ip', 'ip', { en: 'IP address', ja: 'IPアドレス', ko: 'IP 주소' }, 'pc'),
    col('operationType', 'details.operation_type', { en: 'Operation type', ja: '操作の種類', ko: '작업 유형' }, 'pc', 120),
  ],
};
