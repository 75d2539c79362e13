import { describe, expect, it } from 'vitest';
import { detailFields } from '../query/detail-fields';
import { sourceSummaries } from '../query/summaries';
import { ev } from '../test-support/incident';
import { appendEvents, indexOf } from '../test-support/index-of';

describe('aggregates extended as events arrive', () => {
  it('add appended events, and start over after a rollback', () => {
    const index = indexOf([ev({ time: 10, details: { a: '1' } }), ev({ time: 20 })], 'imp_a');
    expect(sourceSummaries(index)).toEqual([{ sourceId: 'naverworks.login', category: 'Login', count: 2, minTime: 10, maxTime: 20 }]);
    expect(detailFields(index)).toEqual([{ key: 'a', count: 1, sources: ['naverworks.login'] }]);

    appendEvents(index, [ev({ time: 5, sourceId: 'kintone.audit', category: 'App', details: { a: '2', b: 'x' } }), ev({ time: 30, details: { b: 'y' } })], 'imp_b');
    expect(sourceSummaries(index)).toEqual([
      { sourceId: 'kintone.audit', category: 'App', count: 1, minTime: 5, maxTime: 5 },
      { sourceId: 'naverworks.login', category: 'Login', count: 3, minTime: 10, maxTime: 30 },
    ].sort((x, y) => y.count - x.count));
    expect(detailFields(index)).toEqual([
      { key: 'a', count: 2, sources: ['kintone.audit', 'naverworks.login'] },
      { key: 'b', count: 2, sources: ['kintone.audit', 'naverworks.login'] },
    ]);

    index.removeImport('imp_a');
    expect(sourceSummaries(index).map((s) => [s.sourceId, s.count, s.minTime, s.maxTime])).toEqual([['kintone.audit', 1, 5, 5], ['naverworks.login', 1, 30, 30]]);
    expect(detailFields(index)).toEqual([{ key: 'b', count: 2, sources: ['kintone.audit', 'naverworks.login'] }, { key: 'a', count: 1, sources: ['kintone.audit'] }]);
  });
});
