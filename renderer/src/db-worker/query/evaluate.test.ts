import { describe, expect, it } from 'vitest';
import type { Condition, FilterNode, Operator, Query } from '../../../../shared/filter/tree';
import { incidentEvents, JST } from '../test-support/incident';
import { idsAt, indexOf } from '../test-support/index-of';
import { selectOf } from '../test-support/select';

const events = incidentEvents();
const index = indexOf(events);
const run = async (filter: FilterNode | null) => idsAt(events, await selectOf(index, { filter, period: {}, sort: { field: 'time', dir: 'desc' } } satisfies Query));
const c = (field: string, op: Operator, value?: Condition['value'], caseSensitive?: boolean): FilterNode =>
  ({ kind: 'cond', field, op, value, ...(caseSensitive ? { caseSensitive } : {}) });

const SPRAY = ['spray-4', 'spray-3', 'spray-2', 'spray-1'];
const ADMIN = ['admin-3', 'admin-2', 'admin-1'];
const YUKI = ['pc-web', 'break-in', 'spray-3', 'spray-1', 'office-1'];

describe('filter operators over the index', () => {
  const cases: [string, FilterNode, string[]][] = [
    ['eq ignores case by default', c('status', 'eq', 'FAILURE'), SPRAY],
    ['eq with caseSensitive', c('status', 'eq', 'FAILURE', true), []],
    ['eq exact', c('sourceId', 'eq', 'naverworks.admin', true), ADMIN],
    ['neq', c('status', 'neq', 'failure'), ['mobile', ...ADMIN, 'pc-web', 'break-in', 'office-2', 'office-1']],
    ['in', c('serviceType', 'in', ['imap', 'POP3']), ['break-in', 'spray-4', 'spray-2', 'spray-1']],
    ['contains on actor reads name, email and login', c('actor', 'contains', 'yuki'), YUKI],
    ['actor eq matches the login', c('actor', 'eq', 'daniel'), ['mobile']],
    ['actorLogin', c('actorLogin', 'eq', 'Daniel'), ['mobile']],
    ['actorName does not read the login', c('actorName', 'eq', 'daniel'), []],
    ['actor neq means no part equals', c('actor', 'neq', 'daniel'), events.filter((e) => e.id !== 'mobile').map((e) => e.id).reverse().sort(byTimeDesc)],
    ['startsWith', c('actor', 'startsWith', 'kenji'), ADMIN],
    ['endsWith', c('actorEmail', 'endsWith', '@EXAMPLE.com'), events.filter((e) => e.actorEmail).map((e) => e.id).sort(byTimeDesc)],
    ['matches ignores case by default', c('action', 'matches', '^change'), ['admin-2', 'admin-1']],
    ['matches with caseSensitive', c('action', 'matches', '^change', true), []],
    ['matches a pattern', c('action', 'matches', 'Change.*policy$', true), ['admin-2']],
    ['cidr IPv4 /24', c('ip', 'cidr', '203.0.113.0/24'), ['admin-3', 'admin-2', 'admin-1', 'break-in', ...SPRAY]],
    ['cidr IPv4 host', c('ip', 'cidr', '203.0.113.77'), ADMIN],
    ['cidr IPv6 /32', c('ip', 'cidr', '2001:db8::/32'), ['mobile', 'pc-web']],
    ['cidr IPv6 /48', c('ip', 'cidr', '2001:db8:dead::/48'), ['pc-web']],
    ['cidr host bits are cleared', c('ip', 'cidr', '203.0.113.99/24'), ['admin-3', 'admin-2', 'admin-1', 'break-in', ...SPRAY]],
    ['exists', c('target', 'exists'), ['admin-1']],
    ['empty', c('actorName', 'empty'), ['mobile']],
    ['time between: from inclusive, to exclusive', c('time', 'between', [JST('02:05:03'), JST('02:31:18')]), SPRAY],
    ['time before', c('time', 'before', JST('02:05:03')), ['office-2', 'office-1']],
    ['time after is inclusive', c('time', 'after', JST('03:12:45')), ['mobile', 'admin-3']],
    ['details key', c('details.loginMethod', 'eq', 'password'), ['break-in', 'office-1']],
    ['details key empty: no value', c('details.loginMethod', 'empty'), events.filter((e) => !e.details.loginMethod).map((e) => e.id).sort(byTimeDesc)],
    ['details key no event has reads as empty', c('details.nothing', 'eq', ''), events.map((e) => e.id).sort(byTimeDesc)],
    ['text reads details values', c('text', 'contains', 'contacts'), ['admin-3']],
    ['text reads every field', c('text', 'contains', '203.0.113.77'), ADMIN],
    ['text reads the actor parts and the target', c('text', 'contains', 'yuki.tanaka@'), ['admin-1', ...YUKI].sort(byTimeDesc)],
    ['text neq excludes events where any field equals', c('text', 'neq', 'IMAP'), events.filter((e) => e.serviceType !== 'IMAP').map((e) => e.id).sort(byTimeDesc)],
    ['or', { kind: 'or', children: [c('status', 'eq', 'failure'), c('serviceType', 'eq', 'mobile')] }, ['mobile', ...SPRAY]],
    ['not', { kind: 'not', children: [c('ip', 'cidr', '203.0.113.0/24')] }, ['mobile', 'pc-web', 'office-2', 'office-1']],
    ['and with a nested not', { kind: 'and', children: [c('actor', 'contains', 'yuki'), { kind: 'not', children: [c('status', 'eq', 'failure')] }] }, ['pc-web', 'break-in', 'office-1']],
    ['or inside and', { kind: 'and', children: [c('category', 'eq', 'login'), { kind: 'or', children: [c('ip', 'cidr', '2001:db8::/32'), c('statusText', 'eq', 'account locked')] }] }, ['mobile', 'pc-web', 'spray-4']],
    ['empty and keeps everything', { kind: 'and', children: [] }, events.map((e) => e.id).sort(byTimeDesc)],
  ];
  for (const [name, filter, expected] of cases) {
    it(name, async () => expect(await run(filter)).toEqual(expected));
  }

  it('refuses an invalid regular expression, and one that can backtrack exponentially', async () => {
    await expect(run(c('action', 'matches', '(unclosed'))).rejects.toThrow(/action matches\): bad regex: Invalid regular expression: \/\(unclosed\//);
    await expect(run(c('action', 'matches', '(a+)+$'))).rejects.toThrow(/exponential time/);
  });
  it('refuses a malformed CIDR block and cidr on another field', async () => {
    await expect(run(c('ip', 'cidr', '203.0.113.0/33'))).rejects.toThrow(/bad CIDR: prefix \/33 is longer than the 32 bits/);
    await expect(run(c('actor', 'cidr', '203.0.113.0/24'))).rejects.toThrow(/"cidr" works on ip only/);
  });
  it('names unknown fields, and every problem of a tree at once', async () => {
    await expect(run(c('colour', 'eq', 'red'))).rejects.toMatchObject({ code: 'invalid-input', message: expect.stringMatching(/unknown field "colour"/) });
    const both = { kind: 'and' as const, children: [c('colour', 'eq', 'red'), c('time', 'contains', 'x')] };
    await expect(run(both)).rejects.toThrow(/children\[0\].*unknown field.*children\[1\].*does not work on time/);
  });
  it('refuses operators that do not apply', async () => {
    await expect(run(c('status', 'before', 5))).rejects.toThrow(/"before" works on time only/);
    await expect(run(c('time', 'contains', 'x'))).rejects.toThrow(/"contains" does not work on time/);
    await expect(run(c('status', 'eq', ['a']))).rejects.toThrow(/"eq" needs a text value/);
    await expect(run(c('time', 'after', '2024-05-14T18:12:45Z'))).rejects.toThrow(/"after" needs a time/);
  });
});

function byTimeDesc(a: string, b: string): number {
  const t = (id: string) => events.find((e) => e.id === id)!.time;
  return t(b) - t(a);
}
