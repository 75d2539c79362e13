/**
 * First guesses for the mapping dialog, from the column names and the sample values: the analyst
 * only corrects what is wrong. A column gets one role at most; the time column must parse.
 */
import { columnKey, type MappingRole } from '../../../../shared/mapping/column-mapping';
import { looksLikeTime } from '../../../../shared/mapping/mapped-time';

export type Roles = Partial<Record<MappingRole, number>>;
export interface Guess { time: number | null; roles: Roles }

/** A name reduced to letters and digits (`src_ip` → `srcip`); for JSON keys, the last part too (`actor.email` → `email`). */
function namesOf(column: string): string[] {
  const key = columnKey(column);
  const last = key.includes('.') ? key.slice(key.lastIndexOf('.') + 1) : key;
  const bare = (s: string) => s.replace(/[^\p{L}\p{N}@]/gu, '');
  return [...new Set([bare(key), bare(last)])];
}

const TIME = ['time', 'date', 'datetime', 'timestamp', '@timestamp', 'eventtime', 'createdat', 'created', 'published', 'occurredat', 'logtime', 'when', '日時', '日付', '時刻', '発生日時', '일시', '시간', '날짜', '시각'];
const TIME_PART = /time|date|日時|時刻|일시|시간|날짜/;
const WORDS: [MappingRole, string[]][] = [
  ['ip', ['ip', 'ipaddress', 'ipaddr', 'srcip', 'sourceip', 'sourceipaddress', 'clientip', 'clientipaddress', 'remoteip', 'remoteaddr', 'remoteaddress', 'userip', 'callerip', 'ipアドレス', 'ip주소']],
  ['status', ['status', 'result', 'outcome', 'success', 'verdict', '結果', 'ステータス', '状態', '상태', '결과']],
  ['action', ['action', 'event', 'eventname', 'eventtype', 'operation', 'activity', 'task', 'method', '操作', 'イベント', '작업', '이벤트']],
  ['actorEmail', ['email', 'mail', 'useremail', 'actoremail', 'emailaddress', 'メール', '이메일']],
  ['actorName', ['username', 'actorname', 'displayname', 'name', '氏名', '名前', '이름']],
  ['actorLogin', ['user', 'actor', 'login', 'account', 'principal', 'userid', 'loginid', 'member', 'ユーザー', 'メンバー', '사용자', '구성원']],
  ['target', ['target', 'object', 'resource', 'item', 'targetname', '対象', '대상']],
  ['level', ['level', 'severity', 'レベル', '레벨']],
  ['module', ['module', 'application', 'app', 'モジュール', '모듈']],
  ['serviceType', ['servicetype', 'channel', 'client', 'サービスタイプ', '서비스유형']],
  ['category', ['category', 'menu', 'カテゴリ', '카테고리']],
];

const IP = /^(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7})(?::\d+)?$/i;

const values = (samples: readonly (readonly string[])[], i: number) => samples.map((r) => (r[i] ?? '').trim()).filter((v) => v !== '');

/** True when every non-empty sample of the column parses as a time (and there is one). */
export function isTimeColumn(samples: readonly (readonly string[])[], i: number): boolean {
  const v = values(samples, i);
  return v.length > 0 && v.every(looksLikeTime);
}

function guessTime(columns: readonly string[], samples: readonly (readonly string[])[]): number | null {
  const parsing = columns.map((_, i) => i).filter((i) => isTimeColumn(samples, i));
  const named = (test: (n: string) => boolean) => parsing.find((i) => namesOf(columns[i]).some(test));
  return named((n) => TIME.includes(n)) ?? named((n) => TIME_PART.test(n)) ?? parsing[0] ?? null;
}

/** Role guesses for the columns; an actor column holding `@` values is taken as the e-mail. */
export function guessRoles(columns: readonly string[], samples: readonly (readonly string[])[]): Guess {
  const time = guessTime(columns, samples);
  const roles: Roles = {};
  const taken = new Set<number>(time === null ? [] : [time]);
  for (const [role, words] of WORDS) {
    const i = columns.findIndex((c, k) => !taken.has(k) && namesOf(c).some((n) => words.includes(n)));
    if (i < 0 || roles[role] !== undefined) continue;
    const target: MappingRole = role === 'actorLogin' && values(samples, i).some((v) => v.includes('@')) && roles.actorEmail === undefined ? 'actorEmail' : role;
    if (roles[target] !== undefined) continue;
    roles[target] = i;
    taken.add(i);
  }
  if (roles.ip === undefined) {
    const i = columns.findIndex((_, k) => !taken.has(k) && values(samples, k).length > 0 && values(samples, k).every((v) => IP.test(v)));
    if (i >= 0) roles.ip = i;
  }
  return { time, roles };
}
