import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { compileFilter } from './evaluate';
import { SAMPLE_EVENTS, makeEvent } from './test-events';
import type { Condition, FilterNode } from './tree';

const c = (field: string, op: Condition['op'], value?: Condition['value'], caseSensitive?: boolean): Condition =>
  ({ kind: 'cond', field, op, ...(value === undefined ? {} : { value }), ...(caseSensitive === undefined ? {} : { caseSensitive }) });

/** Ids of SAMPLE_EVENTS the tree keeps. */
const hits = (tree: FilterNode) => SAMPLE_EVENTS.filter(compileFilter(tree)).map((e) => e.id);

const T = (d: number, h = 0, m = 0, s = 0, ms = 0) => Date.UTC(2024, 4, d, h, m, s, ms);

describe('compileFilter: one table row per operator and field kind', () => {
  it.each<[string, Condition, string[]]>([
    ['eq ignores case', c('status', 'eq', 'FAILURE'), ['e1', 'e4', 'e5', 'e6']],
    ['eq case-sensitive', c('action', 'eq', 'imap', true), ['e6']],
    ['eq empty text', c('target', 'eq', ''), ['e3']],
    ['neq', c('status', 'neq', 'failure'), ['e2', 'e3']],
    ['in', c('action', 'in', ['imap', 'pop3']), ['e1', 'e2', 'e6']],
    ['in case-sensitive', c('action', 'in', ['IMAP', 'pop3'], true), ['e1']],
    ['contains', c('target', 'contains', 'PRIVATE key'), ['e1', 'e2', 'e6']],
    ['contains case-sensitive', c('target', 'contains', 'KEY', true), ['e6']],
    ['startsWith', c('target', 'startsWith', 'inbox/'), ['e1', 'e2']],
    ['endsWith', c('target', 'endsWith', '.PEM'), ['e1', 'e2']],
    ['matches ignores case', c('action', 'matches', '^(imap|pop3)$'), ['e1', 'e2', 'e6']],
    ['matches case-sensitive', c('action', 'matches', '^[A-Z]+$', true), ['e1', 'e3']],
    ['before (exclusive)', c('time', 'before', T(14, 1, 2, 3)), ['e4']],
    ['after (inclusive)', c('time', 'after', T(15, 15)), ['e3', 'e6']],
    ['between [from, to)', c('time', 'between', [T(14), T(15, 15)]), ['e1', 'e2', 'e5']],
    ['between includes from', c('time', 'between', [T(13, 23, 59, 59, 999), T(14)]), ['e4']],
    ['cidr v4 (ports, mapped)', c('ip', 'cidr', '203.0.113.0/24'), ['e1', 'e5']],
    ['cidr v4 with port', c('ip', 'cidr', '198.51.100.7/32'), ['e2']],
    ['cidr v6 in brackets with port', c('ip', 'cidr', '2001:db8::/32'), ['e3']],
    ['cidr ::/0 (every address)', c('ip', 'cidr', '::/0'), ['e1', 'e2', 'e3', 'e5', 'e6']],
    ['exists', c('ip', 'exists'), ['e1', 'e2', 'e3', 'e5', 'e6']],
    ['empty', c('ip', 'empty'), ['e4']],
    ['exists on time', c('time', 'exists'), ['e1', 'e2', 'e3', 'e4', 'e5', 'e6']],
    ['actor eq matches name, email or login', c('actor', 'eq', 'K.SATO'), ['e2']],
    ['actor eq by email', c('actor', 'eq', 'k.sato@example.com'), ['e2']],
    ['actor contains', c('actor', 'contains', 'tanaka'), ['e1', 'e4', 'e5', 'e6']],
    ['actor neq (no value equals)', c('actor', 'neq', 'y.tanaka'), ['e2', 'e3']],
    ['actor empty (all three empty)', c('actor', 'empty'), ['e3']],
    ['actorLogin alone', c('actorLogin', 'startsWith', 'k.'), ['e2']],
    ['text searches details values', c('text', 'contains', 'thunderbird'), ['e1', 'e3', 'e5']],
    ['text does not search raw', c('text', 'contains', 'secret-word'), []],
    ['text eq any one field', c('text', 'eq', 'mail'), ['e1', 'e2', 'e3', 'e4', 'e5', 'e6']],
    ['text matches', c('text', 'matches', '^kintone\\.'), ['e5']],
    ['details key', c('details.loginMethod', 'eq', 'saml'), ['e1', 'e3', 'e5']],
    ['details key missing reads as empty', c('details.loginMethod', 'empty'), ['e2', 'e6']],
    ['details key missing equals ""', c('details.loginMethod', 'eq', ''), ['e2', 'e6']],
    ['details key with a space', c('details.login method', 'contains', 'x:'), ['e6']],
    ['details key never reaches the prototype', c('details.constructor', 'exists'), []],
    ['sourceId', c('sourceId', 'eq', 'kintone.audit'), ['e5']],
    ['actorKind', c('actorKind', 'in', ['system', 'admin']), ['e3']],
    ['level', c('level', 'eq', 'info'), ['e4']],
    ['module empty', c('module', 'empty'), ['e4']],
    ['statusText', c('statusText', 'eq', 'ok'), ['e5']],
    ['category', c('category', 'eq', 'app'), ['e5']],
    ['serviceType', c('serviceType', 'eq', 'MAIL'), ['e1', 'e2', 'e3', 'e4', 'e5', 'e6']],
    ['importId', c('importId', 'eq', 'imp-1'), ['e1', 'e2', 'e3', 'e4', 'e5', 'e6']],
    ['literal star and backslash', c('target', 'contains', '\\a*b'), ['e5']],
  ])('%s', (_name, cond, expected) => expect(hits(cond)).toEqual(expected));
});

