/**
 * The status of a mapped source's row from the words the analyst gave for success and failure.
 * A word matches a whole word of the value (`FAILED` in `Login FAILED`, not `ok` in `token`), or
 * any part of it when the word itself is not in Latin letters (`失敗` in `ログイン失敗`).
 * Failure words are tried first: a value that names both is about a failure.
 */
import type { EventStatus } from '../model/event';

export interface StatusWords { success: readonly string[]; failure: readonly string[] }

const isLatinWord = (w: string) => /^[\x20-\x7e]+$/.test(w);

/** Words of a value, lower case: runs of letters and digits. */
function wordsOf(value: string): string[] {
  return value.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
}

function matches(lower: string, tokens: readonly string[], word: string): boolean {
  const w = word.trim().toLowerCase();
  if (w === '') return false;
  if (!isLatinWord(w)) return lower.includes(w);
  if (/[^\p{L}\p{N}]/u.test(w)) return lower.includes(w); // a phrase such as "not allowed"
  return tokens.includes(w) || lower.trim() === w;
}

/** success / failure / unknown for one value. */
export function statusFromWords(value: string, words: StatusWords): EventStatus {
  const lower = value.toLowerCase();
  if (lower.trim() === '') return 'unknown';
  const tokens = wordsOf(value);
  if (words.failure.some((w) => matches(lower, tokens, w))) return 'failure';
  if (words.success.some((w) => matches(lower, tokens, w))) return 'success';
  return 'unknown';
}

/** A memoizing reader for one mapping's words: a file has a handful of distinct status values. */
export function statusReader(words: StatusWords): (value: string) => EventStatus {
  const memo = new Map<string, EventStatus>();
  return (value) => {
    let s = memo.get(value);
    if (s === undefined) {
      s = statusFromWords(value, words);
      if (memo.size < 10_000) memo.set(value, s);
    }
    return s;
  };
}
