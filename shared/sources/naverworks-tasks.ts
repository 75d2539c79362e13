/**
 * The Task values of the NAVER WORKS Audit menus (reference §1.2): the English ones are the help
 * pages' [C]; the Japanese (LINE WORKS) and Korean ones are ASSUMED translations, not seen in a
 * real download. A download writes them in its own language, so the importer's language-neutral
 * event key reads a task through this table (main/ingest/sources/naverworks-event-key.ts): a
 * spelling listed here stands for its English task, any other is kept as written (two languages
 * then stay apart, never wrongly merged). Add a spelling here once a real file shows it.
 */
import type { Labels } from '../model/source-catalog';

type Task = Required<Labels>;
const t = (en: string, ja: string, ko: string): Task => ({ en, ja, ko });

/** Admin [C]: Register … Change Group Company. */
export const NW_ADMIN_TASKS: readonly Task[] = [
  t('Register', '登録', '등록'), t('View', '照会', '조회'), t('Modify', '修正', '수정'), t('Delete', '削除', '삭제'),
  t('Reinstate', '復元', '복원'), t('Suspend/cancel account', '利用停止/解除', '이용 중지/해제'), t('Download', 'ダウンロード', '다운로드'),
  t('Upload', 'アップロード', '업로드'), t('Sharing', '共有', '공유'), t('Withdraw', '脱退', '탈퇴'),
  t('Change Group Company', 'グループ会社の変更', '계열사 변경'),
];

/** Developers › Developer Console, the 16 values [C]. */
export const NW_DEVELOPER_CONSOLE_TASKS: readonly Task[] = [
  t('Register', '登録', '등록'), t('Modify', '修正', '수정'), t('Delete', '削除', '삭제'), t('Upload', 'アップロード', '업로드'),
  t('Issue Service Account', 'Service Account発行', 'Service Account 발급'), t('Delete Service Account', 'Service Account削除', 'Service Account 삭제'),
  t('Issue Private Key', 'Private Key発行', 'Private Key 발급'), t('Add WOFF App', 'WOFFアプリ追加', 'WOFF 앱 추가'),
  t('Modify WOFF App', 'WOFFアプリ修正', 'WOFF 앱 수정'), t('Delete WOFF App', 'WOFFアプリ削除', 'WOFF 앱 삭제'),
  t('Add a delegated app', '委任アプリの追加', '위임 앱 추가'), t('Update a delegated app', '委任アプリの更新', '위임 앱 업데이트'),
  t('Delete a delegated app', '委任アプリの削除', '위임 앱 삭제'), t('Add provisioning app', 'プロビジョニングアプリの追加', '프로비저닝 앱 추가'),
  t('Edit provisioning app', 'プロビジョニングアプリの編集', '프로비저닝 앱 편집'), t('Delete provisioning app', 'プロビジョニングアプリの削除', '프로비저닝 앱 삭제'),
];

/** Contacts [C]. */
export const NW_CONTACTS_TASKS: readonly Task[] = [
  t('View member info', 'メンバー情報の照会', '구성원 정보 조회'), t('Edit member info', 'メンバー情報の修正', '구성원 정보 수정'),
  t('Search contact (External Contacts)', '連絡先の検索(社外アドレス帳)', '연락처 검색(외부 연락처)'),
  t('Add contact (External Contacts)', '連絡先の追加(社外アドレス帳)', '연락처 추가(외부 연락처)'),
  t('Edit contact (External Contacts)', '連絡先の修正(社外アドレス帳)', '연락처 수정(외부 연락처)'),
  t('Delete contact (External Contacts)', '連絡先の削除(社外アドレス帳)', '연락처 삭제(외부 연락처)'),
  t('Add tag', 'タグの追加', '태그 추가'), t('Edit tag', 'タグの修正', '태그 수정'),
  t('Delete tag (External Contacts)', 'タグの削除(社外アドレス帳)', '태그 삭제(외부 연락처)'),
  t('Delete contact permanently (External Contacts)', '連絡先の完全削除(社外アドレス帳)', '연락처 영구 삭제(외부 연락처)'),
  t('Restore the contact (External Contacts)', '連絡先の復元(社外アドレス帳)', '연락처 복원(외부 연락처)'),
  t('Export contact (External Contacts)', '連絡先のエクスポート(社外アドレス帳)', '연락처 내보내기(외부 연락처)'),
  t('Change external contact\u2019s owner', '社外連絡先の所有者変更', '외부 연락처 소유자 변경'),
  t('View group', 'グループの照会', '그룹 조회'), t('Add group', 'グループの追加', '그룹 추가'),
  t('Edit group', 'グループの修正', '그룹 수정'), t('Delete group', 'グループの削除', '그룹 삭제'),
];

