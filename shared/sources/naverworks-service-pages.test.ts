import { describe, expect, it } from 'vitest';
import { pageFor } from './catalog';

const layout = (sourceId: string, which: 'pc' | 'mobile', lang: 'en' | 'ja' = 'en') =>
  pageFor(sourceId)!.columns.filter((c) => c[which]).map((c) => c.labels[lang]);

describe('NAVER WORKS collaboration menus and Microsoft 365 in the catalog', () => {
  it('lists the confirmed columns of Files, Drive, received mail and Bot API', () => {
    expect(layout('naverworks.files', 'pc')).toEqual(['File name', 'Service', 'User', 'Date', 'Service Type']);
    expect(layout('naverworks.drive', 'mobile')).toEqual(['Item', 'Status', 'Task', 'User', 'Date']);
    expect(layout('naverworks.drive', 'pc')).toEqual(['Item', 'Status', 'Task', 'User', 'Date', 'Service Type', 'Original', 'Updates']);
    expect(layout('naverworks.mail_received', 'mobile')).toEqual(['Subject', 'Sender', 'Receiver', 'Received Time', 'Reception Results']);
    expect(layout('naverworks.mail_sent', 'pc')).toEqual(['Subject', 'Sender', 'Receiver', 'Sent Time', 'Status', 'Attachment', 'Mail Size(Bytes)']);
    expect(layout('naverworks.bot_api', 'pc')).toEqual(['API name', 'Bot No.', 'Status', 'User', 'Date']);
  });

  it('gives the third-party-map menus their columns, PC and mobile', () => {
    expect(layout('naverworks.calendar', 'pc')).toEqual(['Subject', 'Status', 'Task', 'User', 'Date', 'Service Type', 'Calendar ID']);
    expect(layout('naverworks.note', 'pc', 'ja')).toEqual(['件名', 'ステータス', 'タスク', 'メンバー', '日時', '掲示板名', 'チーム/グループ', 'サービスタイプ']);
    expect(layout('naverworks.form', 'mobile')).toEqual(['Form Title', 'Status', 'Task', 'User', 'Date']);
    expect(layout('naverworks.share', 'pc')).toEqual(['Shared with', 'Task', 'User', 'Date', 'Shared by', 'Service Type']);
    expect(pageFor('naverworks.board')!.labels).toEqual({ en: 'Board (Home)', ja: 'ホーム (掲示板)', ko: '홈 (게시판)' });
  });

  it('shows the unified audit log with the columns of Purview search results', () => {
    expect(layout('m365.unified_audit', 'pc')).toEqual(['Date', 'IP address', 'User', 'Record type', 'Activity', 'Item', 'Admin units']);
    expect(layout('m365.unified_audit', 'mobile', 'ja')).toEqual(['日付', 'IP アドレス', 'ユーザー', 'アクティビティ']);
    expect(pageFor('m365.unified_audit')!.columns.map((c) => c.value)).toEqual(['time', 'ip', 'actor', 'details.recordTypeName', 'action', 'target', 'details.adminUnitNames']);
  });
});
