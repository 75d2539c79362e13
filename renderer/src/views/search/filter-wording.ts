/**
 * The search in words in the UI language: shared/filter/describe.ts keeps the structure, quoting
 * and time formatting; the templates and field labels come from the i18n dictionaries.
 */
import type { FilterWording } from '../../../../shared/filter/describe';
import { OPERATORS, type Operator } from '../../../../shared/filter/tree';
import { template as tpl, type MessageKey } from '../../i18n/messages';
import { fieldLabelOf } from './use-suggestions';

/** Built on each call so that a language change takes effect at once (a few dozen lookups). */
export function filterWording(): FilterWording {
  const ops = Object.fromEntries(OPERATORS.map((op) => [op, tpl(`words.${op}` as MessageKey)])) as Record<Operator, string>;
  return {
    ops,
    caseSensitive: tpl('words.caseSensitive'), and: tpl('words.and'), or: tpl('words.or'), not: tpl('words.not'),
    all: tpl('words.all'), none: tpl('words.none'), listSeparator: tpl('words.listSeparator'), field: fieldLabelOf,
  };
}
