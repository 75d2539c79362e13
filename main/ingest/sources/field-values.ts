/** Readers for values that many sources write alike: status words, IP addresses with ports. */
import type { EventStatus } from '../../../shared/model/event';

/**
 * A copy of a string that does not keep alive the text it was cut from. Fields are slices of a
 * 256 KB chunk of the file; a memo that kept one as a key would pin its whole chunk for the import.
 */
export function detach(s: string): string {
  return (` ${s}`).slice(1); // V8 flattens the concatenation into a new string, then slices that
}

const FAILURE_WORDS = /fail|error|denied|locked|blocked|失敗|エラー|ロック|실패|오류|잠금|차단/i;
const SUCCESS_WORDS = /success|succeeded|成功|성공/i;
const statusMemo = new Map<string, EventStatus>();
let lastWords = '';
let lastStatus: EventStatus = 'unknown';

/**
 * Status from the vendor's words (`Success`/`Failure`, Login descriptions such as
 * `Login failed (incorrect password)` or `ログインに成功しました`). Failure words are tested first:
 * a sentence that names both is about a failure. Memoized: a file has a handful of wordings.
 */
export function statusOfWords(text: string): EventStatus {
  if (text === lastWords) return lastStatus; // consecutive rows mostly share their wording
  let s = statusMemo.get(text);
  if (s === undefined) {
    s = FAILURE_WORDS.test(text) ? 'failure' : SUCCESS_WORDS.test(text) ? 'success' : 'unknown';
    if (statusMemo.size < 10_000) statusMemo.set(detach(text), s);
  }
  lastWords = text;
  lastStatus = s;
  return s;
}

/** `198.51.100.7:50412` → `198.51.100.7`; IPv6 (several colons, or `[…]:port`) is left whole. */
export function stripPort(ip: string): string {
  const s = ip.trim();
  if (s.startsWith('[')) {
    const end = s.indexOf(']');
    return end > 0 ? s.slice(1, end) : s;
  }
  const colon = s.indexOf(':');
  return colon > 0 && colon === s.lastIndexOf(':') ? s.slice(0, colon) : s;
}
