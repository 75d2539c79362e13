/**
 * Test data (not used by the app): one text per quick-search error code, with the code and the
 * parameters the parser must report. The parser's tests check them; the renderer's tests fill the
 * English `qs.err.*` templates with the same parameters and expect the parser's own message.
 */
import { QUICK_SEARCH_FIELD_NAMES } from './fields';
import type { QuickSearchErrorCode } from './quick-search-error';

export interface QuickSearchErrorCase {
  text: string;
  code: QuickSearchErrorCode;
  params: Record<string, string>;
  timeZone?: string;
}

/** What this engine says about `[a-` (V8's words differ between versions, so it is asked). */
function engineMessage(pattern: string): string {
  try {
    new RegExp(pattern);
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error(`"${pattern}" compiled`);
}

/** Codes no text can reach (kept in the parser as a guard); the completeness test skips them. */
export const UNREACHABLE_CODES: readonly QuickSearchErrorCode[] = ['missing-date'];

const c = (text: string, code: QuickSearchErrorCode, params: Record<string, string> = {}, timeZone?: string): QuickSearchErrorCase =>
  ({ text, code, params, ...(timeZone ? { timeZone } : {}) });

export const QUICK_SEARCH_ERROR_CASES: readonly QuickSearchErrorCase[] = [
  c('a', 'unknown-time-zone', { zone: 'Mars/Olympus' }, 'Mars/Olympus'),
  c('a)', 'unmatched-close-paren'),
  c('()', 'empty-parens'),
  c('(a OR b', 'unclosed-paren'),
  c('action:(IMAP OR POP3', 'unclosed-paren'),
  c(`${'('.repeat(70)}a${')'.repeat(70)}`, 'too-deep', { max: '64' }),
  c('OR a', 'or-needs-term-before'),
  c('a OR', 'or-needs-term-after'),
  c('AND a', 'and-needs-term-before'),
  c('a AND', 'and-needs-term-after'),
  c('a - b', 'dash-needs-term'),
  c('NOT', 'not-needs-term'),
  c('foo:bar', 'unknown-field', { name: 'foo', known: QUICK_SEARCH_FIELD_NAMES.join(', ') }),
  c('details.:x', 'missing-details-key'),
  c('Status: failure', 'missing-value', { field: 'Status' }),
  c('"private key', 'unclosed-quote'),
  c('target:f(x)', 'paren-in-value'),
  c('a*b', 'misplaced-wildcard'),
  c('target:**', 'lone-wildcard'),
  c('x /[a-/', 'bad-regex', { problem: engineMessage('[a-') }),
  c(`target:/${'a'.repeat(1001)}/`, 'regex-too-long', { max: '1000' }),
  c('target:/(a+)+/', 'regex-nested-repetition', { group: '(a+)+' }),
  c('action:()', 'empty-list'),
  c('action:(A B)', 'expected-or-in-list'),
  c('action:(A OR)', 'or-needs-value'),
  c('action:(A OR (B))', 'nested-list'),
  c('status:>x', 'compare-time-only', { char: '>' }),
  c('ip:10.0.0.0/8/9', 'cidr-extra-slash', { value: '10.0.0.0/8/9' }),
  c('ip:10.0.0.300/8', 'cidr-not-an-address', { address: '10.0.0.300' }),
  c('ip:2001:db8::/x', 'cidr-bad-prefix', { max: '128' }),
  c('ip:203.0.113.0/33', 'cidr-prefix-too-long', { prefix: '33', max: '32', version: '4' }),
  c('time:>', 'missing-date-after', { op: '>' }),
  c('time:<= x', 'missing-date-after', { op: '<=' }),
  c('time:2024-02-30', 'bad-date', { date: '2024-02-30' }),
  c('time:>日曜日', 'bad-date', { date: '日曜日' }),
  c('time:["2024-05-14"x TO *]', 'unexpected-after-date', { char: 'x' }),
  c('time:[]', 'missing-range-start'),
  c('time:[2024-05-14 2024-05-15]', 'expected-to'),
  c('time:[2024-05-14 TO ]', 'missing-range-end'),
  c('time:[2024-05-14 TO 2024-05-15', 'unclosed-range'),
  c('time:[2024-05-14 TO 2024-05-15 x]', 'expected-range-close'),
  c('time:[2024-05-15 TO 2024-05-14}', 'range-ends-before-start'),
];
