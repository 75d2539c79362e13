/**
 * What the values of a Kintone / cybozu.com audit log mean, in English, Japanese and Korean: the
 * keys of the parsed Complement, the `target` values of app-settings actions, and the Level,
 * Result and Module values (reference §2.1, §2.3). The event detail shows them next to each value.
 *
 * Evidence: the Complement keys app id, app name, record id, filename, revert, granted users,
 * revoked users and `target: adminNotes`, the two levels, the three results and the modules are
 * the vendor's [C]. The other `target` values are ASSUMED: they follow the App settings screens
 * and the REST API's names for them (form, layout, views, reports, status, customize, acl …),
 * since no page lists what the log writes; an unknown value is shown without a meaning.
 */
import type { Lang } from '../model/source-catalog';

/** A text in the three UI languages. */
export type Text = Readonly<Record<Lang, string>>;
const x = (en: string, ja: string, ko: string): Text => ({ en, ja, ko });

export interface GlossaryEntry { name: Text; meaning: Text }
const e = (name: Text, meaning: Text): GlossaryEntry => ({ name, meaning });

const API_TOKEN = e(x('API token ID', 'APIトークンID', 'API 토큰 ID'), x('the API token the action was authenticated with: the actor is the token, not a person', '操作の認証に使われたAPIトークン。操作したのは人ではなくトークン', '작업 인증에 사용된 API 토큰. 작업 주체는 사람이 아니라 토큰'));

/** Complement keys as the importer names them (`app id` → appId). */
export const COMPLEMENT_KEYS: Readonly<Record<string, GlossaryEntry>> = {
  appId: e(x('App ID', 'アプリID', '앱 ID'), x('the app acted on; several apps are listed in brackets', '操作の対象になったアプリ。複数の場合は角かっこ内に並ぶ', '작업 대상 앱. 여러 개이면 대괄호 안에 나열')),
  appName: e(x('App name', 'アプリ名', '앱 이름'), x('the app\'s name when the action happened', '操作時点のアプリ名', '작업 시점의 앱 이름')),
  recordId: e(x('Record ID', 'レコードID', '레코드 ID'), x('the record acted on; a bulk action lists several in brackets', '操作の対象になったレコード。一括操作では角かっこ内に並ぶ', '작업 대상 레코드. 일괄 작업이면 대괄호 안에 나열')),
  filename: e(x('File name', 'ファイル名', '파일 이름'), x('the file attached to, or downloaded from, the record', 'レコードに添付、またはレコードからダウンロードされたファイル', '레코드에 첨부되었거나 레코드에서 다운로드된 파일')),
  commentId: e(x('Comment ID', 'コメントID', '댓글 ID'), x('the comment on the record that was acted on', '操作の対象になったレコードのコメント', '작업 대상 레코드의 댓글')),
  spaceId: e(x('Space ID', 'スペースID', '스페이스 ID'), x('the space acted on', '操作の対象になったスペース', '작업 대상 스페이스')),
  threadId: e(x('Thread ID', 'スレッドID', '스레드 ID'), x('the space thread acted on', '操作の対象になったスペースのスレッド', '작업 대상 스페이스 스레드')),
  target: e(x('Target', '対象', '대상'), x('which part of the app\'s settings the action changed', 'アプリ設定のどの部分を変更したか', '앱 설정의 어느 부분을 변경했는지')),
  revert: e(x('Revert', '取り消し', '되돌리기'), x('true: the pending settings changes were discarded; false: they were applied to the live app', 'true: 運用環境に反映前の設定変更を破棄した。false: 運用環境に反映した', 'true: 운영 환경에 반영 전인 설정 변경을 취소함. false: 운영 환경에 반영함')),
  grantedUsers: e(x('Granted users', '付与されたユーザー', '권한이 부여된 사용자'), x('the users who were given the permission', '権限を与えられたユーザー', '권한을 받은 사용자')),
  revokedUsers: e(x('Revoked users', '取り消されたユーザー', '권한이 취소된 사용자'), x('the users whose permission was taken away', '権限を取り消されたユーザー', '권한이 취소된 사용자')),
  group: e(x('Group', 'グループ', '그룹'), x('the group (role) concerned, with its ID', '対象のグループ(ロール)とそのID', '대상 그룹(역할)과 ID')),
  members: e(x('Members', 'メンバー', '멤버'), x('the users concerned, with their IDs', '対象のユーザーとそのID', '대상 사용자와 ID')),
  // the vendor says API-token actions name the token's ID; the key's spelling is not documented
  apiTokenId: API_TOKEN, apiToken: API_TOKEN, tokenId: API_TOKEN,
  fieldCode: e(x('Field code', 'フィールドコード', '필드 코드'), x('the field acted on', '操作の対象になったフィールド', '작업 대상 필드')),
  viewId: e(x('View ID', '一覧ID', '보기 ID'), x('the view acted on', '操作の対象になった一覧', '작업 대상 보기')),
};

