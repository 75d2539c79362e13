/**
 * The language-neutral NAVER WORKS event key: the same events downloaded in English and in
 * Japanese are one set of events, while distinct events never share an id.
 */
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NW_TASK_BY_SPELLING, taskSpellingKey, NW_ADMIN_TASKS, NW_CONTACTS_TASKS, NW_DEVELOPER_CONSOLE_TASKS, NW_DRIVE_TASKS } from '../../../shared/sources/naverworks-tasks';
import { collect, FIXTURES, scratch, withBom } from '../test-helpers';

const tmp = scratch();
afterAll(() => tmp.remove());
const file = (name: string, lines: string[]) => tmp.write(name, withBom(`${lines.join('\n')}\n`));
const ids = async (p: string) => (await collect(p)).events.map((e) => e.id);
const LOGIN_HEADER = 'Description,User,Date,IP Address,Login method,Service Type';

describe('NAVER WORKS events across languages', () => {
  it('the Japanese Login download of 2024-05-14 is the English one\'s 54 events of that day, no more, no less', async () => {
    const en = await collect(path.join(FIXTURES, 'naverworks-login.csv'));
    const ja = await collect(path.join(FIXTURES, 'naverworks-login-ja.csv'));
    const day = en.events.filter((e) => e.timeText.startsWith('"2024-05-14 '));
    expect([en.events.length, day.length, ja.events.length]).toEqual([123, 54, 54]);
    expect(new Set(en.events.map((e) => e.id)).size).toBe(123);
    expect(new Set(ja.events.map((e) => e.id)).size).toBe(54);
    expect(new Set(ja.events.map((e) => e.id))).toEqual(new Set(day.map((e) => e.id)));
    // importing ja after en adds nothing; en after ja adds the other 69 days' events
    const enIds = new Set(en.events.map((e) => e.id));
    expect(ja.events.filter((e) => !enIds.has(e.id))).toHaveLength(0);
    const jaIds = new Set(ja.events.map((e) => e.id));
    expect(en.events.filter((e) => !jaIds.has(e.id))).toHaveLength(69);
    // event by event: the same moment, person and outcome in both languages
    const byId = new Map(ja.events.map((e) => [e.id, e]));
    for (const e of day) {
      const j = byId.get(e.id)!;
      expect([j.time, j.actorEmail, j.ip, j.serviceType, j.status]).toEqual([e.time, e.actorEmail, e.ip, e.serviceType, e.status]);
    }
    const yuki = en.events.find((e) => e.line === 79)!;
    expect(byId.get(yuki.id)).toMatchObject({ line: 25, actorName: '田中 由紀', statusText: 'ログインに成功しました' });
  });

  it('Admin rows in Japanese and Korean are the English rows when their task and target read alike', async () => {
    const en = file('admin-en.csv', [
      'Event target,Status,Task,User,Date,IP Address,Service Type,Service',
      'Aiko Suzuki (a.suzuki@example.com),Success,Modify,Kenji Sato (k.sato@example.com),2024-05-14 02:58:00,203.0.113.77,PC Web,Members',
      'Member list,Success,Download,Kenji Sato (k.sato@example.com),2024-05-14 02:55:27,203.0.113.77,PC Web,Members',
      'Allowed IP addresses,Failure,Modify,Kenji Sato (k.sato@example.com),2024-05-14 02:50:44,203.0.113.77,PC Web,Security',
    ]);
    const ja = file('admin-ja.csv', [
      'イベント対象,ステータス,タスク,メンバー,日時,IPアドレス,サービスタイプ,サービス',
      '鈴木 愛子 (a.suzuki@example.com),成功,修正,佐藤 健二 (k.sato@example.com),2024-05-14 02:58:00,203.0.113.77,PC web,メンバー',
      'Member list,成功,ダウンロード,佐藤 健二 (k.sato@example.com),2024-05-14 02:55:27,203.0.113.77,PC web,メンバー',
      // a setting's name written in Japanese is not known to be the same target: kept apart, not merged
      '許可IPアドレス,失敗,修正,佐藤 健二 (k.sato@example.com),2024-05-14 02:50:44,203.0.113.77,PC web,セキュリティ',
    ]);
    const ko = file('admin-ko.csv', [
      '일시,사용자,작업,상태,이벤트 대상,IP 주소,서비스 유형,서비스',
      '2024-05-14 02:55:27,사토 켄지 (k.sato@example.com),다운로드,성공,Member list,203.0.113.77,PC Web,구성원',
    ]);
    const [e, j, k] = [await ids(en), await ids(ja), await ids(ko)];
    expect(j.slice(0, 2)).toEqual(e.slice(0, 2));
    expect(j[2]).not.toBe(e[2]);
    expect(k).toEqual([e[1]]);
  });

  it('two identical lines in one second stay two, in either language; a third in another file adds one', async () => {
    const twice = 'Login failed (incorrect password),Yuki Tanaka (y.tanaka@example.com),2024-05-14 02:10:03,203.0.113.45,Password,IMAP';
    const a = await ids(file('twice.csv', [LOGIN_HEADER, twice, twice]));
    const jaTwice = 'ログインに失敗しました(パスワード不一致),田中 由紀 (y.tanaka@example.com),2024-05-14 02:10:03,203.0.113.45,パスワード,IMAP';
    const b = await ids(file('twice-ja.csv', ['説明,メンバー,日時,IPアドレス,ログイン方法,サービスタイプ', jaTwice, jaTwice, jaTwice]));
    expect(new Set(a).size).toBe(2);
    expect(b.slice(0, 2)).toEqual(a);
    expect(a).not.toContain(b[2]);
  });

  it('events that differ only in translated words stay apart within a file, whatever the order', async () => {
    const rows = [
      'Login failed (incorrect password),Aiko Suzuki (a.suzuki@example.com),2024-05-14 02:24:42,203.0.113.45,Password,POP3',
      'Login failed (account locked),Aiko Suzuki (a.suzuki@example.com),2024-05-14 02:24:42,203.0.113.45,Password,POP3',
    ];
    const a = await ids(file('lock.csv', [LOGIN_HEADER, ...rows]));
    const b = await ids(file('lock-reversed.csv', [LOGIN_HEADER, rows[1], rows[0]]));
    expect(new Set(a).size).toBe(2);
    expect(new Set(b)).toEqual(new Set(a));
  });

  it('anything written alike in every language keeps events apart: user, IP, service type, status, task, target, data', async () => {
    const base = 'View member info|Kenji Sato (k.sato@example.com)|Success|Yuki Tanaka (y.tanaka@example.com)|2024-05-14 03:20:00|PC Web';
    const variants = [
      base,
      base.replace('Yuki Tanaka (y.tanaka@example.com)', 'Yuki Tanaka (yuki@example.com)'),
      base.replace('|PC Web', '|API'),
      base.replace('|Success|', '|Failure|'),
      base.replace('View member info', 'Edit member info'),
      base.replace('Kenji Sato (k.sato@example.com)', 'Kenji Sato (kenji@example.com)'),
      base.replace('03:20:00', '03:20:01'),
    ].map((v) => {
      const [task, target, status, user, date, type] = v.split('|');
      return `"${target}",${status},${task},"${user}",${date},${type}`;
    });
    const all = await Promise.all(variants.map((v, i) => ids(file(`contacts-${i}.csv`, ['Target,Status,Task,User,Date,Service Type', v]))));
    expect(new Set(all.flat()).size).toBe(variants.length);
    // …while the display name, which a Japanese download translates, does not
    const renamed = await ids(file('contacts-ja.csv', ['対象,ステータス,タスク,メンバー,日時,サービスタイプ', '佐藤 健二 (k.sato@example.com),成功,メンバー情報の照会,田中 由紀 (y.tanaka@example.com),2024-05-14 03:20:00,PC Web']));
    expect(renamed).toEqual(all[0]);
  });

  it('the task table: every spelling stands for one English task, and the lists are the help pages\'', () => {
    const lists = [NW_ADMIN_TASKS, NW_DEVELOPER_CONSOLE_TASKS, NW_CONTACTS_TASKS, NW_DRIVE_TASKS];
    expect(lists.map((l) => l.length)).toEqual([11, 16, 17, 33]);
    const seen = new Map<string, string>();
    for (const task of lists.flat()) {
      for (const spelling of [task.en, task.ja, task.ko]) {
        const key = taskSpellingKey(spelling);
        expect(seen.get(key) ?? task.en, `${spelling} stands for two tasks`).toBe(task.en);
        seen.set(key, task.en);
      }
    }
    expect(NW_TASK_BY_SPELLING.get(taskSpellingKey('Ｄｏｗｎｌｏａｄ'))).toBe('Download');
  });
});