describe('compileFilter: groups', () => {
  const failure = c('status', 'eq', 'failure');
  const imap = c('action', 'eq', 'imap');
  it.each<[string, FilterNode, string[]]>([
    ['and', { kind: 'and', children: [failure, imap] }, ['e1', 'e6']],
    ['or', { kind: 'or', children: [c('status', 'eq', 'success'), c('status', 'eq', 'unknown')] }, ['e2', 'e3']],
    ['not of one', { kind: 'not', children: [failure] }, ['e2', 'e3']],
    ['not of several negates their and', { kind: 'not', children: [failure, imap] }, ['e2', 'e3', 'e4', 'e5']],
    ['empty and is true', { kind: 'and', children: [] }, ['e1', 'e2', 'e3', 'e4', 'e5', 'e6']],
    ['empty or is false', { kind: 'or', children: [] }, []],
    ['nested', { kind: 'and', children: [failure, { kind: 'or', children: [imap, { kind: 'not', children: [c('ip', 'exists')] }] }] }, ['e1', 'e4', 'e6']],
  ])('%s', (_name, tree, expected) => expect(hits(tree)).toEqual(expected));

  it('neq is not-eq and empty is not-exists on every sample', () => {
    for (const [a, b] of [
      [c('details.client', 'neq', 'x'), { kind: 'not', children: [c('details.client', 'eq', 'x')] }],
      [c('actor', 'empty'), { kind: 'not', children: [c('actor', 'exists')] }],
    ] as [FilterNode, FilterNode][]) expect(hits(a)).toEqual(hits(b));
  });
});

describe('compileFilter: refusals and regex limits', () => {
  it('refuses an invalid tree with the issues listed', () => {
    try {
      compileFilter({ kind: 'and', children: [c('nope', 'eq', 'x'), c('time', 'contains', 'x')] });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(AppError);
      const e = err as AppError;
      expect(e.code).toBe('invalid-input');
      expect(e.details.issues).toHaveLength(2);
      expect(e.message).toContain('unknown field "nope"');
    }
  });
  it('refuses nested quantifiers before running anything', () => {
    expect(() => compileFilter(c('target', 'matches', '(a+)+$'))).toThrow(/repeats a group/);
  });
  it('stops a query whose regex tests exceed the budget', () => {
    const pred = compileFilter(c('target', 'matches', '(x|y)?z'), { regexBudgetMs: -1 });
    expect(() => pred(makeEvent())).toThrow(/ran longer than -1 ms/);
  });
  it('matches only the first 4096 characters of a long value', () => {
    const pred = compileFilter(c('target', 'matches', 'needle'));
    expect(pred(makeEvent({ target: `${'x'.repeat(5000)}needle` }))).toBe(false);
    expect(compileFilter(c('target', 'contains', 'needle'))(makeEvent({ target: `${'x'.repeat(5000)}needle` }))).toBe(true);
  });
});
