import { describe, expect, it } from 'vitest';
import { parseQuickSearch } from './quick-search';
import { QUICK_SEARCH_ERROR_CASES, UNREACHABLE_CODES } from './quick-search-error-cases';
import { QUICK_SEARCH_ERROR_CODES } from './quick-search-error';
import type { Condition, FilterNode } from './tree';

const c = (field: string, op: Condition['op'], value?: Condition['value'], caseSensitive?: true): Condition =>
  ({ kind: 'cond', field, op, ...(value === undefined ? {} : { value }), ...(caseSensitive ? { caseSensitive } : {}) });
const and = (...children: FilterNode[]): FilterNode => ({ kind: 'and', children });
const or = (...children: FilterNode[]): FilterNode => ({ kind: 'or', children });
const not = (child: FilterNode): FilterNode => ({ kind: 'not', children: [child] });
const U = (...a: number[]) => Date.UTC(a[0], a[1] - 1, a[2], a[3] ?? 0, a[4] ?? 0, a[5] ?? 0);

function parse(text: string, timeZone = 'UTC'): FilterNode | null {
  const r = parseQuickSearch(text, { timeZone });
  if (!r.ok) throw new Error(`${r.error.message} at ${r.error.position}`);
  return r.tree;
}

describe('parseQuickSearch', () => {
  it('reads the example from the brief', () => {
    expect(parse('status:failure ip:203.0.113.0/24 action:(IMAP OR POP3 OR SMTP) -user:k.sato "private key"')).toEqual(and(
      c('status', 'eq', 'failure'), c('ip', 'cidr', '203.0.113.0/24'), c('action', 'in', ['IMAP', 'POP3', 'SMTP']),
      not(c('actor', 'eq', 'k.sato')), c('text', 'contains', 'private key'),
    ));
  });

  it.each<[string, FilterNode | null]>([
    ['', null],
    ['   ', null],
    ['alice', c('text', 'contains', 'alice')],
    ['"private key"', c('text', 'contains', 'private key')],
    ['foo*', c('text', 'startsWith', 'foo')],
    ['*', c('text', 'exists')],
    ['/ab+c/', c('text', 'matches', 'ab+c')],
    ['12:30', c('text', 'contains', '12:30')],
    ['2001:db8::1', c('text', 'contains', '2001:db8::1')],
    ['/usr/bin', c('text', 'contains', '/usr/bin')],
    ['a b', and(c('text', 'contains', 'a'), c('text', 'contains', 'b'))],
    ['a AND b', and(c('text', 'contains', 'a'), c('text', 'contains', 'b'))],
    ['a OR b', or(c('text', 'contains', 'a'), c('text', 'contains', 'b'))],
    ['a or b', and(c('text', 'contains', 'a'), c('text', 'contains', 'or'), c('text', 'contains', 'b'))],
    ['a b OR c', or(and(c('text', 'contains', 'a'), c('text', 'contains', 'b')), c('text', 'contains', 'c'))],
    ['a (b OR c)', and(c('text', 'contains', 'a'), or(c('text', 'contains', 'b'), c('text', 'contains', 'c')))],
    ['(a)', c('text', 'contains', 'a')],
    ['-a', not(c('text', 'contains', 'a'))],
    ['NOT a', not(c('text', 'contains', 'a'))],
    ['--a', not(not(c('text', 'contains', 'a')))],
    ['-(a OR b)', not(or(c('text', 'contains', 'a'), c('text', 'contains', 'b')))],
    ['a-b ORACLE', and(c('text', 'contains', 'a-b'), c('text', 'contains', 'ORACLE'))],
    ['user:alice', c('actor', 'eq', 'alice')],
    ['User:"Yuki Tanaka"', c('actor', 'eq', 'Yuki Tanaka')],
    ['user:Yuki\\ Tanaka', c('actor', 'eq', 'Yuki Tanaka')],
    ['target:"say \\"hi\\""', c('target', 'eq', 'say "hi"')],
    ['target:"C:\\Users\\a"', c('target', 'eq', 'C:\\Users\\a')],
    ['target:""', c('target', 'eq', '')],
    ['target:*secret*', c('target', 'contains', 'secret')],
    ['target:*"private key"*', c('target', 'contains', 'private key')],
    ['target:report*', c('target', 'startsWith', 'report')],
    ['target:*.pdf', c('target', 'endsWith', '.pdf')],
    ['target:"a*b"', c('target', 'eq', 'a*b')],
    ['target:a\\*b', c('target', 'eq', 'a*b')],
    ['target:/docs/a.pdf', c('target', 'eq', '/docs/a.pdf')],
    ['target:/^docs\\/.+\\.pdf$/', c('target', 'matches', '^docs\\/.+\\.pdf$')],
    ['target:/private key/', c('target', 'matches', 'private key')],
    ['target:*', c('target', 'exists')],
    ['-target:*', not(c('target', 'exists'))],
    ['status:(failure)', c('status', 'eq', 'failure')],
    ['action:(IMAP* OR POP3)', or(c('action', 'startsWith', 'IMAP'), c('action', 'eq', 'POP3'))],
    ['action:( IMAP OR "SMTP AUTH" )', c('action', 'in', ['IMAP', 'SMTP AUTH'])],
    ['action:CASE(IMAP)', c('action', 'eq', 'IMAP', true)],
    ['action:CASE(IMAP OR POP3)', c('action', 'in', ['IMAP', 'POP3'], true)],
    ['action:CASE(*Login*)', c('action', 'contains', 'Login', true)],
    ['action:CASE(/^Log/)', c('action', 'matches', '^Log', true)],
    ['ip:203.0.113.9', c('ip', 'eq', '203.0.113.9')],
    ['ip:2001:db8::/32', c('ip', 'cidr', '2001:db8::/32')],
    ['ip:"203.0.113.0/24"', c('ip', 'eq', '203.0.113.0/24')],
    ['ip:203.0.113.*', c('ip', 'startsWith', '203.0.113.')],
    ['task:x service:y serviceType:z menu:m category:n source:s sourceId:t level:l module:o', and(
      c('action', 'eq', 'x'), c('serviceType', 'eq', 'y'), c('serviceType', 'eq', 'z'), c('category', 'eq', 'm'), c('category', 'eq', 'n'),
      c('sourceId', 'eq', 's'), c('sourceId', 'eq', 't'), c('level', 'eq', 'l'), c('module', 'eq', 'o'))],
    ['actorKind:admin email:a@b login:k statusText:ok import:i text:t', and(
      c('actorKind', 'eq', 'admin'), c('actorEmail', 'eq', 'a@b'), c('actorLogin', 'eq', 'k'), c('statusText', 'eq', 'ok'),
      c('importId', 'eq', 'i'), c('text', 'eq', 't'))],
    ['details.loginMethod:SAML', c('details.loginMethod', 'eq', 'SAML')],
    ['Details.login\\ method:x', c('details.login method', 'eq', 'x')],
    ['time:2024-05-14', c('time', 'between', [U(2024, 5, 14), U(2024, 5, 15)])],
    ['time:>2024-05-14', c('time', 'after', U(2024, 5, 15))],
    ['time:>=2024-05-14', c('time', 'after', U(2024, 5, 14))],
    ['time:<2024-05-14', c('time', 'before', U(2024, 5, 14))],
    ['time:<=2024-05-14', c('time', 'before', U(2024, 5, 15))],
    ['time:>=2024-05-14T10:30', c('time', 'after', U(2024, 5, 14, 10, 30))],
    ['time:>"2024-05-14 10:30:15"', c('time', 'after', U(2024, 5, 14, 10, 30, 16))],
    ['time:[2024-05-14 TO 2024-05-15]', c('time', 'between', [U(2024, 5, 14), U(2024, 5, 16)])],
    ['time:[2024-05-14 TO 2024-05-15}', c('time', 'between', [U(2024, 5, 14), U(2024, 5, 15)])],
    ['time:{2024-05-14 TO 2024-05-15]', c('time', 'between', [U(2024, 5, 15), U(2024, 5, 16)])],
    ['time:[ 2024-05-14T10:00 TO 2024-05-14T11:00 ]', c('time', 'between', [U(2024, 5, 14, 10), U(2024, 5, 14, 11, 1)])],
    ['time:[2024-05-14 TO *]', c('time', 'after', U(2024, 5, 14))],
    ['time:[* TO 2024-05-14}', c('time', 'before', U(2024, 5, 14))],
    ['time:[* TO *]', c('time', 'exists')],
    ['time:*', c('time', 'exists')],
    ['time:(2024-05-14 OR 2024-05-16)', or(c('time', 'between', [U(2024, 5, 14), U(2024, 5, 15)]), c('time', 'between', [U(2024, 5, 16), U(2024, 5, 17)]))],
    ['time:>=2024-05-14T10:30:00+09:00', c('time', 'after', U(2024, 5, 14, 1, 30))],
  ])('%j', (text, tree) => expect(parse(text)).toEqual(tree));

  it('reads dates in the given zone', () => {
    expect(parse('time:2024-05-14', 'Asia/Tokyo')).toEqual(c('time', 'between', [U(2024, 5, 13, 15), U(2024, 5, 14, 15)]));
    expect(parse('time:>=2024-05-14T10:30Z', 'Asia/Tokyo')).toEqual(c('time', 'after', U(2024, 5, 14, 10, 30)));
  });
});

