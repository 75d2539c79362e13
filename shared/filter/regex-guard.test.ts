import { describe, expect, it } from 'vitest';
import { MAX_REGEX_INPUT, MAX_REGEX_PATTERN, checkRegex, compileRegex, testCapped } from './regex-guard';

describe('checkRegex', () => {
  it.each([
    'imap|pop3', '^10\\.', '(\\d{1,3}\\.){3}\\d{1,3}', 'a+b*c?', '(ab)+', '(?:x)+', '[a-z]+@example\\.com',
    '(a+)?', '(a+){2}', '(?<user>\\w+)@', '(?=a)b', 'a{2,}', '\\(a+\\)+', '[(a+)]+', 'x{', '', '(a|b)?',
  ])('accepts %j', (p) => expect(checkRegex(p)).toBeNull());

  it.each([
    ['(a+)+', '(a+)+ repeats a group'],
    ['(a*)*', '(a*)* repeats a group'],
    ['(a|ab)*', '(a|ab)* repeats a group'],
    ['(?:x+){2,}', '(?:x+){2,} repeats a group'],
    ['((a)+)+', '((a)+)+ repeats a group'],
    ['(\\w+\\s?)*$', 'repeats a group'],
    ['(a+){1,5}', 'repeats a group'],
    ['((a|b)c)+', 'repeats a group'],
    ['(a', 'Invalid regular expression'],
    ['[', 'Invalid regular expression'],
    ['a**', 'Invalid regular expression'],
    ['x'.repeat(MAX_REGEX_PATTERN + 1), `longer than ${MAX_REGEX_PATTERN}`],
  ])('refuses %j', (p, message) => expect(checkRegex(p)).toContain(message));
});

describe('compileRegex / testCapped', () => {
  it('ignores case unless asked, and keeps no lastIndex state', () => {
    const re = compileRegex('imap', false);
    expect([testCapped(re, 'IMAP'), testCapped(re, 'IMAP'), testCapped(re, 'smtp')]).toEqual([true, true, false]);
    expect(testCapped(compileRegex('imap', true), 'IMAP')).toBe(false);
  });
  it('matches on the first MAX_REGEX_INPUT characters only', () => {
    const re = compileRegex('needle', false);
    expect(testCapped(re, `${'x'.repeat(MAX_REGEX_INPUT - 6)}needle`)).toBe(true);
    expect(testCapped(re, `${'x'.repeat(MAX_REGEX_INPUT)}needle`)).toBe(false);
  });
});
