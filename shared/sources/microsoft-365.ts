/**
 * Microsoft 365 › Microsoft Purview › Audit › search › Export (reference §4.3): the unified audit
 * log as CSV, one record per row with the whole record as JSON in AuditData.
 *
 * Header spellings: the current export's `RecordId, CreationDate, RecordType, Operation, UserId,
 * AuditData, AssociatedAdminUnits, AssociatedAdminUnitsNames` and the older `CreationDate,
 * UserIds, Operations, AuditData` (both [I]); the file's header is English in every UI language.
 * The page shows the columns of Purview's search results (Date, IP address, User, Record type,
 * Activity, Item, Admin units); the Japanese and Korean labels are assumed translations. Purview
 * has no mobile screen: the mobile layout is our narrow subset.
 */
import type { SourceColumn, SourcePage } from '../model/source-catalog';

/** Canonical key → the header names a unified audit log export may use (matched ignoring case and spaces). */
export const M365_HEADERS = {
  recordId: ['RecordId', 'Record Id'],
  creationDate: ['CreationDate', 'Creation Date', 'CreationTime', 'Date (UTC)'],
  recordType: ['RecordType', 'Record Type', 'RecordTypes'],
  operation: ['Operation', 'Operations', 'Activity'],
  userId: ['UserId', 'UserIds', 'User Id'],
  auditData: ['AuditData', 'Audit Data'],
  adminUnits: ['AssociatedAdminUnits'],
  adminUnitNames: ['AssociatedAdminUnitsNames'],
} as const satisfies Record<string, readonly string[]>;

export type M365HeaderKey = keyof typeof M365_HEADERS;

const col = (key: string, value: string, en: string, ja: string, ko: string, mobile: boolean, width?: number): SourceColumn => ({
  key, value, labels: { en, ja, ko }, pc: true, mobile, ...(width === undefined ? {} : { width }),
});

export const M365_PAGE: SourcePage = {
  sourceId: 'm365.unified_audit',
  vendor: 'Microsoft 365',
  labels: { en: 'Unified audit log', ja: '統合監査ログ', ko: '통합 감사 로그' },
  columns: [
    col('creationDate', 'time', 'Date', '日付', '날짜', true),
    col('ip', 'ip', 'IP address', 'IP アドレス', 'IP 주소', true, 150),
    col('userId', 'actor', 'User', 'ユーザー', '사용자', true, 220),
    col('recordTypeName', 'details.recordTypeName', 'Record type', 'レコードの種類', '레코드 유형', false, 210),
    col('operation', 'action', 'Activity', 'アクティビティ', '활동', true, 180),
    col('objectId', 'target', 'Item', 'アイテム', '항목', false, 320),
    col('adminUnitNames', 'details.adminUnitNames', 'Admin units', '管理単位', '관리 단위', false, 160),
  ],
};
