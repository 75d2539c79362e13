/**
 * Round trips: parseQuickSearch(formatQuickSearch(tree)) gives back the same tree for generated
 * trees in the parser's own form, and an equivalent one (same events kept) for builder-made trees.
 */
import { describe, expect, it } from 'vitest';
import { compileFilter } from './evaluate';
import { formatQuickSearch, parseQuickSearch } from './quick-search';
import { SAMPLE_EVENTS } from './test-events';
import type { Condition, FilterNode, Operator } from './tree';
import { validateFilter } from './validate';

/** mulberry32: a seeded generator, so a failure names a reproducible case. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

const TRICKY = [
  'alice', 'Yuki Tanaka', 'say "hi"', 'C:\\Users\\a', 'a*b', '*', '-x', 'OR', 'AND', 'NOT', 'TO', 'CASE(x)', '(paren)', 'x)',
  'k.sato', '日本語 テキスト', 'tab\there', 'line\nbreak', '/docs/', '/usr/bin', '12:30', 'back\\', '\\"', 'a:b', 'user:x', '>5',
  '[x]', '{y}', 'trailing ', ' leading', 'IMAP', '203.0.113.0/24', 'é', '🙂 emoji', '#tag', 'a\'b',
];
const ALPHABET = 'aZ09 -_*:"\\()/<>[]{}.,\'\t日';
const PATTERNS = ['^a.*b$', 'a\\/b', 'x|y', '[\\/]', 'private key', '(a)b', 'a\\\\', '\\d{1,3}(\\.\\d{1,3}){3}', '^$', 'ü+'];
const CIDRS = ['203.0.113.0/24', '0.0.0.0/0', '10.1.2.3/32', '::/0', '2001:db8::/32', '::ffff:203.0.113.0/120', 'fe80::1/128'];
const TEXT_FIELDS = ['status', 'actorKind', 'sourceId', 'actor', 'actorName', 'action', 'target', 'text', 'ip', 'level',
  'category', 'serviceType', 'details.loginMethod', 'details.login method', 'details.a:b', 'details.x"y(z)'];

function text(r: Rand, nonEmpty: boolean): string {
  if (r() < 0.6) {
    const v = pick(r, TRICKY);
    return v;
  }
  let s = '';
  const n = (nonEmpty ? 1 : 0) + Math.floor(r() * 6);
  for (let i = 0; i < n; i++) s += pick(r, [...ALPHABET]);
  return s;
}

/** A time with a random granularity: whole day, minute, second or millisecond. */
function instant(r: Rand): number {
  const base = Date.UTC(2020, 0, 1) + Math.floor(r() * 3650) * 86_400_000;
  const unit = pick(r, [0, 60_000, 1000, 1]);
  return unit === 0 ? base + pick(r, [0, -9, 5, -4]) * 3_600_000 : base + Math.floor(r() * 86_400_000 / unit) * unit;
}

function cond(field: string, op: Operator, value?: Condition['value'], caseSensitive = false): Condition {
  return { kind: 'cond', field, op, ...(value === undefined ? {} : { value }), ...(caseSensitive ? { caseSensitive: true } : {}) };
}

/** A condition as the parser would produce it. */
function parserCondition(r: Rand): Condition {
  if (r() < 0.15) {
    const a = instant(r);
    const b = instant(r);
    return pick(r, [
      cond('time', 'between', [Math.min(a, b), Math.max(a, b)]), cond('time', 'after', a), cond('time', 'before', a), cond('time', 'exists'),
    ]);
  }
  const field = pick(r, TEXT_FIELDS);
  const cs = r() < 0.3;
  const op = pick(r, ['eq', 'contains', 'startsWith', 'endsWith', 'matches', 'in', 'exists', ...(field === 'ip' ? ['cidr', 'cidr'] : [])] as Operator[]);
  switch (op) {
    case 'exists': return cond(field, op);
    case 'cidr': return cond(field, op, pick(r, CIDRS));
    case 'matches': return cond(field, op, pick(r, PATTERNS), cs);
    case 'in': return cond(field, op, Array.from({ length: 2 + Math.floor(r() * 3) }, () => text(r, false)), cs);
    case 'eq': return cond(field, op, text(r, false), cs);
    default: return cond(field, op, text(r, true), cs);
  }
}

function parserTree(r: Rand, depth: number): FilterNode {
  const roll = r();
  if (depth >= 3 || roll < 0.45) return parserCondition(r);
  if (roll < 0.6) return { kind: 'not', children: [parserTree(r, depth + 1)] };
  const n = 2 + Math.floor(r() * 3);
  return { kind: roll < 0.8 ? 'and' : 'or', children: Array.from({ length: n }, () => parserTree(r, depth + 1)) };
}

function reparse(tree: FilterNode | null, timeZone: string): FilterNode | null {
  const text = formatQuickSearch(tree, { timeZone });
  const r = parseQuickSearch(text, { timeZone });
  if (!r.ok) throw new Error(`${JSON.stringify(text)}: ${r.error.message} at ${r.error.position}`);
  return r.tree;
}

