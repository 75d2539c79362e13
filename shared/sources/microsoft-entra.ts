/**
 * Microsoft Entra admin center › Monitoring & health › Sign-in logs and Audit logs (reference
 * §4.3): the portal's default columns (Date, User, Application, Status, IP address, Location …
 * for sign-ins; Date, Service, Category, Activity, Status, Status reason, Target(s), Initiated by
 * for audits) plus Client app, Failure reason and Sign-in error code, which the portal offers
 * as extra columns. The Japanese and Korean labels are our best knowledge of the portal's
 * localized words [A]. The portal has no mobile layout: ours is a narrow subset.
 */
import type { SourcePage } from '../model/source-catalog';
import { pageColumn as col } from './page-column';

const VENDOR = 'Microsoft Entra ID';

const DATE = col('date', 'time', { en: 'Date', ja: '日付', ko: '날짜' }, 'both');
const STATUS = col('status', 'status', { en: 'Status', ja: '状態', ko: '상태' }, 'both', 110);

/** Entra ID › Sign-in logs (`entra.signins`) and Audit logs (`entra.directory_audits`). */
export const ENTRA_PAGES: SourcePage[] = [
  {
    sourceId: 'entra.signins',
    vendor: VENDOR,
    labels: { en: 'Sign-in logs', ja: 'サインイン ログ', ko: '로그인 로그' },
    columns: [
      DATE,
      col('user', 'actor', { en: 'User', ja: 'ユーザー', ko: '사용자' }, 'both', 260),
      col('application', 'target', { en: 'Application', ja: 'アプリケーション', ko: '애플리케이션' }, 'both', 220),
      STATUS,
      col('ip', 'ip', { en: 'IP address', ja: 'IP アドレス', ko: 'IP 주소' }, 'both'),
      col('location', 'details.location', { en: 'Location', ja: '場所', ko: '위치' }, 'pc'),
      col('clientApp', 'serviceType', { en: 'Client app', ja: 'クライアント アプリ', ko: '클라이언트 앱' }, 'pc', 120),
      col('failureReason', 'details.status.failureReason', { en: 'Failure reason', ja: '失敗の理由', ko: '실패 이유' }, 'pc', 280),
      col('errorCode', 'details.status.errorCode', { en: 'Sign-in error code', ja: 'サインイン エラー コード', ko: '로그인 오류 코드' }, 'pc', 120),
      col('conditionalAccess', 'details.conditionalAccessStatus', { en: 'Conditional Access', ja: '条件付きアクセス', ko: '조건부 액세스' }, 'pc', 140),
    ],
  },
  {
    sourceId: 'entra.directory_audits',
    vendor: VENDOR,
    labels: { en: 'Audit logs', ja: '監査ログ', ko: '감사 로그' },
    columns: [
      DATE,
      col('service', 'details.loggedByService', { en: 'Service', ja: 'サービス', ko: '서비스' }, 'pc', 140),
      col('category', 'module', { en: 'Category', ja: 'カテゴリ', ko: '범주' }, 'pc', 140),
      col('activity', 'action', { en: 'Activity', ja: 'アクティビティ', ko: '활동' }, 'both', 220),
      STATUS,
      col('statusReason', 'statusText', { en: 'Status reason', ja: '状態の理由', ko: '상태 이유' }, 'pc', 200),
      col('targets', 'target', { en: 'Target(s)', ja: 'ターゲット', ko: '대상' }, 'both', 240),
      col('initiatedBy', 'actor', { en: 'Initiated by (actor)', ja: '開始者 (アクター)', ko: '시작한 사람(행위자)' }, 'both', 240),
    ],
  },
];
