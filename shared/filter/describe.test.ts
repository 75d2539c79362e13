import { describe, expect, it } from 'vitest';
import { describeFilter } from './describe';
import { parseQuickSearch } from './quick-search';
import type { Condition, FilterNode } from './tree';

const c = (field: string, op: Condition['op'], value?: Condition['value'], caseSensitive?: boolean): Condition =>
  ({ kind: 'cond', field, op, ...(value === undefined ? {} : { value }), ...(caseSensitive === undefined ? {} : { caseSensitive }) });
const T = Date.UTC(2024, 4, 13, 15); // 2024-05-14 00:00 in Tokyo

function described(text: string, timeZone = 'UTC'): string {
  const r = parseQuickSearch(text, { timeZone });
  if (!r.ok) throw new Error(r.error.message);
  return describeFilter(r.tree, { timeZone });
}

describe('describeFilter', () => {
  it('describes the brief example', () => {
    expect(described('status:failure ip:203.0.113.0/24 action:(IMAP OR POP3 OR SMTP) -user:k.sato "private key"')).toBe(
      'Status is failure and IP is in 203.0.113.0/24 and Action is one of IMAP, POP3, SMTP and not User is k.sato and any field contains "private key"',
    );
  });

  it.each<[Condition, string]>([
    [c('status', 'eq', 'failure'), 'Status is failure'],
    [c('status', 'neq', 'failure'), 'Status is not failure'],
    [c('action', 'in', ['IMAP', 'SMTP AUTH', 'a,b']), 'Action is one of IMAP, "SMTP AUTH", "a,b"'],
    [c('target', 'contains', 'private key'), 'Target contains "private key"'],
    [c('target', 'startsWith', 'Inbox/'), 'Target starts with Inbox/'],
    [c('target', 'endsWith', '.pdf', true), 'Target ends with .pdf (case-sensitive)'],
    [c('action', 'matches', '^(imap|pop3)$'), 'Action matches the regex /^(imap|pop3)$/'],
    [c('ip', 'cidr', '2001:db8::/32'), 'IP is in 2001:db8::/32'],
    [c('ip', 'exists'), 'IP is not empty'],
    [c('details.loginMethod', 'empty'), 'Detail loginMethod is empty'],
    [c('actorKind', 'eq', 'admin'), 'User kind is admin'],
    [c('sourceId', 'eq', 'kintone.audit'), 'Source is kintone.audit'],
    [c('text', 'eq', ''), 'any field is ""'],
    [c('text', 'contains', 'say "hi"'), 'any field contains "say \\"hi\\""'],
    [c('target', 'eq', 'and'), 'Target is "and"'],
    [c('target', 'eq', 'line\nbreak'), 'Target is "line\\nbreak"'],
    [c('time', 'after', T), 'Time is at or after 2024-05-14 00:00:00 (Asia/Tokyo)'],
    [c('time', 'before', T + 1500), 'Time is before 2024-05-14 00:00:01.500 (Asia/Tokyo)'],
    [c('time', 'between', [T, T + 86_400_000]), 'Time is from 2024-05-14 00:00:00 up to but not including 2024-05-15 00:00:00 (Asia/Tokyo)'],
    [c('time', 'exists'), 'Time is not empty'],
  ])('%j', (cond, words) => expect(describeFilter(cond, { timeZone: 'Asia/Tokyo' })).toBe(words));

  it.each<[string, string]>([
    ['a b OR c', '(any field contains a and any field contains b) or any field contains c'],
    ['a (b OR c)', 'any field contains a and (any field contains b or any field contains c)'],
    ['-(a OR b) -c', 'not (any field contains a or any field contains b) and not any field contains c'],
    ['a (b c)', 'any field contains a and (any field contains b and any field contains c)'],
    ['--a', 'not not any field contains a'],
  ])('brackets groups: %j', (text, words) => expect(described(text)).toBe(words));

  it.each<[FilterNode | null, string]>([
    [null, 'all events'],
    [{ kind: 'and', children: [] }, 'all events'],
    [{ kind: 'or', children: [] }, 'no events'],
    [{ kind: 'and', children: [c('ip', 'exists'), { kind: 'and', children: [{ kind: 'or', children: [c('ip', 'empty'), c('level', 'eq', 'x')] }] }] },
      'IP is not empty and (IP is empty or Level is x)'],
    [{ kind: 'not', children: [c('ip', 'exists'), c('level', 'eq', 'x')] }, 'not (IP is not empty and Level is x)'],
  ])('edge shapes %#', (tree, words) => expect(describeFilter(tree, { timeZone: 'UTC' })).toBe(words));

  it('names the zone the times are shown in', () => {
    expect(described('time:2024-05-14', 'America/New_York')).toBe(
      'Time is from 2024-05-14 00:00:00 up to but not including 2024-05-15 00:00:00 (America/New_York)',
    );
    expect(describeFilter(c('time', 'after', T), { timeZone: 'UTC' })).toBe('Time is at or after 2024-05-13 15:00:00 (UTC)');
  });
});
