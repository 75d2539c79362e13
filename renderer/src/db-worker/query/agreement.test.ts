/**
 * Issue #4: the reference evaluator (shared/filter/evaluate.ts, over event objects) and the DB
 * worker's executor (over the columnar index) must select the same events: a table of trees
 * covering every operator, then random trees.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileFilter } from '../../../../shared/filter/evaluate';
import { SAMPLE_EVENTS } from '../../../../shared/filter/test-events';
import type { Condition, FilterNode, Operator } from '../../../../shared/filter/tree';
import type { AuditEvent } from '../../../../shared/model/event';
import { EventIndex } from '../index/event-index';
import { ev, incidentEvents } from '../test-support/incident';
import { appendEvents } from '../test-support/index-of';
import { selectOf } from '../test-support/select';

const EXTRA: AuditEvent[] = [
  { ...ev({ id: 'x-unicode', time: Date.UTC(2024, 4, 14, 3), actorName: '田中 ゆき', actorEmail: 'Yuki.Tanaka@EXAMPLE.com', statusText: 'ログインに失敗しました', ip: 'fe80::1%eth0', details: { loginMethod: 'SSO', 'ブラウザ': 'Chrome' } }), importId: 'imp_x' },
  { ...ev({ id: 'x-port', time: Date.UTC(2024, 4, 14, 4), actorLogin: 'svc-backup', actorKind: 'service_account', ip: '198.51.100.7:50412', level: 'ERROR', module: 'Drive', details: { apiUrl: '/v1/users/123', httpMethod: 'GET' } }), importId: 'imp_x' },
  { ...ev({ id: 'x-padded', time: Date.UTC(2024, 4, 14, 4), ip: '010.1.2.3', target: 'Doc "Q2"', details: { note: 'contains, a comma' } }), importId: 'imp_x' },
  { ...ev({ id: 'x-none', time: Date.UTC(2024, 4, 12), ip: 'unknown', status: 'unknown', serviceType: '' }), importId: 'imp_x' },
];

const EVENTS: AuditEvent[] = [
  ...incidentEvents().map((e) => ({ ...e, importId: 'imp_t' })),
  ...SAMPLE_EVENTS,
  ...EXTRA,
];

function buildIndex(): EventIndex {
  const index = new EventIndex();
  const byImport = new Map<string, AuditEvent[]>();
  for (const e of EVENTS) byImport.set(e.importId, [...(byImport.get(e.importId) ?? []), e]);
  for (const [importId, events] of byImport) appendEvents(index, events, importId, 3);
  return index;
}

const index = buildIndex();
// Positions follow import order; map them back to ids.
const ARRIVAL = [...new Map(EVENTS.map((e) => [e.importId, 0])).keys()].flatMap((imp) => EVENTS.filter((e) => e.importId === imp));

async function executor(filter: FilterNode): Promise<string[]> {
  const positions = await selectOf(index, { filter, period: {}, sort: { field: 'time', dir: 'desc' } });
  return Array.from(positions, (p) => ARRIVAL[p].id).sort();
}

function evaluator(filter: FilterNode): string[] {
  const keep = compileFilter(filter);
  return EVENTS.filter((e) => keep(e)).map((e) => e.id).sort();
}

const c = (field: string, op: Operator, value?: Condition['value'], caseSensitive?: boolean): Condition =>
  ({ kind: 'cond', field, op, ...(value === undefined ? {} : { value }), ...(caseSensitive ? { caseSensitive } : {}) });
const and = (...children: FilterNode[]): FilterNode => ({ kind: 'and', children });
const or = (...children: FilterNode[]): FilterNode => ({ kind: 'or', children });
const not = (...children: FilterNode[]): FilterNode => ({ kind: 'not', children });
const T = Date.UTC(2024, 4, 14);

const TREES: FilterNode[] = [
  c('status', 'eq', 'FAILURE'), c('status', 'eq', 'FAILURE', true), c('status', 'neq', 'failure'),
  c('serviceType', 'in', ['imap', 'POP3', 'mail']), c('serviceType', 'in', ['IMAP'], true),
  c('actor', 'contains', 'YUKI'), c('actor', 'contains', 'Yuki', true), c('actor', 'eq', 'daniel'), c('actor', 'neq', 'daniel'),
  c('actorEmail', 'endsWith', '@example.COM'), c('actorName', 'startsWith', 'ken'), c('actorLogin', 'exists'), c('actorName', 'empty'),
  c('action', 'matches', '^change'), c('action', 'matches', '^Change', true), c('action', 'matches', 'IMAP|POP3'), c('text', 'matches', '^$'),
  c('text', 'contains', '203.0.113'), c('text', 'contains', 'thunderbird'), c('text', 'eq', 'saml'), c('text', 'neq', 'IMAP'), c('text', 'startsWith', 'ログイン'),
  c('text', 'exists'), c('text', 'empty'), c('text', 'contains', 'imp_t'), c('text', 'contains', 'tokyo'),
  c('ip', 'cidr', '203.0.113.0/24'), c('ip', 'cidr', '203.0.113.45'), c('ip', 'cidr', '203.0.113.77/24'), c('ip', 'cidr', '2001:db8::/32'),
  c('ip', 'cidr', '2001:db8:dead::/48'), c('ip', 'cidr', '::/0'), c('ip', 'cidr', '0.0.0.0/0'), c('ip', 'cidr', '::ffff:0:0/96'),
  c('ip', 'cidr', 'fe80::/10'), c('ip', 'cidr', '198.51.100.0/24'), c('ip', 'cidr', '10.0.0.0/8'), c('ip', 'eq', '198.51.100.7:50412'),
  c('time', 'between', [Date.parse('2024-05-14T02:05:03+09:00'), Date.parse('2024-05-14T02:31:18+09:00')]),
  c('time', 'before', T), c('time', 'after', T), c('time', 'exists'), c('time', 'empty'),
  c('details.loginMethod', 'eq', 'password'), c('details.loginMethod', 'eq', 'Password', true), c('details.loginMethod', 'in', ['saml', 'sso']),
  c('details.loginMethod', 'exists'), c('details.loginMethod', 'empty'), c('details.loginMethod', 'neq', 'password'),
  c('details.client', 'contains', '115'), c('details.login method', 'eq', 'x:y'), c('details.ブラウザ', 'eq', 'chrome'),
  c('details.nothing', 'eq', ''), c('details.nothing', 'exists'), c('details.nothing', 'neq', 'a'), c('details.note', 'matches', ','),
  c('importId', 'eq', 'IMP_X'), c('sourceId', 'startsWith', 'kintone'), c('level', 'eq', 'error'), c('module', 'empty'), c('target', 'contains', '"q2"'),
  and(), or(), not(c('status', 'eq', 'failure')), not(c('status', 'eq', 'failure'), c('actor', 'contains', 'yuki')),
  and(c('actor', 'contains', 'yuki'), not(c('status', 'eq', 'failure'))),
  or(c('ip', 'cidr', '2001:db8::/32'), and(c('category', 'eq', 'login'), c('statusText', 'eq', 'account locked'))),
  and(c('status', 'eq', 'failure'), c('serviceType', 'in', ['IMAP', 'POP3', 'SMTP']), c('ip', 'cidr', '203.0.113.0/24'), c('text', 'contains', 'password')),
  not(or(c('details.loginMethod', 'exists'), not(c('time', 'after', T)))),
];

describe('evaluator and executor agree', () => {
  it.each(TREES.map((t) => [JSON.stringify(t), t] as const))('%s', async (_, tree) => {
    expect(await executor(tree)).toEqual(evaluator(tree));
  });

  it('on random trees', async () => {
    await fc.assert(fc.asyncProperty(treeArb(), async (tree) => {
      expect(await executor(tree)).toEqual(evaluator(tree));
    }), { numRuns: 500, seed: 20240514 });
  });
});

const TEXT_FIELDS = ['actor', 'actorName', 'actorEmail', 'actorLogin', 'actorKind', 'action', 'target', 'status', 'statusText', 'level', 'ip',
  'serviceType', 'module', 'sourceId', 'category', 'importId', 'text', 'details.loginMethod', 'details.client', 'details.note', 'details.nothing'];
const WORDS = [...new Set(EVENTS.flatMap((e) => [
  e.actorName, e.actorEmail, e.actorLogin, e.actorId, e.action, e.target, e.statusText, e.ip, e.serviceType, e.sourceId, e.importId, ...Object.values(e.details),
]))].filter(Boolean);
const CIDRS = ['203.0.113.0/24', '203.0.113.45', '2001:db8::/32', '::/0', '0.0.0.0/0', '198.51.100.0/25', '::ffff:0:0/96', 'fe80::/10', '10.0.0.0/8', '2001:db8:dead::/48'];
const REGEXES = ['^y', 'a.*o', 'IMAP|POP3', '\\d{3}', '^$', '.', 'example\\.com$', '[A-Z]{2}', 'ン'];

function treeArb(): fc.Arbitrary<FilterNode> {
  const word = fc.oneof(
    fc.constantFrom(...WORDS),
    fc.tuple(fc.constantFrom(...WORDS), fc.nat(), fc.nat(), fc.boolean())
      .map(([w, a, b, upper]) => { const s = w.slice(a % w.length, (a % w.length) + 1 + (b % 6)) || w; return upper ? s.toUpperCase() : s; }),
  );
  const time = fc.constantFrom(...EVENTS.map((e) => e.time)).chain((t) => fc.constantFrom(t - 1, t, t + 1));
  const field = fc.oneof({ weight: 1, arbitrary: fc.constant('text') }, { weight: 3, arbitrary: fc.constantFrom(...TEXT_FIELDS) });
  const text = fc.record({ field, cs: fc.boolean() }).chain(({ field, cs }) => fc.oneof(
    fc.tuple(fc.constantFrom<Operator>('eq', 'neq', 'contains', 'startsWith', 'endsWith'), word).map(([op, v]) => c(field, op, v, cs)),
    fc.array(word, { minLength: 1, maxLength: 3 }).map((vs) => c(field, 'in', vs, cs)),
    fc.constantFrom<Operator>('exists', 'empty').map((op) => c(field, op)),
    fc.constantFrom(...REGEXES).map((re) => c(field, 'matches', re, cs)),
  ));
  const cond = fc.oneof(
    { weight: 6, arbitrary: text },
    { weight: 1, arbitrary: fc.constantFrom(...CIDRS).map((v) => c('ip', 'cidr', v)) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom<Operator>('before', 'after'), time).map(([op, t]) => c('time', op, t)) },
    { weight: 1, arbitrary: fc.tuple(time, time).map(([a, b]) => c('time', 'between', [Math.min(a, b), Math.max(a, b)])) },
  );
  const { tree } = fc.letrec<{ tree: FilterNode }>((tie) => ({
    tree: fc.oneof({ depthSize: 'small', withCrossShrink: true },
      cond,
      fc.tuple(fc.constantFrom('and', 'or', 'not') as fc.Arbitrary<'and' | 'or' | 'not'>, fc.array(tie('tree'), { minLength: 1, maxLength: 3 }))
        .map(([kind, children]) => ({ kind, children })),
    ),
  }));
  return tree;
}
