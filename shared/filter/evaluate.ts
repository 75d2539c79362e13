/**
 * The reference evaluator: filter tree → predicate over AuditEvent objects. The DB worker's
 * columnar executor must agree with it on the same fixtures; this one favours plainness over speed.
 *
 * Semantics the executor must share:
 * - text operators ignore case (String.prototype.toLowerCase on both sides) unless caseSensitive;
 * - `actor` is actorName, actorEmail and actorLogin; `text` is TEXT_SEARCH_FIELDS plus every
 *   details value; a positive operator holds when any of those values satisfies it;
 * - a missing `details.<key>` reads as the empty string;
 * - `neq` is exactly `not eq` and `empty` exactly `not exists` (exists = some value is non-empty);
 * - `between [from, to]` is from <= time < to, `after v` is time >= v, `before v` is time < v
 *   (the same half-open convention as Period);
 * - a `not` group negates the `and` of its children;
 * - an empty `and` group is true, an empty `or` group false.
 */
import { AppError } from '../errors';
import type { AuditEvent } from '../model/event';
import { ipInCidr, parseCidr } from './cidr';
import { TEXT_SEARCH_FIELDS, detailsKeyOf } from './fields';
import { compileRegex, testCapped } from './regex-guard';
import type { Condition, FilterNode } from './tree';
import { validateFilter } from './validate';

/** A compiled filter. */
export type EventPredicate = (e: AuditEvent) => boolean;

/** Default for compileFilter's regexBudgetMs: total time one compiled filter may spend in regex tests. */
export const DEFAULT_REGEX_BUDGET_MS = 10_000;

type DirectField = 'sourceId' | 'category' | 'actorName' | 'actorEmail' | 'actorLogin' | 'actorKind' | 'action'
  | 'target' | 'status' | 'statusText' | 'level' | 'ip' | 'serviceType' | 'module' | 'importId';

/** The string values a field holds for one event. */
function valuesOf(e: AuditEvent, field: string): readonly string[] {
  if (field === 'actor') return [e.actorName, e.actorEmail, e.actorLogin];
  if (field === 'text') return [...TEXT_SEARCH_FIELDS.map((f) => e[f]), ...Object.values(e.details)];
  const key = detailsKeyOf(field);
  // hasOwn, not `in`: a key such as `constructor` must not reach Object.prototype.
  if (key !== null) return [Object.hasOwn(e.details, key) ? e.details[key] : ''];
  return [e[field as DirectField]];
}

interface RegexClock { spentMs: number; readonly budgetMs: number }

const now: () => number = typeof performance !== 'undefined' ? () => performance.now() : () => Date.now();

function timedTest(re: RegExp, value: string, clock: RegexClock): boolean {
  const t0 = now();
  const hit = testCapped(re, value);
  clock.spentMs += now() - t0;
  if (clock.spentMs > clock.budgetMs) {
    throw new AppError('invalid-input', `the regex filter ran longer than ${clock.budgetMs} ms; narrow the pattern or the period`, {
      reason: 'regex-budget', pattern: re.source, budgetMs: clock.budgetMs,
    });
  }
  return hit;
}

function anyValue(field: string, test: (v: string) => boolean): EventPredicate {
  return (e) => valuesOf(e, field).some(test);
}

function compileText(c: Condition, clock: RegexClock): EventPredicate {
  const fold = c.caseSensitive ? (s: string) => s : (s: string) => s.toLowerCase();
  const needle = typeof c.value === 'string' ? fold(c.value) : '';
  switch (c.op) {
    case 'eq': return anyValue(c.field, (v) => fold(v) === needle);
    case 'neq': return negate(anyValue(c.field, (v) => fold(v) === needle));
    case 'contains': return anyValue(c.field, (v) => fold(v).includes(needle));
    case 'startsWith': return anyValue(c.field, (v) => fold(v).startsWith(needle));
    case 'endsWith': return anyValue(c.field, (v) => fold(v).endsWith(needle));
    case 'in': {
      const set = new Set((c.value as string[]).map(fold));
      return anyValue(c.field, (v) => set.has(fold(v)));
    }
    case 'matches': {
      const re = compileRegex(c.value as string, c.caseSensitive === true);
      return anyValue(c.field, (v) => timedTest(re, v, clock));
    }
    default: throw new AppError('internal', `not a text operator: ${c.op}`);
  }
}

function negate(p: EventPredicate): EventPredicate {
  return (e) => !p(e);
}

function compileCondition(c: Condition, clock: RegexClock): EventPredicate {
  switch (c.op) {
    case 'exists': case 'empty': {
      const exists: EventPredicate = c.field === 'time' ? (e) => Number.isFinite(e.time) : anyValue(c.field, (v) => v !== '');
      return c.op === 'exists' ? exists : negate(exists);
    }
    case 'before': { const v = c.value as number; return (e) => e.time < v; }
    case 'after': { const v = c.value as number; return (e) => e.time >= v; }
    case 'between': { const [from, to] = c.value as [number, number]; return (e) => e.time >= from && e.time < to; }
    case 'cidr': {
      const parsed = parseCidr(c.value as string);
      if (!parsed.ok) throw new AppError('invalid-input', parsed.error);
      const cidr = parsed.cidr;
      return anyValue(c.field, (v) => ipInCidr(v, cidr));
    }
    default: return compileText(c, clock);
  }
}

function compileNode(n: FilterNode, clock: RegexClock): EventPredicate {
  if (n.kind === 'cond') return compileCondition(n, clock);
  const parts = n.children.map((ch) => compileNode(ch, clock));
  if (n.kind === 'or') return (e) => parts.some((p) => p(e));
  const all: EventPredicate = (e) => parts.every((p) => p(e));
  return n.kind === 'and' ? all : negate(all);
}

/**
 * Compiles a tree once (regexes and CIDR blocks included) into a predicate. Throws AppError
 * `invalid-input` with `details.issues` when validateFilter finds problems. The predicate throws
 * AppError `invalid-input` (`details.reason: 'regex-budget'`) once its regex tests have taken more
 * than `opts.regexBudgetMs` in total (default DEFAULT_REGEX_BUDGET_MS): a query stops instead of
 * hanging. Each value is matched on its first MAX_REGEX_INPUT characters (see regex-guard.ts).
 */
export function compileFilter(tree: FilterNode, opts: { regexBudgetMs?: number } = {}): EventPredicate {
  const issues = validateFilter(tree);
  if (issues.length > 0) throw new AppError('invalid-input', `invalid filter: ${issues.join('; ')}`, { issues });
  return compileNode(tree, { spentMs: 0, budgetMs: opts.regexBudgetMs ?? DEFAULT_REGEX_BUDGET_MS });
}
