/**
 * The NAVER WORKS menus without a fixture (Files, Drive, Mail, Bot API, Calendar, Board, Note,
 * Form, Share): small synthetic downloads in the fixtures' style (UTF-8 BOM, LF, `Name (email)`,
 * the incident's people and addresses), headers in English, Japanese and Korean, in other orders.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { collect, scratch, withBom } from '../test-helpers';

const tmp = scratch();
afterAll(() => tmp.remove());
const YUKI = 'Yuki Tanaka (y.tanaka@example.com)';
const KENJI = 'Kenji Sato (k.sato@example.com)';
const iso = (ms: number) => new Date(ms).toISOString();

async function load(name: string, lines: string[]) {
  const r = await collect(tmp.write(name, withBom(`${lines.join('\n')}\n`)));
  expect(r.rejects).toEqual([]);
  return r;
}

describe('NAVER WORKS collaboration menus', () => {
  it('Files: who opened or downloaded which file in which service', async () => {
    const { result, events } = await load('files.csv', [
      'File name,Service,User,Date,Service Type',
      `payroll-2024-04.xlsx,Drive (Folder),${YUKI},2024-05-14 02:38:12,PC Web`,
      `"budget, draft.xlsx",Mail,${KENJI},2024-05-13 10:02:00,Mobile App`,
    ]);
    expect(result).toMatchObject({ sourceId: 'naverworks.files', read: 2 });
    expect(iso(events[0].time)).toBe('2024-05-13T17:38:12.000Z');
    expect(events[0]).toMatchObject({
      category: 'Files', action: 'file access', target: 'payroll-2024-04.xlsx', module: 'Drive (Folder)', serviceType: 'PC Web',
      actorName: 'Yuki Tanaka', actorEmail: 'y.tanaka@example.com', actorKind: 'member', status: 'unknown',
      details: { fileName: 'payroll-2024-04.xlsx', service: 'Drive (Folder)', serviceType: 'PC Web' },
    });
    expect(events[1]).toMatchObject({ target: 'budget, draft.xlsx', module: 'Mail', serviceType: 'Mobile App' });
  });

  it('Drive: the help page\'s columns, and the 2022 header with Original/Updates in Japanese', async () => {
    const help = await load('drive.csv', [
      'Item,Status,Task,User,Date',
      `/Finance/payroll-2024-04.xlsx,Success,Download,${YUKI},2024-05-14 02:40:10`,
      `/Finance,Failure,Set accessible members,${YUKI},2024-05-14 02:41:00`,
    ]);
    expect(help.result.sourceId).toBe('naverworks.drive');
    expect(help.events.map((e) => [e.action, e.target, e.status, e.statusText])).toEqual([
      ['Download', '/Finance/payroll-2024-04.xlsx', 'success', 'Success'],
      ['Set accessible members', '/Finance', 'failure', 'Failure'],
    ]);
    const ja = await load('drive-ja.csv', [
      '日時,メンバー,サービスタイプ,タスク,変更前,変更後,ステータス',
      `2024-05-14 02:42:05,田中 由紀 (y.tanaka@example.com),PC Web,名前を変更,payroll.xlsx,payroll-old.xlsx,成功`,
    ]);
    expect(ja.result.sourceId).toBe('naverworks.drive');
    expect(ja.events[0]).toMatchObject({
      actorName: '田中 由紀', actorEmail: 'y.tanaka@example.com', action: '名前を変更', target: 'payroll.xlsx', status: 'success',
      serviceType: 'PC Web', details: { original: 'payroll.xlsx', updates: 'payroll-old.xlsx' },
    });
  });

  it('Mail received: the recipient is the member, the sender the target, the sending server the IP', async () => {
    const { result, events } = await load('mail-received.csv', [
      'Received Time,Reception Results,Sent server IP,Subject,Sender,Recipient,Mail Size(Bytes)',
      `2024-05-14 02:10:44,blocked,203.0.113.45,Invoice overdue,billing@example.net,${YUKI},48211`,
      `2024-05-14 09:01:02,successful,198.51.100.5,"Re: Q2 plan, draft",${KENJI},${YUKI},10240`,
    ]);
    expect(result.sourceId).toBe('naverworks.mail_received');
    expect(events[0]).toMatchObject({
      category: 'Mail received', action: 'receive mail', actorEmail: 'y.tanaka@example.com', target: 'billing@example.net',
      status: 'failure', statusText: 'blocked', ip: '203.0.113.45', timeText: '"2024-05-14 02:10:44" @ Asia/Tokyo',
      details: { receptionResult: 'blocked', sentServerIp: '203.0.113.45', subject: 'Invoice overdue', sender: 'billing@example.net', mailSize: '48211' },
    });
    expect(events[1]).toMatchObject({ status: 'success', target: KENJI, details: { subject: 'Re: Q2 plan, draft' } });
  });

  it('Mail sent, headers in Korean and in another order', async () => {
    const { result, events } = await load('mail-sent-ko.csv', [
      '제목,보낸 사람,받는 사람,발신 시간,상태,첨부 파일,메일 크기(바이트)',
      `URGENT: verify your account,${YUKI},a.suzuki@example.com,2024-05-14 03:15:40,Success,,2048`,
    ]);
    expect(result.sourceId).toBe('naverworks.mail_sent');
    expect(events[0]).toMatchObject({
      category: 'Mail sent', action: 'send mail', actorName: 'Yuki Tanaka', actorEmail: 'y.tanaka@example.com', target: 'a.suzuki@example.com',
      status: 'success', details: { subject: 'URGENT: verify your account', recipient: 'a.suzuki@example.com', status: 'Success', mailSize: '2048' },
    });
    expect(iso(events[0].time)).toBe('2024-05-13T18:15:40.000Z');
  });

  it('Bot API: the API called is the action, the bot the target, a service account the actor', async () => {
    const { result, events } = await load('bot-api.csv', [
      'API name,Bot No.,Status,User,Date',
      'Send message to user,2000123,Success,[SERVICE] sync-tool (sync-tool.serviceaccount@example.com),2024-05-14 03:09:00',
      `Send message to channel,2000123,Failure,${KENJI},2024-05-14 03:09:00`,
    ]);
    expect(result.sourceId).toBe('naverworks.bot_api');
    expect(events.map((e) => [e.action, e.target, e.status, e.actorKind])).toEqual([
      ['Send message to user', '2000123', 'success', 'service_account'],
      ['Send message to channel', '2000123', 'failure', 'member'],
    ]);
  });

  it('Calendar, Board, Note, Form and Share from the third-party header maps', async () => {
    const row = (extra: string) => `2024-05-15 10:00:00,${KENJI},PC Web,${extra}`;
    const calendar = await load('calendar.csv', ['Date,User,Service Type,Task,Subject,Calendar ID,Status', row('Add event,Board meeting,c-1001,Success')]);
    const board = await load('board.csv', ['Date,User,Service Type,Task,Subject,Board Name,Status', row('Delete post,Office move,Notices,Success')]);
    const note = await load('note.csv', ['Date,User,Service Type,Task,Subject,Board Name,Team/Group,Status', row('Edit note,Minutes,Notes,Project Falcon,Failure')]);
    const form = await load('form.csv', ['Date,User,Service Type,Task,Form Title,Status', row('Download results,Employee survey,Success')]);
    const share = await load('share.csv', ['Date,User,Shared by,Service Type,Task,Shared with', `2024-05-15 10:00:00,${KENJI},${YUKI},PC Web,Share screen,Aiko Suzuki (a.suzuki@example.com)`]);
    const one = (r: Awaited<ReturnType<typeof load>>) => [r.result.sourceId, r.events[0].category, r.events[0].action, r.events[0].target, r.events[0].status];
    expect([calendar, board, note, form, share].map(one)).toEqual([
      ['naverworks.calendar', 'Calendar', 'Add event', 'Board meeting', 'success'],
      ['naverworks.board', 'Board', 'Delete post', 'Office move', 'success'],
      ['naverworks.note', 'Note', 'Edit note', 'Minutes', 'failure'],
      ['naverworks.form', 'Form', 'Download results', 'Employee survey', 'success'],
      ['naverworks.share', 'Share', 'Share screen', 'Aiko Suzuki (a.suzuki@example.com)', 'unknown'],
    ]);
    expect(calendar.events[0].details).toMatchObject({ calendarId: 'c-1001', subject: 'Board meeting' });
    expect(note.events[0].details).toMatchObject({ boardName: 'Notes', teamGroup: 'Project Falcon' });
    expect(share.events[0]).toMatchObject({ actorEmail: 'k.sato@example.com', serviceType: 'PC Web', details: { sharedBy: YUKI } });
  });

  it('rejects a row without a usable time, naming the menu\'s own time column', async () => {
    const { result, rejects } = await collect(tmp.write('mail-bad.csv', withBom([
      'Sent Time,Subject,Sender,Recipient,Status,Attachment,Mail Size(Bytes)',
      `yesterday,Hello,${YUKI},a.suzuki@example.com,Success,,10`,
    ].join('\n'))));
    expect(result).toMatchObject({ sourceId: 'naverworks.mail_sent', read: 0, rejected: 1 });
    expect(rejects[0].reason).toBe('invalid date in "Sent Time": "yesterday"');
  });
});
