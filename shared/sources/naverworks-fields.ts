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
  // Files, Drive, Mail, Bot API, Calendar, Board, Note, Form, Share (§1.2): the English labels are
  // the help pages' or the 2022 third-party header maps'; ja/ko are assumed translations.
  fileName: { labels: { en: 'File name', ja: 'ファイル名', ko: '파일 이름' }, aliases: ['파일명'] },
  item: { labels: { en: 'Item', ja: 'アイテム', ko: '항목' }, aliases: ['項目'] },
  original: { labels: { en: 'Original', ja: '変更前', ko: '변경 전' }, aliases: ['元の値'] },
  updates: { labels: { en: 'Updates', ja: '変更後', ko: '변경 후' }, aliases: ['Updated'] },
  receivedTime: { labels: { en: 'Received Time', ja: '受信日時', ko: '수신 시간' }, aliases: ['Received Date', '受信時間', '수신 일시'] },
  sentTime: { labels: { en: 'Sent Time', ja: '送信日時', ko: '발신 시간' }, aliases: ['Sent Date', '送信時間', '발신 일시', '보낸 시간'] },
  receptionResult: { labels: { en: 'Reception Results', ja: '受信結果', ko: '수신 결과' }, aliases: ['Reception Result'] },
  sentServerIp: { labels: { en: 'Sent server IP', ja: '送信サーバーIP', ko: '발신 서버 IP' }, aliases: ['Sender server IP', '送信サーバIP'] },
  // The help page's mobile list says Title; the header maps say Subject.
  subject: { labels: { en: 'Subject', ja: '件名', ko: '제목' }, aliases: ['Title', 'タイトル'] },
  attachment: { labels: { en: 'Attachment', ja: '添付ファイル', ko: '첨부 파일' }, aliases: ['Attachments', '添付', '첨부파일'] },
  mailSize: { labels: { en: 'Mail Size(Bytes)', ja: 'メールサイズ(バイト)', ko: '메일 크기(바이트)' }, aliases: ['Mail Size', 'Size(Bytes)'] },
  apiName: { labels: { en: 'API name', ja: 'API名', ko: 'API 이름' }, aliases: ['API 명'] },
  botNo: { labels: { en: 'Bot No.', ja: 'Bot No.', ko: '봇 번호' }, aliases: ['Bot No', 'Bot number', 'Bot ID', 'ボット番号', 'Bot番号'] },
  calendarId: { labels: { en: 'Calendar ID', ja: 'カレンダーID', ko: '캘린더 ID' }, aliases: [] },
  boardName: { labels: { en: 'Board Name', ja: '掲示板名', ko: '게시판 이름' }, aliases: ['Board', '게시판명'] },
  teamGroup: { labels: { en: 'Team/Group', ja: 'チーム/グループ', ko: '팀/그룹' }, aliases: ['Team / Group'] },
  formTitle: { labels: { en: 'Form Title', ja: 'フォームタイトル', ko: '설문 제목' }, aliases: ['アンケートタイトル', '폼 제목'] },
  sharedBy: { labels: { en: 'Shared by', ja: '共有者', ko: '공유자' }, aliases: [] },
  sharedWith: { labels: { en: 'Shared with', ja: '共有先', ko: '공유 대상' }, aliases: [] },
} as const satisfies Record<string, FieldSpelling>;

export type NwFieldKey = keyof typeof NW_FIELDS;
