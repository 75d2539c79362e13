/**
 * microCMS › Service settings › Data logs › Audit logs (reference §3). The recorded items are the
 * vendor's (2023 Japanese list); the download's header, its order and the `操作APIキー` column are
 * ASSUMED (fixture microcms-audit.csv), as are all English and Korean labels.
 * microCMS has no mobile admin screen: the mobile layout is our narrow subset.
 */
import type { SourceColumn, SourcePage } from '../model/source-catalog';
import type { FieldSpelling } from './field-spelling';

const f = (en: string, ja: string, ko: string, ...aliases: string[]): FieldSpelling => ({ labels: { en, ja, ko }, aliases });

export const MICROCMS_FIELDS = {
  date: f('Date', '日時', '일시'),
  ip: f('IP address', 'IPアドレス', 'IP 주소'),
  user: f('User', 'ユーザー', '사용자'),
  apiKey: f('Operation API key', '操作APIキー', '작업 API 키'),
  operation: f('Operation', '操作内容', '작업 내용'),
  targetApiKeyId: f('Target API key ID', '対象APIキー ID', '대상 API 키 ID'),
  targetApiId: f('Target API ID', '対象API ID', '대상 API ID'),
  targetApiName: f('Target API name', '対象API名', '대상 API 이름'),
  targetContentId: f('Target content ID', '対象コンテンツID', '대상 콘텐츠 ID'),
  targetMediaId: f('Target media ID', '対象メディアID', '대상 미디어 ID'),
  targetMediaName: f('Target media name', '対象メディア名', '대상 미디어 이름'),
  targetMediaTagId: f('Target media tag ID', '対象メディアタグID', '대상 미디어 태그 ID'),
  targetMediaTagName: f('Target media tag name', '対象メディアタグ名', '대상 미디어 태그 이름'),
  targetMember: f('Target member', '対象メンバー', '대상 멤버'),
  targetRoleId: f('Target role ID', '対象ロールID', '대상 역할 ID'),
  targetRoleName: f('Target role name', '対象ロール名', '대상 역할 이름'),
  targetCustomFieldName: f('Target custom field name', '対象カスタムフィールド名', '대상 커스텀 필드 이름'),
  targetCustomStatusId: f('Target custom status ID', '対象カスタムステータスID', '대상 커스텀 상태 ID'),
  targetCustomStatusName: f('Target custom status name', '対象カスタムステータス名', '대상 커스텀 상태 이름'),
  targetReviewer: f('Target reviewer', '対象レビュアー', '대상 리뷰어'),
  targetReviewRequestId: f('Target review request ID', '対象レビュー申請ID', '대상 리뷰 신청 ID'),
  targetReviewRequestTitle: f('Target review request title', '対象レビュー申請タイトル', '대상 리뷰 신청 제목'),
  targetEnvironmentDomain: f('Target environment domain', '対象環境ドメイン', '대상 환경 도메인'),
  newAuthor: f('New creator', '新しい作成者', '새 작성자', 'New author'),
} satisfies Record<string, FieldSpelling>;

export type MicrocmsFieldKey = keyof typeof MICROCMS_FIELDS;

/** Where each column's value is read from on the page; the rest are details by their own key. */
const VALUES: Partial<Record<MicrocmsFieldKey, string>> = { date: 'time', ip: 'ip', user: 'actor', operation: 'action' };
const MOBILE: readonly MicrocmsFieldKey[] = ['date', 'user', 'operation', 'targetApiId', 'targetContentId'];

export const MICROCMS_PAGE: SourcePage = {
  sourceId: 'microcms.audit',
  vendor: 'microCMS',
  labels: { en: 'Audit logs', ja: '監査ログ', ko: '감사 로그' },
  columns: (Object.keys(MICROCMS_FIELDS) as MicrocmsFieldKey[]).map((key): SourceColumn => ({
    key,
    value: VALUES[key] ?? `details.${key}`,
    labels: { ...MICROCMS_FIELDS[key].labels },
    pc: true,
    mobile: MOBILE.includes(key),
  })),
};
