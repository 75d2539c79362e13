/**
 * Kintone / cybozu.com audit log (reference §2): one log for Kintone, Garoon, Office and the
 * common administration, newest first, local time of the system zone. The Service is the
 * category; Complement is kept whole and also split into keys (`app id: 12, app name: 顧客管理`
 * → appId, appName). `nobody` is the system; an action that names an API token is the token's.
 * The header row is assumed (kintone-audit.csv): only the items are documented.
 */
import { KINTONE_FIELDS, type KintoneFieldKey } from '../../../shared/sources/kintone';
import { statusOfWords, stripPort } from './field-values';
import { baseEvent, RowReader, scoreHeader, spellingMap, type SourceModule } from './source-module';
import { dateFailure, wallTimeText } from './wall-time';

/** Level values [C] (Japanese UI 重要/情報), normalized to the English words in lower case. */
const LEVELS: Record<string, string> = { 重要: 'notice', 情報: 'information', notice: 'notice', information: 'information' };

/** A Complement key and value: a lower-case key, `: `, then anything up to the next `, key: `. */
const NEXT_KEY = /, (?=[a-z][a-z ]*: )/;
const PAIR = /^([a-z][a-z ]*): ([\s\S]*)$/;

/** `app id: [31, 44], revert: false` → [['appId', '[31, 44]'], ['revert', 'false']]; [] when it has no keys. */
export function parseComplement(text: string): [string, string][] {
  if (!PAIR.test(text)) return [];
  const out: [string, string][] = [];
  for (const part of text.split(NEXT_KEY)) {
    const m = PAIR.exec(part);
    if (m) out.push([m[1].replace(/ ([a-z])/g, (_, c: string) => c.toUpperCase()), m[2]]);
  }
  return out;
}

const headerMap = spellingMap(KINTONE_FIELDS);
const row = new RowReader<KintoneFieldKey>(['date', 'user']);

export const kintoneAudit: SourceModule = {
  id: 'kintone.audit',
  category: 'Kintone',
  headerMap,
  detect: (names) => scoreHeader(names, headerMap, ['date', 'user', 'module', 'action', 'result']),
  normalize(fields, b, ctx) {
    row.use(fields, b);
    const dateText = row.get('date').trim();
    const time = ctx.clock.epoch(dateText);
    if (time === null) return dateFailure(row.name('date', 'Date'), dateText);
    const details = row.detailsOf();
    const pairs = parseComplement(row.get('complement'));
    for (const [k, v] of pairs) details[k] ??= v;
    const token = pairs.find(([k]) => k.toLowerCase().includes('token'))?.[1] ?? '';
    const user = row.get('user').trim();
    const ev = baseEvent('kintone.audit', row.get('service') || 'Kintone', time, wallTimeText(dateText, ctx.clock.zone), details);
    ev.actorLogin = user;
    ev.actorId = token;
    ev.actorKind = user === 'nobody' ? 'system' : token ? 'api_key' : 'member';
    const level = row.get('level').trim();
    ev.level = LEVELS[level.toLowerCase()] ?? LEVELS[level] ?? level;
    ev.module = row.get('module');
    ev.action = row.get('action');
    ev.statusText = row.get('result');
    ev.status = statusOfWords(ev.statusText);
    ev.ip = stripPort(row.get('ip'));
    ev.target = details.appName ?? '';
    return { ok: true, event: ev };
  },
};
