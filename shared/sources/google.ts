/**
 * Google Workspace › Admin console › Reporting › Audit and investigation: one page per Reports
 * API application (reference §4.1). Source ids are `google.reports.<applicationName>`; the
 * applications the fixtures hold (login, admin) have their own columns, and any other
 * application gets a page of the columns every activity has (see `googleReportsPage`).
 * Column names follow the Admin console's English audit screens; the parameter columns are the
 * Reports API parameter names [C]. Japanese and Korean labels are ASSUMED translations.
 */
import type { Labels, SourcePage } from '../model/source-catalog';
import { pageColumn as col, type ColumnLayout } from './page-column';

/** The menu group of every Google Reports page. */
export const GOOGLE_VENDOR = 'Google Workspace';
const PREFIX = 'google.reports.';

/** The Reports API's applicationName values with the Admin console's names for them [I]. */
const APPLICATIONS: Record<string, Labels & { ja: string; ko: string }> = {
  login: { en: 'Login', ja: 'ログイン', ko: '로그인' },
  admin: { en: 'Admin', ja: '管理', ko: '관리' },
  drive: { en: 'Drive', ja: 'ドライブ', ko: '드라이브' },
  token: { en: 'OAuth', ja: 'OAuth', ko: 'OAuth' },
  saml: { en: 'SAML', ja: 'SAML', ko: 'SAML' },
  groups: { en: 'Groups', ja: 'グループ', ko: '그룹' },
  calendar: { en: 'Calendar', ja: 'カレンダー', ko: '캘린더' },
  meet: { en: 'Meet', ja: 'Meet', ko: 'Meet' },
  chat: { en: 'Chat', ja: 'Chat', ko: 'Chat' },
  mobile: { en: 'Device', ja: 'デバイス', ko: '기기' },
  user_accounts: { en: 'User', ja: 'ユーザー', ko: '사용자' },
  rules: { en: 'Rule', ja: 'ルール', ko: '규칙' },
  gmail: { en: 'Gmail', ja: 'Gmail', ko: 'Gmail' },
  chrome: { en: 'Chrome', ja: 'Chrome', ko: 'Chrome' },
  vault: { en: 'Vault', ja: 'Vault', ko: 'Vault' },
  access_transparency: { en: 'Access Transparency', ja: 'アクセスの透明性', ko: '액세스 투명성' },
};

/**
 * The application part of a source id: the API's lower-case `applicationName`; anything else
 * (absent, or not a plain name) is `other`, so hostile text never becomes a source id.
 */
function applicationKey(applicationName: string): string {
  const a = applicationName.trim().toLowerCase();
  return /^[a-z][a-z0-9_]{0,39}$/.test(a) ? a : 'other';
}

/** `login` → `google.reports.login`. */
export function googleSourceId(applicationName: string): string {
  return PREFIX + applicationKey(applicationName);
}

function applicationLabels(app: string): Labels & { ja: string; ko: string } {
  const known = APPLICATIONS[app];
  if (known) return known;
  const en = app === 'other' ? 'Other' : app.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());
  return { en, ja: en, ko: en };
}

/** The event's category: the application as the Admin console names it (`login` → Login). */
export function googleCategory(applicationName: string): string {
  return applicationLabels(applicationKey(applicationName)).en;
}

const DATE = col('date', 'time', { en: 'Date', ja: '日付', ko: '날짜' }, 'both');
const EVENT = col('eventName', 'action', { en: 'Event name', ja: 'イベント名', ko: '이벤트 이름' }, 'both', 200);
const ACTOR = col('actor', 'actor', { en: 'Actor', ja: 'アクター', ko: '행위자' }, 'both', 240);
const ip = (layout: ColumnLayout) => col('ip', 'ip', { en: 'IP address', ja: 'IP アドレス', ko: 'IP 주소' }, layout);
const EVENT_TYPE = col('eventType', 'module', { en: 'Event type', ja: 'イベントの種類', ko: '이벤트 유형' }, 'pc');
const TARGET = col('target', 'target', { en: 'Target', ja: '対象', ko: '대상' }, 'pc', 220);

/** Page labels: the Admin console's "<application> log events" pages. */
function pageLabels(app: string): Required<Labels> {
  const a = applicationLabels(app);
  return { en: `${a.en} log events`, ja: `${a.ja} ログイベント`, ko: `${a.ko} 로그 이벤트` };
}

/** The applications with their own page: Login and Admin log events. */
export const GOOGLE_PAGES: SourcePage[] = [
  {
    sourceId: `${PREFIX}login`,
    vendor: GOOGLE_VENDOR,
    labels: pageLabels('login'),
    menu: googleCategory('login'),
    columns: [
      DATE, EVENT, ACTOR, ip('both'),
      col('loginType', 'details.login_type', { en: 'Login type', ja: 'ログインの種類', ko: '로그인 유형' }, 'pc'),
      col('loginChallengeMethod', 'details.login_challenge_method', { en: 'Login challenge method', ja: 'ログイン時の本人確認方法', ko: '로그인 본인 확인 방법' }, 'pc', 220),
      col('loginFailureType', 'details.login_failure_type', { en: 'Login failure type', ja: 'ログイン失敗の種類', ko: '로그인 실패 유형' }, 'pc', 240),
      col('isSuspicious', 'details.is_suspicious', { en: 'Is suspicious', ja: '不審なログイン', ko: '의심스러운 로그인' }, 'pc', 120),
    ],
  },
  {
    sourceId: `${PREFIX}admin`,
    vendor: GOOGLE_VENDOR,
    labels: pageLabels('admin'),
    menu: googleCategory('admin'),
    columns: [
      DATE, EVENT, ACTOR,
      col('userEmail', 'details.USER_EMAIL', { en: 'User email', ja: 'ユーザーのメールアドレス', ko: '사용자 이메일' }, 'both', 220),
      ip('pc'),
      EVENT_TYPE,
      col('groupEmail', 'details.GROUP_EMAIL', { en: 'Group email', ja: 'グループのメールアドレス', ko: '그룹 이메일' }, 'pc', 220),
      col('orgUnitName', 'details.ORG_UNIT_NAME', { en: 'Org unit name', ja: '組織部門名', ko: '조직 단위 이름' }, 'pc'),
      col('roleName', 'details.ROLE_NAME', { en: 'Role name', ja: '役割名', ko: '역할 이름' }, 'pc'),
    ],
  },
];

const KNOWN = new Map(GOOGLE_PAGES.map((p) => [p.sourceId, p]));
const made = new Map<string, SourcePage>();

/**
 * The page of any `google.reports.<application>` source id: the application's own page, or for
 * an application without one (Drive, Calendar …) a page of the columns every activity has, so
 * its events still get a named menu entry and readable columns. Undefined for other source ids.
 */
export function googleReportsPage(sourceId: string): SourcePage | undefined {
  if (!sourceId.startsWith(PREFIX)) return undefined;
  const known = KNOWN.get(sourceId);
  if (known) return known;
  const app = sourceId.slice(PREFIX.length);
  if (applicationKey(app) !== app) return undefined;
  let page = made.get(sourceId);
  if (!page) {
    page = { sourceId, vendor: GOOGLE_VENDOR, labels: pageLabels(app), menu: googleCategory(app), columns: [DATE, EVENT, EVENT_TYPE, ACTOR, ip('both'), TARGET] };
    made.set(sourceId, page);
  }
  return page;
}
