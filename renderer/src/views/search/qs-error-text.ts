/**
 * Quick-search errors in the UI language: the parser's code and parameters fill the `qs.err.<code>`
 * template; parameters (a field, a date, a character as typed) are never translated. The few
 * problems the box can meet only when the parsed tree is checked (validateFilter, which words them
 * in English with a tree path) are recognised here and worded the same way.
 */
import { fill } from '../../../../shared/filter/describe';
import { QUICK_SEARCH_ERROR_CODES, type QuickSearchErrorCode } from '../../../../shared/filter/quick-search-error';
import type { FilterNode } from '../../../../shared/filter/tree';
import { validateFilter } from '../../../../shared/filter/validate';
import { template as tpl, type MessageKey } from '../../i18n/messages';

/** Problems of a parsed tree, found by validateFilter, that quick-search text can produce. */
export const QS_CHECK_CODES = ['empty-text', 'tree-too-deep'] as const;
export type QsErrorCode = QuickSearchErrorCode | (typeof QS_CHECK_CODES)[number];
/** Every code that has `qs.err.<code>` texts. */
export const QS_ERROR_CODES: readonly QsErrorCode[] = [...QUICK_SEARCH_ERROR_CODES, ...QS_CHECK_CODES];

/** `position` is 0-based; null when the problem is the whole query (a check after parsing). */
export interface QsError {
  /** English, shown as it is when there is no code */
  message: string;
  position: number | null;
  code?: QsErrorCode;
  params?: Record<string, string>;
}

/** The message in the current UI language. */
export function qsErrorText(e: QsError): string {
  return e.code === undefined ? e.message : fill(tpl(`qs.err.${e.code}` as MessageKey), e.params ?? {});
}

// validate.ts words these (after a `filter.children[…] (field op): ` path); its tests pin the wording
const CHECKS: readonly { re: RegExp; code: QsErrorCode; params: (m: RegExpExecArray) => Record<string, string> }[] = [
  { re: /\(text contains\): "contains" needs non-empty text$/, code: 'empty-text', params: () => ({}) },
  { re: /: nested more than (\d+) levels deep$/, code: 'tree-too-deep', params: (m) => ({ max: m[1] }) },
];

/** The first problem of a parsed tree, coded when it is one the box can produce; null when it can run. */
export function treeProblem(tree: FilterNode): QsError | null {
  const problems = validateFilter(tree);
  if (problems.length === 0) return null;
  const message = problems[0];
  for (const check of CHECKS) {
    const m = check.re.exec(message);
    if (m) return { message, position: null, code: check.code, params: check.params(m) };
  }
  return { message, position: null };
}