describe('quick search round trips', () => {
  for (const timeZone of ['UTC', 'Asia/Tokyo', 'America/New_York']) {
    it(`gives back every parser-shaped tree (500 generated, ${timeZone})`, () => {
      const r = rng(timeZone.length * 7919);
      for (let i = 0; i < 500; i++) {
        const tree = parserTree(r, 0);
        expect(validateFilter(tree), JSON.stringify(tree)).toEqual([]);
        expect(reparse(tree, timeZone), formatQuickSearch(tree, { timeZone })).toEqual(tree);
      }
    });
  }

  it('never throws on random text, and every text it accepts validates and round-trips (3,000 generated)', () => {
    const r = rng(7);
    const pieces = ['a', 'OR', 'AND', 'NOT', 'TO', '-', '(', ')', '"', '\\', '*', ':', '/', ' ', 'ip:', 'time:', 'user:', 'CASE(',
      '[', ']', '{', '}', '>', '<=', '2024-05-14', '10.0.0.0/8', 'details.k:', '日'];
    for (let i = 0; i < 3000; i++) {
      const text = Array.from({ length: 1 + Math.floor(r() * 8) }, () => pick(r, pieces)).join('');
      const result = parseQuickSearch(text);
      if (!result.ok) {
        expect(result.error.position).toBeGreaterThanOrEqual(0);
        expect(result.error.position).toBeLessThanOrEqual(text.length);
        continue;
      }
      if (result.tree) expect(validateFilter(result.tree), text).toEqual([]);
      expect(reparse(result.tree, 'UTC'), text).toEqual(result.tree);
    }
  });

  it('gives back null for the empty box', () => {
    expect(formatQuickSearch(null)).toBe('');
    expect(reparse(null, 'UTC')).toBeNull();
  });

  it.each([
    'status:failure ip:203.0.113.0/24 action:(IMAP OR POP3 OR SMTP) -user:k.sato "private key"',
    'a b OR c (d OR e) -(f g) NOT h',
    'time:[2024-05-14 TO 2024-05-15] time:>2024-05-14T10:00 target:*"a b"* user:CASE(Yuki*) details.loginMethod:/sso|saml/',
    'time:{2024-11-03T01:30 TO 2024-11-04T01:45:10.500Z} user:"a \\"b\\"" "C:\\Users" -target:*',
  ])('is a fixed point on %j', (text) => {
    for (const timeZone of ['UTC', 'Asia/Tokyo', 'America/New_York']) {
      const r = parseQuickSearch(text, { timeZone });
      expect(r.ok).toBe(true);
      if (r.ok) expect(reparse(r.tree, timeZone)).toEqual(r.tree);
    }
  });

  it('writes the friendly forms', () => {
    const tree = parseQuickSearch('time:2024-05-14 time:[2024-05-14 TO 2024-05-15] time:<=2024-05-14 user:a*', { timeZone: 'Asia/Tokyo' });
    expect(tree.ok && formatQuickSearch(tree.tree, { timeZone: 'Asia/Tokyo' })).toBe(
      'time:2024-05-14 time:[2024-05-14 TO 2024-05-15] time:<2024-05-15 user:a*',
    );
  });
});

/** Values taken from the sample events, so that builder trees select something. */
const SAMPLE_VALUES = ['failure', 'IMAP', 'imap', 'Inbox/private key.pem', 'private', 'KEY', 'k.sato', 'Yuki Tanaka', 'SAML',
  'C:\\Users\\a*b (copy)', 'export "CSV"', 'OR', 'mail', ''];

function builderCondition(r: Rand): Condition {
  const field = pick(r, ['status', 'action', 'target', 'actor', 'text', 'details.loginMethod', 'ip', 'time']);
  if (field === 'time') {
    const a = Date.UTC(2024, 4, 13 + Math.floor(r() * 4), Math.floor(r() * 24));
    return pick(r, [cond('time', 'between', [a, a + 86_400_000]), cond('time', 'after', a), cond('time', 'before', a), cond('time', 'empty')]);
  }
  const ops: Operator[] = ['eq', 'neq', 'in', 'contains', 'startsWith', 'endsWith', 'matches', 'exists', 'empty', ...(field === 'ip' ? ['cidr' as const] : [])];
  const op = pick(r, ops);
  const cs = r() < 0.5;
  const value = pick(r, SAMPLE_VALUES);
  const c: Condition = { kind: 'cond', field, op, caseSensitive: cs };
  if (op === 'cidr') return { kind: 'cond', field, op, value: pick(r, CIDRS) };
  if (op === 'exists' || op === 'empty') return { kind: 'cond', field, op };
  if (op === 'in') return { ...c, value: SAMPLE_VALUES.filter(() => r() < 0.3).slice(0, 3).concat(value) };
  if (op === 'matches') return { ...c, value: pick(r, ['^i', 'a/b', 'key$', 'sato|tanaka']) };
  if (op !== 'eq' && op !== 'neq' && value === '') return { ...c, value: 'a' };
  return { ...c, value };
}

function builderTree(r: Rand, depth: number): FilterNode {
  const roll = r();
  if (depth >= 3 || roll < 0.4) return builderCondition(r);
  const n = Math.floor(r() * 4);
  const kind = roll < 0.6 ? 'not' : roll < 0.8 ? 'and' : 'or';
  return { kind, children: Array.from({ length: kind === 'not' ? n + 1 : n }, () => builderTree(r, depth + 1)) };
}

describe('builder-made trees', () => {
  it('are written as valid syntax that keeps the same events (500 generated)', () => {
    const r = rng(42);
    for (let i = 0; i < 500; i++) {
      const tree = builderTree(r, 0);
      expect(validateFilter(tree)).toEqual([]);
      const back = reparse(tree, 'Asia/Tokyo');
      const keep = (t: FilterNode | null) => (t === null ? SAMPLE_EVENTS : SAMPLE_EVENTS.filter(compileFilter(t))).map((e) => e.id);
      expect(keep(back), formatQuickSearch(tree, { timeZone: 'Asia/Tokyo' })).toEqual(keep(tree));
    }
  });
});
