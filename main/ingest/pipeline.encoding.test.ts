import { readFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import type { AuditEvent } from '../../shared/model/event';
import { collect, FIXTURES, scratch } from './test-helpers';

const tmp = scratch();
afterAll(() => tmp.remove());
const jaText = readFileSync(path.join(FIXTURES, 'naverworks-login-ja.csv'), 'utf8').replace(/^\uFEFF/, '');
const enText = readFileSync(path.join(FIXTURES, 'naverworks-login.csv'), 'utf8').replace(/^\uFEFF/, '');
/** ja Login rows with NEC/IBM extension characters (① is NEC row 13, ～ is 0x8160 in CP932). */
const jaExtended = jaText.replace('田中 由紀 (y.tanaka@example.com),2024-05-14 18:58:16', '田中 由紀①～髙 (y.tanaka@example.com),2024-05-14 18:58:16');
/** Everything but where the text sat: the same events, read through another encoding or chunking. */
const comparable = (events: AuditEvent[]) => events.map(({ id, raw, ...rest }) => ({ ...rest, rawLength: raw.length, id }));
const fields = (events: AuditEvent[]) => events.map(({ id, raw, details, ...rest }) => rest);

describe('encodings', () => {
  it('CP932 (Windows-31J) with NEC/IBM extensions, detected and decoded, also in tiny reads', async () => {
    const file = tmp.write('login-cp932.csv', iconv.encode(jaExtended, 'cp932'));
    const utf8 = await collect(tmp.write('login-ja-ext.csv', Buffer.from(jaExtended, 'utf8')));
    const a = await collect(file);
    const b = await collect(file, { highWaterMark: 5 });
    expect(a.result).toMatchObject({ status: 'finished', encoding: 'cp932', read: 54 });
    expect(a.events[0]).toMatchObject({ actorName: '田中 由紀①～髙', statusText: 'ログインに成功しました' });
    expect(a.events[0].actorName.codePointAt(6)).toBe(0xff5e);
    expect(comparable(b.events)).toEqual(comparable(a.events));
    expect(a.events.map((e) => e.id)).toEqual(utf8.events.map((e) => e.id));
  });

  it('CP932 whose first non-ASCII byte comes after the first 16 KB', async () => {
    const asciiRows = enText.split('\n').slice(1, -1).join('\n');
    const text = `${enText.split('\n')[0]}\n${asciiRows}\n${asciiRows.replace(/2024-05-1/g, '2024-04-1')}\n${jaText.split('\n')[1].replace('ログイン', 'ログイン①')}\n`;
    const { result, events } = await collect(tmp.write('late-cp932.csv', iconv.encode(text, 'cp932')), { highWaterMark: 1000 });
    expect(result).toMatchObject({ status: 'finished', encoding: 'cp932', read: 247 });
    expect(events[246].statusText).toBe('ログイン①に成功しました');
  });

  it('the user may name the encoding (shift_jis means CP932); a wrong choice fails clearly', async () => {
    const file = tmp.write('named.csv', iconv.encode(jaExtended, 'cp932'));
    expect((await collect(file, { encoding: 'shift_jis' })).result).toMatchObject({ status: 'finished', encoding: 'cp932', read: 54 });
    const wrong = await collect(file, { encoding: 'utf-8' });
    expect(wrong.result.status).toBe('failed');
    expect(wrong.result.message).toMatch(/^named\.csv: bytes that are not valid utf-8 near byte 0 \(line 1\)/);
  });

  it('EUC-KR with a Korean header', async () => {
    const ko = '설명,사용자,일시,IP 주소,로그인 방법,서비스 유형\n로그인 성공,김 민수 (m.kim@example.com),2024-05-14 09:00:00,192.0.2.5,비밀번호,PC Web\n로그인 실패 (비밀번호 불일치),김 민수 (m.kim@example.com),2024-05-14 08:59:00,203.0.113.45,비밀번호,IMAP\n';
    const { result, events } = await collect(tmp.write('login-ko.csv', iconv.encode(ko, 'euc-kr')), { timeZone: 'Asia/Seoul' });
    expect(result).toMatchObject({ status: 'finished', encoding: 'euc-kr', sourceId: 'naverworks.login', read: 2 });
    expect(events.map((e) => [e.actorName, e.status, e.details.loginMethod])).toEqual([['김 민수', 'success', '비밀번호'], ['김 민수', 'failure', '비밀번호']]);
  });

  it('UTF-16LE and UTF-16BE with a BOM, tab-separated (Excel "Unicode text")', async () => {
    const tsv = '\uFEFF' + enText.replace(/,/g, '\t');
    const le = await collect(tmp.write('login-utf16le.tsv', Buffer.from(tsv, 'utf16le')), { highWaterMark: 333 });
    const be = await collect(tmp.write('login-utf16be.tsv', Buffer.from(tsv, 'utf16le').swap16()));
    const csv = await collect(path.join(FIXTURES, 'naverworks-login.csv'));
    expect(le.result).toMatchObject({ status: 'finished', encoding: 'utf-16le', read: 123 });
    expect(be.result).toMatchObject({ status: 'finished', encoding: 'utf-16be', read: 123 });
    expect(fields(le.events)).toEqual(fields(csv.events));
    expect(fields(be.events)).toEqual(fields(csv.events));
  });

  it('UTF-8 with multi-byte characters split across reads decodes the same, with or without a BOM', async () => {
    const big = jaText + jaText.split('\n').slice(1).join('\n').replace(/2024-05-14/g, '2024-05-15') + jaText.split('\n').slice(1).join('\n').replace(/2024-05-14/g, '2024-05-16');
    const bom = tmp.write('big-bom.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(big)]));
    const plain = tmp.write('big-plain.csv', Buffer.from(big));
    const whole = await collect(bom);
    expect(whole.result).toMatchObject({ status: 'finished', read: 162, encoding: 'utf-8-bom' });
    for (const [file, hwm] of [[bom, 7], [bom, 2], [plain, 7], [plain, 4096]] as const) {
      const split = await collect(file, { highWaterMark: hwm });
      expect(split.result.status).toBe('finished');
      expect(comparable(split.events)).toEqual(comparable(whole.events));
    }
    expect((await collect(plain)).result.encoding).toBe('utf-8');
  });

  it('a pure ASCII file is recorded as UTF-8', async () => {
    const { result } = await collect(tmp.write('ascii.csv', enText));
    expect(result).toMatchObject({ status: 'finished', encoding: 'utf-8', read: 123 });
  });
});
