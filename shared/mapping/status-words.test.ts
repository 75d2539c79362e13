import { describe, expect, it } from 'vitest';
import { DEFAULT_FAILURE_WORDS, DEFAULT_SUCCESS_WORDS } from './column-mapping';
import { statusFromWords, statusReader } from './status-words';

const defaults = { success: DEFAULT_SUCCESS_WORDS, failure: DEFAULT_FAILURE_WORDS };

describe('status from words', () => {
  it.each([
    ['success', 'success'], ['SUCCESS', 'success'], ['OK', 'success'], ['Allowed', 'success'], ['true', 'success'],
    ['FAILED', 'failure'], ['Login failed (wrong password)', 'failure'], ['denied', 'failure'], ['ERROR: timeout', 'failure'],
    ['ログイン失敗', 'failure'], ['成功', 'success'], ['로그인 실패', 'failure'],
    ['token issued', 'unknown'], ['', 'unknown'], ['pending', 'unknown'],
    // a value that names both is about a failure
    ['success=false', 'failure'],
  ])('%j is %s with the default words', (value, expected) => {
    expect(statusFromWords(value, defaults)).toBe(expected);
  });

  it('uses the words the analyst gave, whole words or phrases', () => {
    const words = { success: ['permit'], failure: ['drop', 'not allowed'] };
    expect(statusFromWords('PERMIT', words)).toBe('success');
    expect(statusFromWords('drop', words)).toBe('failure');
    expect(statusFromWords('dropbox upload', words)).toBe('unknown');
    expect(statusFromWords('action not allowed', words)).toBe('failure');
    expect(statusFromWords('success', words)).toBe('unknown');
  });

  it('memoizes per reader', () => {
    const read = statusReader(defaults);
    expect([read('FAILED'), read('FAILED'), read('ok')]).toEqual(['failure', 'failure', 'success']);
  });
});
