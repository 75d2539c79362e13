/**
 * Regular expressions typed by analysts run over attacker-controlled log text, and a JavaScript
 * regex cannot be interrupted once it starts. So we bound each run instead of timing it out:
 *  1. patterns are capped at MAX_REGEX_PATTERN characters;
 *  2. a repeated group that itself repeats or holds alternatives — `(a+)+`, `(a*)*`, `(a|ab)*`,
 *     `(?:x+){2,}` — is refused: those are the shapes with exponential backtracking. This is
 *     deliberately conservative (it also refuses the harmless `(GET|POST)+`); an exact count
 *     `{n}` is allowed, so `(\d{1,3}\.){3}` passes;
 *  3. each value is tested on its first MAX_REGEX_INPUT characters only, which bounds the
 *     polynomial cases (`.*a.*a.*b`) that no static check catches;
 *  4. the evaluator adds up the time spent in regex tests and stops the query past its budget.
 */

/** Longest pattern accepted, in characters. */
export const MAX_REGEX_PATTERN = 1000;
/** A value is matched on its first this-many characters only. */
export const MAX_REGEX_INPUT = 4096;

interface Frame { start: number; quantified: boolean; alternation: boolean }

/** Length of the quantifier at `i` (0 when none) and whether it can repeat without a fixed count. */
function quantifierAt(p: string, i: number): { length: number; repeats: boolean } {
  const c = p[i];
  if (c === '*' || c === '+') return { length: p[i + 1] === '?' ? 2 : 1, repeats: true };
  if (c === '?') return { length: p[i + 1] === '?' ? 2 : 1, repeats: false };
  if (c !== '{') return { length: 0, repeats: false };
  // Outside unicode mode a `{` that does not form `{n}`, `{n,}` or `{n,m}` is a literal brace.
  const m = /^\{(\d+)(,(\d*))?\}/.exec(p.slice(i));
  if (!m) return { length: 0, repeats: false };
  const lazy = p[i + m[0].length] === '?' ? 1 : 0;
  const exact = m[2] === undefined || (m[3] !== '' && m[3] === m[1]);
  return { length: m[0].length + lazy, repeats: !exact };
}

/** Index just past a character class starting at `i` (`[`). */
function skipClass(p: string, i: number): number {
  let j = i + 1;
  while (j < p.length && p[j] !== ']') j += p[j] === '\\' ? 2 : 1;
  return j + 1;
}

/** Length of a group opener's prefix: `(?:`, `(?=`, `(?!`, `(?<=`, `(?<!`, `(?<name>`. */
function groupPrefixLength(p: string, i: number): number {
  if (p[i + 1] !== '?') return 1;
  if (p[i + 2] === '<' && p[i + 3] !== '=' && p[i + 3] !== '!') {
    const close = p.indexOf('>', i);
    return close < 0 ? 1 : close - i + 1;
  }
  return p[i + 2] === '<' ? 4 : 3;
}

/** The nested-repetition check on a pattern that compiles: the offending group, or null when it passes. */
function nestedRepetition(p: string): string | null {
  const stack: Frame[] = [{ start: 0, quantified: false, alternation: false }];
  let i = 0;
  while (i < p.length) {
    const c = p[i];
    if (c === '\\') { i += 2; continue; }
    if (c === '[') { i = skipClass(p, i); continue; }
    if (c === '(') { stack.push({ start: i, quantified: false, alternation: false }); i += groupPrefixLength(p, i); continue; }
    if (c === '|') { stack[stack.length - 1].alternation = true; i++; continue; }
    const top = stack[stack.length - 1];
    if (c === ')') {
      const inner = stack.pop() ?? { start: 0, quantified: false, alternation: false };
      const parent = stack[stack.length - 1] ?? top;
      const q = quantifierAt(p, i + 1);
      if (q.repeats && (inner.quantified || inner.alternation)) {
        return p.slice(inner.start, i + 1 + q.length);
      }
      parent.quantified ||= inner.quantified || q.length > 0;
      parent.alternation ||= inner.alternation;
      i += 1 + q.length;
      continue;
    }
    const q = quantifierAt(p, i);
    if (q.length > 0) { top.quantified = true; i += q.length; continue; }
    i++;
  }
  return null;
}

/** Why a pattern is refused: an English `message`, and a code with parameters for other languages. */
export interface RegexProblem {
  code: 'too-long' | 'invalid' | 'nested-repetition';
  params: Record<string, string>;
  message: string;
}

/**
 * Why a pattern is refused, or null when it may run: too long, not a valid JavaScript regex (the
 * engine's own words, in `params.problem`), or a nested repetition (see the module header).
 */
export function regexProblem(pattern: string): RegexProblem | null {
  if (pattern.length > MAX_REGEX_PATTERN) {
    return { code: 'too-long', params: { max: String(MAX_REGEX_PATTERN) }, message: `the pattern is longer than ${MAX_REGEX_PATTERN} characters` };
  }
  try {
    new RegExp(pattern);
  } catch (err) {
    const problem = err instanceof Error ? err.message : String(err);
    return { code: 'invalid', params: { problem }, message: problem };
  }
  const group = nestedRepetition(pattern);
  if (group === null) return null;
  const message = `${group} repeats a group that itself repeats or has alternatives, which can take exponential time on some text; rewrite it without the outer repetition`;
  return { code: 'nested-repetition', params: { group }, message };
}

/** The English message of regexProblem, or null when the pattern may run. */
export function checkRegex(pattern: string): string | null {
  return regexProblem(pattern)?.message ?? null;
}

/** Compiles a pattern that passed checkRegex: case-insensitive unless asked otherwise, no `g` (no lastIndex state). */
export function compileRegex(pattern: string, caseSensitive: boolean): RegExp {
  return new RegExp(pattern, caseSensitive ? '' : 'i');
}

/** Tests a value against a compiled pattern on its first MAX_REGEX_INPUT characters. */
export function testCapped(re: RegExp, value: string): boolean {
  return re.test(value.length > MAX_REGEX_INPUT ? value.slice(0, MAX_REGEX_INPUT) : value);
}