describe('parseQuickSearch errors point at the character', () => {
  it.each<[string, string, number]>([
    ['"private key', 'unclosed quote', 0],
    ['user:"Yuki', 'unclosed quote', 5],
    ['(a OR b', 'unclosed parenthesis', 0],
    ['a (b (c)', 'unclosed parenthesis', 2],
    ['action:(IMAP OR POP3', 'unclosed parenthesis', 7],
    ['a)', 'unexpected ")"', 1],
    ['()', 'empty parentheses', 0],
    ['status:', 'missing value after "status:"', 7],
    ['status: failure', 'missing value after "status:"', 7],
    ['(user:)', 'missing value after "user:"', 6],
    ['foo:bar', 'unknown field "foo"; known fields: user, actor, actorName', 0],
    ['a usr:x', 'details.<key>', 2],
    ['details.:x', 'missing key after "details."', 0],
    ['ip:203.0.113.0/33', 'bad CIDR: prefix /33', 3],
    ['ip:10.0.0.300/8', 'bad CIDR: "10.0.0.300" is not an IPv4 or IPv6 address', 3],
    ['target:/(a+)+/', 'bad regex: (a+)+ repeats a group', 7],
    ['x /[a-/', 'bad regex: Invalid regular expression', 2],
    ['time:2024-02-30', 'bad date "2024-02-30"', 5],
    ['time:>yesterday', 'bad date "yesterday"', 6],
    ['time:>', 'missing date after ">"', 6],
    ['time:[2024-05-14 2024-05-15]', 'expected TO in the range', 17],
    ['time:[2024-05-14 TO 2024-05-15', 'unclosed range', 5],
    ['time:[2024-05-15 TO 2024-05-14}', 'the range ends before it starts', 5],
    ['time:["2024-05-14"x TO *]', 'unexpected "x" after the date', 18],
    ['status:>x', 'comparisons and ranges work on time only', 7],
    ['a*b', 'a * wildcard may only start or end a value', 1],
    ['target:**', 'a wildcard needs text beside it', 7],
    ['target:f(x)', '"(" inside a value', 8],
    ['action:()', 'empty list of values', 7],
    ['action:(A B)', 'expected OR or ) in the list of values', 10],
    ['action:(A OR)', 'OR needs a value after it', 12],
    ['action:(A OR (B))', 'cannot hold another list', 13],
    ['OR a', 'OR needs a term before it', 0],
    ['a OR', 'OR needs a term after it', 2],
    ['a OR )', 'OR needs a term after it', 2],
    ['a AND', 'AND needs a term after it', 2],
    ['AND a', 'AND needs a term before it', 0],
    ['a - b', 'nothing to negate after "-"', 2],
    ['NOT', 'NOT needs a term after it', 0],
    [`${'('.repeat(70)}a${')'.repeat(70)}`, 'nested more than 64 levels deep', 64],
  ])('%j → %s at %d', (text, message, position) => {
    const r = parseQuickSearch(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.message).toContain(message);
      expect(r.error.position).toBe(position);
    }
  });

  it('refuses an unknown time zone', () => {
    expect(parseQuickSearch('a', { timeZone: 'Mars/Olympus' })).toEqual({
      ok: false, error: { message: 'unknown time zone "Mars/Olympus"', position: 0, code: 'unknown-time-zone', params: { zone: 'Mars/Olympus' } },
    });
  });
});

