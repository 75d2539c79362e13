/**
 * The errors of quick search. Each carries its English message (the CLI prints it), a code and
 * the parameters of the message, so that the UI can say the same in its own language
 * (renderer/src/i18n: `qs.err.<code>`, filled with `params`).
 */

/** Every error code the quick-search parser gives, in the order of the grammar. */
export const QUICK_SEARCH_ERROR_CODES = [
  'unknown-time-zone',
  'unmatched-close-paren',
  'empty-parens',
  'unclosed-paren',
  'too-deep',
  'or-needs-term-before',
  'or-needs-term-after',
  'and-needs-term-before',
  'and-needs-term-after',
  'dash-needs-term',
  'not-needs-term',
  'unknown-field',
  'missing-details-key',
  'missing-value',
  'unclosed-quote',
  'paren-in-value',
  'misplaced-wildcard',
  'lone-wildcard',
  'bad-regex',
  'regex-too-long',
  'regex-nested-repetition',
  'empty-list',
  'expected-or-in-list',
  'or-needs-value',
  'nested-list',
  'compare-time-only',
  'cidr-extra-slash',
  'cidr-not-an-address',
  'cidr-bad-prefix',
  'cidr-prefix-too-long',
  'missing-date',
  'missing-date-after',
  'bad-date',
  'unexpected-after-date',
  'missing-range-start',
  'expected-to',
  'missing-range-end',
  'unclosed-range',
  'expected-range-close',
  'range-ends-before-start',
] as const;

/** What went wrong, independent of the language it is told in. */
export type QuickSearchErrorCode = (typeof QUICK_SEARCH_ERROR_CODES)[number];

/** A syntax error at a 0-based character position. */
export class QuickSearchError extends Error {
  /**
   * @param message the English message, as the CLI shows it
   * @param params the values the message names (a field, a character, a date…), as typed
   */
  constructor(
    readonly code: QuickSearchErrorCode,
    message: string,
    readonly position: number,
    readonly params: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'QuickSearchError';
  }
}
