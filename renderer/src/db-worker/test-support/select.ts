/** The selection of a query as the worker computes it, for tests: regexes in this thread, never cancelled. */
import type { Query } from '../../../../shared/filter/tree';
import type { EventIndex } from '../index/event-index';
import { NOT_CANCELLED } from '../query/cancel';
import { select, type SelectOptions } from '../query/execute';
import { inThreadRegexRunner } from '../regex/regex-runner';

export const TEST_SELECT: SelectOptions = { regex: inThreadRegexRunner, token: NOT_CANCELLED };

export function selectOf(index: EventIndex, query: Query): Promise<Int32Array> {
  return select(index, query, TEST_SELECT);
}