describe('parseQuickSearch errors carry a code and the parameters of their message', () => {
  it.each(QUICK_SEARCH_ERROR_CASES.map((k) => [k.text.slice(0, 40), k] as const))('%j', (_label, k) => {
    const r = parseQuickSearch(k.text, { timeZone: k.timeZone });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe(k.code);
    expect(r.error.params).toEqual(k.params);
    // every parameter is named in the English message, as typed
    for (const v of Object.values(k.params)) expect(r.error.message).toContain(v);
  });

  it('has a case for every code the parser can give', () => {
    const covered = new Set(QUICK_SEARCH_ERROR_CASES.map((k) => k.code));
    const missing = QUICK_SEARCH_ERROR_CODES.filter((code) => !covered.has(code) && !UNREACHABLE_CODES.includes(code));
    expect(missing).toEqual([]);
  });

  it('gives a code on random text too (3,000 generated)', () => {
    const pieces = ['a', 'OR', 'AND', 'NOT', 'TO', '-', '(', ')', '"', '*', ':', '/', ' ', 'ip:', 'time:', '[', ']', '>', '2024-05-14', 'CASE('];
    let seed = 11;
    const next = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
    for (let i = 0; i < 3000; i++) {
      const text = Array.from({ length: 1 + Math.floor(next() * 8) }, () => pieces[Math.floor(next() * pieces.length)]).join('');
      const r = parseQuickSearch(text);
      if (!r.ok) expect(QUICK_SEARCH_ERROR_CODES, text).toContain(r.error.code);
    }
  });
});