/** `target` values (app settings), matched ignoring case and anything but letters and digits. */
const TARGETS: readonly [spellings: readonly string[], entry: GlossaryEntry][] = [
  [['adminNotes', 'appAdminNotes'], e(x('App admin notes', 'アプリ管理者用メモ', '앱 관리자용 메모'), x('the notes for the app\'s administrators', 'アプリの管理者向けのメモ', '앱 관리자를 위한 메모'))],
  [['form', 'fields', 'formFields'], e(x('Form', 'フォーム', '폼'), x('the app\'s fields: added, changed or deleted', 'アプリのフィールドの追加・変更・削除', '앱 필드의 추가·변경·삭제'))],
  [['layout', 'formLayout'], e(x('Form layout', 'フォームのレイアウト', '폼 레이아웃'), x('where the fields sit on the form', 'フォーム上のフィールドの配置', '폼에서 필드의 배치'))],
  [['view', 'views'], e(x('Views', '一覧', '보기'), x('the record lists: columns, filters, sort', 'レコード一覧の表示項目・絞り込み・ソート', '레코드 목록의 표시 항목·필터·정렬'))],
  [['report', 'reports', 'graph', 'graphs'], e(x('Graphs', 'グラフ', '그래프'), x('the app\'s graphs and reports', 'アプリのグラフ(集計)', '앱의 그래프(집계)'))],
  [['status', 'processManagement', 'process'], e(x('Process management', 'プロセス管理', '프로세스 관리'), x('the workflow: statuses, assignees and actions', 'ステータス・作業者・アクションのワークフロー', '상태·작업자·액션의 워크플로'))],
  [['customize', 'customization', 'jsCustomize'], e(x('JavaScript / CSS customization', 'JavaScript / CSSでカスタマイズ', 'JavaScript / CSS 사용자 정의'), x('code files that run in every user\'s browser on the app: a change deserves review', 'アプリを開く全ユーザーのブラウザで実行されるコード。変更は要確認', '앱을 여는 모든 사용자의 브라우저에서 실행되는 코드. 변경 시 확인 필요'))],
  [['acl', 'appAcl', 'appPermissions', 'permissions'], e(x('App permissions', 'アプリのアクセス権', '앱 접근 권한'), x('who may view, add, edit, delete, import or export records and manage the app', 'レコードの閲覧・追加・編集・削除・読み込み・書き出しとアプリ管理の権限', '레코드 열람·추가·편집·삭제·가져오기·내보내기와 앱 관리 권한'))],
  [['recordAcl', 'recordPermissions'], e(x('Record permissions', 'レコードのアクセス権', '레코드 접근 권한'), x('per-record conditions on who may see or change records', '条件ごとのレコードの閲覧・編集権限', '조건별 레코드 열람·편집 권한'))],
  [['fieldAcl', 'fieldPermissions'], e(x('Field permissions', 'フィールドのアクセス権', '필드 접근 권한'), x('who may see or edit each field', 'フィールドごとの閲覧・編集権限', '필드별 열람·편집 권한'))],
  [['settings', 'generalSettings', 'general'], e(x('General settings', '一般設定', '일반 설정'), x('the app\'s name, description, icon and theme', 'アプリ名・説明・アイコン・デザインテーマ', '앱 이름·설명·아이콘·테마'))],
  [['notifications', 'generalNotifications', 'appNotifications'], e(x('App notifications', 'アプリの条件通知', '앱 알림'), x('who is notified when records are added, edited or commented on', 'レコードの追加・編集・コメント時に通知する相手', '레코드 추가·편집·댓글 시 알림 받을 대상'))],
  [['perRecordNotifications', 'recordNotifications'], e(x('Per-record notifications', 'レコードの条件通知', '레코드 조건 알림'), x('notifications when a record meets a condition', '条件を満たすレコードについての通知', '조건을 만족하는 레코드에 대한 알림'))],
  [['reminderNotifications', 'reminders'], e(x('Reminder notifications', 'リマインダーの条件通知', '리마인더 알림'), x('notifications at a date or time taken from a record', 'レコードの日時に基づく通知', '레코드의 날짜·시간에 따른 알림'))],
  [['actions', 'action'], e(x('Actions', 'アクション', '액션'), x('buttons that copy a record into another app', 'レコードを別のアプリにコピーするボタン', '레코드를 다른 앱으로 복사하는 버튼'))],
  [['plugins', 'plugin'], e(x('Plug-ins', 'プラグイン', '플러그인'), x('plug-ins added to the app: third-party code that runs on it', 'アプリに追加されたプラグイン(アプリ上で動く外部のコード)', '앱에 추가된 플러그인(앱에서 실행되는 외부 코드)'))],
];

const LEVELS: readonly [spellings: readonly string[], entry: GlossaryEntry][] = [
  [['notice', '重要', '중요'], e(x('Notice', '重要', '중요'), x('an important change (administration, security, bulk data): review it; notification e-mails can be sent for this level', '管理・セキュリティ・大量データに関わる重要な操作。確認が必要で、通知メールの対象にできる', '관리·보안·대량 데이터에 관한 중요한 작업. 확인이 필요하며 알림 메일 대상으로 설정 가능'))],
  [['information', '情報', '정보'], e(x('Information', '情報', '정보'), x('routine activity such as logins and record operations', 'ログインやレコード操作などの通常の操作', '로그인이나 레코드 작업 등 일상적인 작업'))],
];

