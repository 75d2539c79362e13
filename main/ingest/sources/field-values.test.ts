import { describe, expect, it } from 'vitest';
import { statusOfWords, stripPort } from './field-values';

describe('field values', () => {
  it.each([
    ['Success', 'success'], ['Failure', 'failure'], ['Login successful', 'success'], ['Login failed (incorrect password)', 'failure'],
    ['ログインに成功しました', 'success'], ['ログインに失敗しました(アカウントロック)', 'failure'], ['성공', 'success'], ['실패', 'failure'],
    ['Logout requested from server', 'unknown'], ['Password changed', 'unknown'], ['', 'unknown'],
  ])('reads the status of %j', (words, status) => {
    expect(statusOfWords(words)).toBe(status);
  });

  it('strips a port from IPv4 and bracketed IPv6 only', () => {
    expect(stripPort('198.51.100.7:50412')).toBe('198.51.100.7');
    expect(stripPort('[2001:db8::1]:443')).toBe('2001:db8::1');
    expect(stripPort('2001:db8:4:12::1a')).toBe('2001:db8:4:12::1a');
  });
});
