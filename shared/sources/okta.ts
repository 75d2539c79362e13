/**
 * Okta Admin Console › Reports › System Log (reference §4.2). The System Log lists Time, Actor,
 * Event Info and Targets [I: Okta's console]; the expanded event's fields (event type, outcome,
 * reason, IP address, browser, severity) are the PC's extra columns here. The Japanese and
 * Korean labels are ASSUMED translations (Okta's console is localized; its exact words are not
 * in our references). The mobile layout is our narrow subset: Okta has no mobile System Log.
 */
import type { SourcePage } from '../model/source-catalog';
import { pageColumn as col } from './page-column';

/** Okta › System Log (`okta.system_log`). */
export const OKTA_PAGE: SourcePage = {
  sourceId: 'okta.system_log',
  vendor: 'Okta',
  labels: { en: 'System Log', ja: 'システムログ', ko: '시스템 로그' },
  columns: [
    col('time', 'time', { en: 'Time', ja: '時間', ko: '시간' }, 'both'),
    col('actor', 'actor', { en: 'Actor', ja: 'アクター', ko: '액터' }, 'both', 260),
    col('eventInfo', 'details.displayMessage', { en: 'Event Info', ja: 'イベント情報', ko: '이벤트 정보' }, 'both', 240),
    col('outcome', 'statusText', { en: 'Outcome', ja: '結果', ko: '결과' }, 'both', 260),
    col('targets', 'target', { en: 'Targets', ja: 'ターゲット', ko: '대상' }, 'both', 240),
    col('eventType', 'action', { en: 'Event type', ja: 'イベントタイプ', ko: '이벤트 유형' }, 'pc', 240),
    col('ip', 'ip', { en: 'IP address', ja: 'IPアドレス', ko: 'IP 주소' }, 'pc'),
    col('browser', 'serviceType', { en: 'Browser', ja: 'ブラウザ', ko: '브라우저' }, 'pc', 110),
    col('severity', 'level', { en: 'Severity', ja: '重大度', ko: '심각도' }, 'pc', 100),
  ],
};