const RESULTS: readonly [spellings: readonly string[], entry: GlossaryEntry][] = [
  [['SUCCESS'], e(x('Success', '成功', '성공'), x('the action was carried out', '操作は完了した', '작업이 완료됨'))],
  [['FAILED'], e(x('Failed', '失敗', '실패'), x('the action failed (for a login: wrong password or locked account)', '操作は失敗した(ログインではパスワード誤りやロック)', '작업이 실패함(로그인의 경우 비밀번호 오류나 잠금)'))],
  [['VALIDATION ERROR'], e(x('Validation error', '入力エラー', '입력 오류'), x('the action failed because the input was not valid', '入力内容が不正なため失敗した', '입력 내용이 올바르지 않아 실패함'))],
];

const MODULES: readonly [spellings: readonly string[], entry: GlossaryEntry][] = [
  [['Authentication'], e(x('Authentication', '認証', '인증'), x('logins and logouts (Common)', 'ログイン・ログアウト(共通)', '로그인·로그아웃(공통)'))],
  [['User Administration'], e(x('User administration', 'ユーザー管理', '사용자 관리'), x('users, organizations, groups and administrators (Common)', 'ユーザー・組織・グループ・管理者(共通)', '사용자·조직·그룹·관리자(공통)'))],
  [['System Administration'], e(x('System administration', 'システム管理', '시스템 관리'), x('cybozu.com settings such as security and the audit log itself; in Kintone: space creation, guest users, new features', 'セキュリティや監査ログなどcybozu.comの設定。kintoneではスペース作成・ゲストユーザー・新機能', '보안·감사 로그 등 cybozu.com 설정. kintone에서는 스페이스 생성·게스트 사용자·새 기능'))],
  [['App operation'], e(x('App operation', 'アプリの操作', '앱 작업'), x('record operations in apps: files, comments, deletion, import', 'アプリでのレコード操作: ファイル・コメント・削除・読み込み', '앱의 레코드 작업: 파일·댓글·삭제·가져오기'))],
  [['API operation'], e(x('API operation', 'APIの操作', 'API 작업'), x('changes made through the REST API: creating apps, changing and deploying their settings', 'REST APIによる変更: アプリの作成・設定変更・運用環境への反映', 'REST API를 통한 변경: 앱 생성·설정 변경·운영 환경 반영'))],
];

/** Whole Complement values that are words, not keys. */
const COMPLEMENT_VALUES: readonly [spellings: readonly string[], entry: GlossaryEntry][] = [
  [['lockout'], e(x('Lockout', 'ロックアウト', '잠금'), x('the account is locked after repeated failed logins', 'ログインの失敗が続きアカウントがロックされている', '로그인 실패가 반복되어 계정이 잠김'))],
  [['enabled'], e(x('Enabled', '有効', '사용'), x('the setting was turned on', '設定を有効にした', '설정을 켬'))],
  [['disabled'], e(x('Disabled', '無効', '사용 안 함'), x('the setting was turned off', '設定を無効にした', '설정을 끔'))],
];

const norm = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

function indexOf(list: readonly [readonly string[], GlossaryEntry][]): Map<string, GlossaryEntry> {
  return new Map(list.flatMap(([spellings, entry]) => spellings.map((s) => [norm(s), entry] as const)));
}

const BY_VALUE = { target: indexOf(TARGETS), level: indexOf(LEVELS), result: indexOf(RESULTS), module: indexOf(MODULES), complement: indexOf(COMPLEMENT_VALUES) };

/** The entry of a value of `target`, `level`, `result`, `module` or a whole `complement`; undefined when unknown. */
export function valueEntry(key: keyof typeof BY_VALUE, value: string): GlossaryEntry | undefined {
  return BY_VALUE[key].get(norm(value));
}

/** `App ID — the app acted on …` in the language. */
export function describeEntry(entry: GlossaryEntry, lang: Lang): string {
  return `${entry.name[lang]} — ${entry.meaning[lang]}`;
}

/**
 * The meaning to show next to a Kintone value in the detail: for `target`, `level`, `result`,
 * `module` and a whole `complement`, the meaning of the value; for any other Complement key, the
 * meaning of the key. Undefined when the glossary does not know it.
 */
export function kintoneGlossary(lang: Lang): (key: string, value: string) => string | undefined {
  const own = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);
  return (key, value) => {
    if (own(BY_VALUE, key)) {
      const entry = valueEntry(key as keyof typeof BY_VALUE, value);
      if (entry) return describeEntry(entry, lang);
      return key === 'target' ? describeEntry(COMPLEMENT_KEYS.target, lang) : undefined;
    }
    const entry = own(COMPLEMENT_KEYS, key) ? COMPLEMENT_KEYS[key] : undefined;
    return entry ? describeEntry(entry, lang) : undefined;
  };
}
