/**
 * Runs a `matches` condition over dictionary texts (one test per distinct value, never per event)
 * and returns a match table per list. A JavaScript regex cannot be interrupted once it runs, and
 * the nested-repetition check (shared/filter/regex-guard.ts) does not catch polynomial patterns
 * such as `.*a.*a.*a.*b` on long values; so in the app the tests run in a worker of their own that
 * is terminated when the budget is spent (worker-runner.ts). This in-thread runner, for tests and
 * runtimes without workers, checks the budget between values.
 */
import { AppError } from '../../../../shared/errors';
import { compileRegex, testCapped } from '../../../../shared/filter/regex-guard';
import type { CancelToken } from '../query/cancel';

/** What one query may spend on regular expressions, in ms. */
export const REGEX_BUDGET_MS = 2000;

/** Texts to test, aligned with dictionary codes. `key` names the list (dictionary and view) for mirroring. */
export interface RegexList { key: string; texts: readonly string[] }

export interface RegexRunner {
  /**
   * Tables (1 = the text matches) for each list. Rejects with `invalid-input` past `budgetMs`, or
   * with the token's reason when cancelled.
   */
  tables(pattern: string, caseSensitive: boolean, lists: RegexList[], budgetMs: number, token: CancelToken): Promise<Uint8Array[]>;
  dispose(): void;
}

export function regexTimeout(budgetMs: number): AppError {
  return new AppError('invalid-input', `the regular expression took longer than ${budgetMs} ms; make it more specific`, { reason: 'regex-budget', budgetMs });
}

/** Fills the tables in this thread, checking the clock every 256 texts. */
export function matchTables(pattern: string, caseSensitive: boolean, lists: readonly { texts: readonly string[] }[], budgetMs: number): Uint8Array[] {
  const re = compileRegex(pattern, caseSensitive);
  const started = performance.now();
  return lists.map(({ texts }) => {
    const table = new Uint8Array(texts.length);
    for (let code = 0; code < texts.length; code++) {
      if (testCapped(re, texts[code])) table[code] = 1;
      if ((code & 255) === 255 && performance.now() - started > budgetMs) throw regexTimeout(budgetMs);
    }
    return table;
  });
}

export const inThreadRegexRunner: RegexRunner = {
  async tables(pattern, caseSensitive, lists, budgetMs, token) {
    token.check();
    return matchTables(pattern, caseSensitive, lists, budgetMs);
  },
  dispose() {},
};
