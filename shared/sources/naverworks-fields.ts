/**
 * NAVER WORKS / LINE WORKS audit columns by canonical key: the label the vendor's screen shows
 * (en/ja/ko) and the other header spellings seen in, or expected from, downloaded CSV files.
 * The catalog takes its column labels from here and the importer its header map, so a new
 * spelling is added in one place.
 *
 * Evidence (reference/audit-sources.md §1.2, §1.3): the English labels are the help pages'; the
 * Japanese Login headers are the ones reported from a real `ja_JP` download. Every other Japanese
 * label and every Korean label is ASSUMED (our best translation of the help page's English,
 * not seen in a real file): keep the importer tolerant and replace them once a file is seen.
 */
import type { FieldSpelling } from './field-spelling';

export const NW_FIELDS = {
  description: { labels: { en: 'Description', ja: '説明', ko: '설명' }, aliases: [] },
  user: { labels: { en: 'User', ja: 'メンバー', ko: '사용자' }, aliases: ['Member', 'ユーザー', '구성원', '멤버'] },
  date: { labels: { en: 'Date', ja: '日時', ko: '일시' }, aliases: ['Date/Time', '日付', '날짜'] },
  ip: { labels: { en: 'IP Address', ja: 'IPアドレス', ko: 'IP 주소' }, aliases: ['IP'] },
  loginMethod: { labels: { en: 'Login method', ja: 'ログイン方法', ko: '로그인 방법' }, aliases: ['로그인 방식'] },
  serviceType: { labels: { en: 'Service Type', ja: 'サービスタイプ', ko: '서비스 유형' }, aliases: ['サービス種別', '서비스 타입'] },
  eventTarget: { labels: { en: 'Event Target', ja: 'イベント対象', ko: '이벤트 대상' }, aliases: ['イベントターゲット'] },
  status: { labels: { en: 'Status', ja: 'ステータス', ko: '상태' }, aliases: ['状態', '結果', '결과', 'Result'] },
  task: { labels: { en: 'Task', ja: 'タスク', ko: '작업' }, aliases: ['作業', '操作'] },
  service: { labels: { en: 'Service', ja: 'サービス', ko: '서비스' }, aliases: [] },
  consoleMenu: { labels: { en: 'Console menu', ja: 'コンソールメニュー', ko: '콘솔 메뉴' }, aliases: [] },
  apiUrl: { labels: { en: 'API URL', ja: 'API URL', ko: 'API URL' }, aliases: [] },
  httpMethod: { labels: { en: 'HTTP Method', ja: 'HTTPメソッド', ko: 'HTTP 메서드' }, aliases: ['HTTP 메소드'] },
  target: { labels: { en: 'Target', ja: '対象', ko: '대상' }, aliases: ['対象メンバー', '대상 구성원'] },
  sender: { labels: { en: 'Sender', ja: '送信者', ko: '보낸 사람' }, aliases: ['발신자'] },
  // The help page says Receiver; the 2022 header map and the fixture write Recipient.
  recipient: { labels: { en: 'Receiver', ja: '受信者', ko: '받는 사람' }, aliases: ['Recipient', '수신자'] },
  channelId: { labels: { en: 'Channel ID', ja: 'トークルームID', ko: '채널 ID' }, aliases: ['チャンネルID', 'Room ID'] },
  message: { labels: { en: 'Message', ja: 'メッセージ', ko: '메시지' }, aliases: [] },
} as const satisfies Record<string, FieldSpelling>;

export type NwFieldKey = keyof typeof NW_FIELDS;
