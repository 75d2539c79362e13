/**
 * The NAVER WORKS Audit menus of the collaboration services (reference §1.2): Files, Drive, Mail
 * (received and sent), Bot API, Calendar, Board (Home), Note, Form and Share screen.
 *
 * What the help pages confirm: the Files columns (File name, Service, User, Date, Service Type),
 * Drive's first five columns (Item, Status, Task, User, Date), the received-mail mobile columns
 * (Title, Sender, Receiver, Date, Reception Results) and the Bot API columns. Everything else —
 * which columns are PC-only, the PC extras, and the other menus' columns — follows the 2022
 * third-party header maps and the pattern of the confirmed menus (mobile = the first columns, PC
 * adds the rest): ASSUMED until a real download is seen.
 */
import type { SourcePage } from '../model/source-catalog';
import { col, VENDOR } from './naverworks-pages';

export const NAVERWORKS_SERVICE_PAGES: SourcePage[] = [
  {
    sourceId: 'naverworks.files',
    vendor: VENDOR,
    labels: { en: 'Files', ja: 'ファイル', ko: '파일' },
    columns: [
      col('fileName', 'target', 'both', 300),
      col('service', 'module', 'both', 140),
      col('user', 'actor', 'both', 260),
      col('date', 'time', 'both'),
      col('serviceType', 'serviceType', 'pc'),
    ],
  },
  {
    sourceId: 'naverworks.drive',
    vendor: VENDOR,
    labels: { en: 'Drive', ja: 'ドライブ', ko: '드라이브' },
    columns: [
      col('item', 'target', 'both', 300),
      col('status', 'status', 'both', 110),
      col('task', 'action', 'both', 200),
      col('user', 'actor', 'both', 260),
      col('date', 'time', 'both'),
      col('serviceType', 'serviceType', 'pc'),
      col('original', 'details.original', 'pc', 220),
      col('updates', 'details.updates', 'pc', 220),
    ],
  },
  {
    sourceId: 'naverworks.mail_received',
    vendor: VENDOR,
    labels: { en: 'Mail (received)', ja: 'メール (受信)', ko: '메일 (수신)' },
    menu: 'Mail received',
    columns: [
      col('subject', 'details.subject', 'both', 300),
      col('sender', 'target', 'both', 240),
      col('recipient', 'actor', 'both', 240),
      col('receivedTime', 'time', 'both'),
      // the vendor's own words (successful, failed, blocked), coloured by status
      col('receptionResult', 'statusText', 'both', 130),
      col('sentServerIp', 'ip', 'pc'),
      col('mailSize', 'details.mailSize', 'pc', 140),
    ],
  },
  {
    sourceId: 'naverworks.mail_sent',
    vendor: VENDOR,
    labels: { en: 'Mail (sent)', ja: 'メール (送信)', ko: '메일 (발신)' },
    menu: 'Mail sent',
    columns: [
      col('subject', 'details.subject', 'both', 300),
      col('sender', 'actor', 'both', 240),
      col('recipient', 'target', 'both', 240),
      col('sentTime', 'time', 'both'),
      col('status', 'status', 'both', 110),
      col('attachment', 'details.attachment', 'pc', 220),
      col('mailSize', 'details.mailSize', 'pc', 140),
    ],
  },
  {
    sourceId: 'naverworks.bot_api',
    vendor: VENDOR,
    labels: { en: 'Bot API', ja: 'Bot API', ko: 'Bot API' },
    columns: [
      col('apiName', 'action', 'both', 240),
      col('botNo', 'target', 'pc', 120),
      col('status', 'status', 'both', 110),
      col('user', 'actor', 'both', 260),
      col('date', 'time', 'both'),
    ],
  },
  {
    sourceId: 'naverworks.calendar',
    vendor: VENDOR,
    labels: { en: 'Calendar', ja: 'カレンダー', ko: '캘린더' },
    columns: [
      col('subject', 'target', 'both', 260),
      col('status', 'status', 'both', 110),
      col('task', 'action', 'both', 180),
      col('user', 'actor', 'both', 260),
      col('date', 'time', 'both'),
      col('serviceType', 'serviceType', 'pc'),
      col('calendarId', 'details.calendarId', 'pc', 160),
    ],
  },
  {
    sourceId: 'naverworks.board',
    vendor: VENDOR,
    labels: { en: 'Board (Home)', ja: 'ホーム (掲示板)', ko: '홈 (게시판)' },
    menu: 'Board',
    columns: [
      col('subject', 'target', 'both', 260),
      col('status', 'status', 'both', 110),
      col('task', 'action', 'both', 180),
      col('user', 'actor', 'both', 260),
      col('date', 'time', 'both'),
      col('boardName', 'details.boardName', 'pc', 180),
      col('serviceType', 'serviceType', 'pc'),
    ],
  },
  {
    sourceId: 'naverworks.note',
    vendor: VENDOR,
    labels: { en: 'Note', ja: 'ノート', ko: '노트' },
    columns: [
      col('subject', 'target', 'both', 260),
      col('status', 'status', 'both', 110),
      col('task', 'action', 'both', 180),
      col('user', 'actor', 'both', 260),
      col('date', 'time', 'both'),
      col('boardName', 'details.boardName', 'pc', 180),
      col('teamGroup', 'details.teamGroup', 'pc', 180),
      col('serviceType', 'serviceType', 'pc'),
    ],
  },
  {
    sourceId: 'naverworks.form',
    vendor: VENDOR,
    labels: { en: 'Form', ja: 'アンケート', ko: '설문' },
    columns: [
      col('formTitle', 'target', 'both', 260),
      col('status', 'status', 'both', 110),
      col('task', 'action', 'both', 180),
      col('user', 'actor', 'both', 260),
      col('date', 'time', 'both'),
      col('serviceType', 'serviceType', 'pc'),
    ],
  },
  {
    sourceId: 'naverworks.share',
    vendor: VENDOR,
    labels: { en: 'Share', ja: '共有', ko: '공유' },
    columns: [
      col('sharedWith', 'target', 'both', 260),
      col('task', 'action', 'both', 180),
      col('user', 'actor', 'both', 260),
      col('date', 'time', 'both'),
      col('sharedBy', 'details.sharedBy', 'pc', 220),
      col('serviceType', 'serviceType', 'pc'),
    ],
  },
];
