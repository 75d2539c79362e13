import { describe, expect, it } from 'vitest';
import { detectSource } from './registry';

const idOf = (names: string[]) => detectSource(names)?.source.id ?? null;

describe('source detection by header names', () => {
  it.each([
    [['Description', 'User', 'Date', 'IP Address', 'Login method', 'Service Type'], 'naverworks.login'],
    [['説明', 'メンバー', '日時', 'IPアドレス', 'ログイン方法', 'サービスタイプ'], 'naverworks.login'],
    [['설명', '사용자', '일시', 'IP 주소', '로그인 방법', '서비스 유형'], 'naverworks.login'],
    [['Date', 'IP ADDRESS', 'user', 'description'], 'naverworks.login'],
    [['Event target', 'Status', 'Task', 'User', 'Date', 'IP Address', 'Service Type', 'Service'], 'naverworks.admin'],
    [['Event Target', 'Status', 'Task', 'User', 'Date'], 'naverworks.admin'],
    [['Event target', 'Task', 'User', 'Date', 'IP Address', 'Console menu'], 'naverworks.developer_console'],
    [['Event target', 'Task', 'User', 'Date'], 'naverworks.developer_console'],
    [['API URL', 'HTTP Method', 'Status', 'User', 'Target', 'Date', 'IP Address'], 'naverworks.delegated_api'],
    [['API URL', 'HTTP Method', 'Status', 'Date'], 'naverworks.delegated_api'],
    [['Target', 'Status', 'Task', 'User', 'Date', 'Service Type'], 'naverworks.contacts'],
    [['Date', 'Sender', 'Recipient', 'Channel ID', 'Message'], 'naverworks.message'],
    [['Message', 'Sender', 'Receiver', 'Date'], 'naverworks.message'],
    [['日時', '送信者', '受信者', 'トークルームID', 'メッセージ'], 'naverworks.message'],
    [['\uFEFFDescription', 'User', 'Date'], 'naverworks.login'],
    [['File name', 'Service', 'User', 'Date', 'Service Type'], 'naverworks.files'],
    [['ファイル名', 'サービス', 'メンバー', '日時', 'サービスタイプ'], 'naverworks.files'],
    [['Item', 'Status', 'Task', 'User', 'Date'], 'naverworks.drive'],
    [['Date', 'User', 'Service Type', 'Task', 'Original', 'Updates', 'Status'], 'naverworks.drive'],
    [['Received Time', 'Reception Results', 'Sent server IP', 'Subject', 'Sender', 'Recipient', 'Mail Size(Bytes)'], 'naverworks.mail_received'],
    [['受信日時', '受信結果', '送信サーバーIP', '件名', '送信者', '受信者', 'メールサイズ(バイト)'], 'naverworks.mail_received'],
    [['Sent Time', 'Subject', 'Sender', 'Recipient', 'Status', 'Attachment', 'Mail Size (Bytes)'], 'naverworks.mail_sent'],
    [['API name', 'Bot No.', 'Status', 'User', 'Date'], 'naverworks.bot_api'],
    [['API 이름', '봇 번호', '상태', '사용자', '일시'], 'naverworks.bot_api'],
    [['Date', 'User', 'Service Type', 'Task', 'Subject', 'Calendar ID', 'Status'], 'naverworks.calendar'],
    [['Date', 'User', 'Service Type', 'Task', 'Subject', 'Board Name', 'Status'], 'naverworks.board'],
    [['Date', 'User', 'Service Type', 'Task', 'Subject', 'Board Name', 'Team/Group', 'Status'], 'naverworks.note'],
    [['Date', 'User', 'Service Type', 'Task', 'Form Title', 'Status'], 'naverworks.form'],
    [['Date', 'User', 'Shared by', 'Service Type', 'Task', 'Shared with'], 'naverworks.share'],
    [['RecordId', 'CreationDate', 'RecordType', 'Operation', 'UserId', 'AuditData', 'AssociatedAdminUnits', 'AssociatedAdminUnitsNames'], 'm365.unified_audit'],
    [['日時', 'ユーザー', 'IPアドレス', 'レベル', 'サービス', 'モジュール', 'アクション', '結果', 'エラーコード', '補足'], 'kintone.audit'],
    [['Date', 'User', 'IP address', 'Level', 'Service', 'Module', 'Action', 'Result', 'Error code', 'Complement'], 'kintone.audit'],
    [['日時', 'IPアドレス', 'ユーザー', '操作APIキー', '操作内容', '対象API ID', '対象コンテンツID'], 'microcms.audit'],
  ])('%j → %s', (names, id) => {
    expect(idOf(names)).toBe(id);
  });

  it('recognises nothing else', () => {
    expect(idOf(['Region', 'Revenue'])).toBeNull();
    expect(idOf(['User', 'Date'])).toBeNull();
    // columns every menu shares do not make a menu on their own
    expect(idOf(['Status', 'Task', 'User', 'Date'])).toBeNull();
    expect(idOf(['Date', 'User', 'Service Type', 'Task', 'Subject', 'Status'])).toBeNull();
  });

  it('binds columns by name and keeps unknown ones under their header', () => {
    const b = detectSource(['Date', 'Note', 'User', 'Description'])!.binding;
    expect(b.index).toEqual({ date: 0, user: 2, description: 3 });
    expect(b.names.date).toBe('Date');
    expect(b.extra).toEqual([['Note', 1]]);
  });
});