/** Drive (Message Room Folder) [C]; the help page's `Create/Change/Delete/Restore/Permanently delete collaborative folder` is five tasks. */
export const NW_DRIVE_TASKS: readonly Task[] = [
  t('Copy', 'コピー', '복사'), t('Upload', 'アップロード', '업로드'), t('Download', 'ダウンロード', '다운로드'), t('Move', '移動', '이동'),
  t('Delete', '削除', '삭제'), t('Edit name', '名前を変更', '이름 변경'), t('Delete permanently', '完全削除', '영구 삭제'),
  t('Restore from Trash', 'ゴミ箱から復元', '휴지통에서 복원'), t('Create folder', 'フォルダ作成', '폴더 만들기'),
  t('Add member', 'メンバー追加', '구성원 추가'), t('Set folder members', 'フォルダメンバーの設定', '폴더 구성원 설정'),
  t('Unshare folder', 'フォルダ共有の解除', '폴더 공유 해제'), t('Leave folder', 'フォルダから退出', '폴더 나가기'),
  t('Change accessible members', 'アクセス可能メンバーの変更', '접근 가능 구성원 변경'),
  t('Set accessible members', 'アクセス可能メンバーの設定', '접근 가능 구성원 설정'),
  t('Remove member restriction', 'メンバー制限の解除', '구성원 제한 해제'), t('Create link', 'リンク作成', '링크 생성'),
  t('Change link settings', 'リンク設定の変更', '링크 설정 변경'), t('Delete link', 'リンク削除', '링크 삭제'),
  t('Access the link history', 'リンク履歴の照会', '링크 이력 조회'), t('Edit file', 'ファイル編集', '파일 편집'),
  t('Restore file version', 'ファイルバージョンの復元', '파일 버전 복원'), t('Delete file version', 'ファイルバージョンの削除', '파일 버전 삭제'),
  t('Download file version', 'ファイルバージョンのダウンロード', '파일 버전 다운로드'), t('Auto-upload', '自動アップロード', '자동 업로드'),
  t('File lock', 'ファイルロック', '파일 잠금'), t('File unlock', 'ファイルロック解除', '파일 잠금 해제'),
  t('Change message room Folder settings', 'トークルームフォルダ設定の変更', '대화방 폴더 설정 변경'),
  t('Create collaborative folder', '共同フォルダの作成', '공동 폴더 만들기'), t('Change collaborative folder', '共同フォルダの変更', '공동 폴더 변경'),
  t('Delete collaborative folder', '共同フォルダの削除', '공동 폴더 삭제'), t('Restore collaborative folder', '共同フォルダの復元', '공동 폴더 복원'),
  t('Permanently delete collaborative folder', '共同フォルダの完全削除', '공동 폴더 영구 삭제'),
];

const ALL = [...NW_ADMIN_TASKS, ...NW_DEVELOPER_CONSOLE_TASKS, ...NW_CONTACTS_TASKS, ...NW_DRIVE_TASKS];

/** How a task spelling is matched: width, case and spacing ignored. */
export function taskSpellingKey(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

/** Every spelling (en/ja/ko) → its English task. */
export const NW_TASK_BY_SPELLING: ReadonlyMap<string, string> = new Map(
  ALL.flatMap((task) => [task.en, task.ja, task.ko].map((s) => [taskSpellingKey(s), task.en] as const)),
);

/** The English task a spelling stands for, or undefined when the table does not know it. */
export function englishTask(text: string): string | undefined {
  return NW_TASK_BY_SPELLING.get(taskSpellingKey(text));
}
