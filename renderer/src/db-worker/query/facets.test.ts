import { describe, expect, it } from 'vitest';
import type { FilterNode, Query } from '../../../../shared/filter/tree';
import { incidentEvents } from '../test-support/incident';
import { indexOf } from '../test-support/index-of';
import { selectOf } from '../test-support/select';
import { detailFields } from './detail-fields';
import { facetCounts, valueList } from './facets';

const events = incidentEvents();
const index = indexOf(events);
const q = (filter: FilterNode | null = null): Query => ({ filter, period: {}, sort: { field: 'time', dir: 'desc' } });

describe('facets', () => {
  it('count a details key, events without it under the empty value', async () => {
    const all = await selectOf(index, q());
    expect(facetCounts(index, all, 'details.loginMethod', 10)).toEqual([{ value: '', count: 10 }, { value: 'Password', count: 2 }]);
    expect(facetCounts(index, all, 'details.nothing', 10)).toEqual([{ value: '', count: 12 }]);
  });

  it('count actors by the part a pivot can filter on, labelled with the display text', async () => {
    const all = await selectOf(index, q());
    const actors = facetCounts(index, all, 'actor', 10);
    expect(actors).toEqual([
      { value: 'yuki.tanaka@example.com', count: 5, label: 'Yuki Tanaka (yuki.tanaka@example.com)' },
      { value: 'aiko.suzuki@example.com', count: 3, label: 'Aiko Suzuki (aiko.suzuki@example.com)' },
      { value: 'kenji.sato@example.com', count: 3, label: 'Kenji Sato (kenji.sato@example.com)' },
      { value: 'daniel', count: 1, label: 'daniel' },
    ]);
    for (const a of actors) expect((await selectOf(index, q({ kind: 'cond', field: 'actor', op: 'eq', value: a.value }))).length).toBe(a.count);
  });

  it('refuse fields that have no values to count', async () => {
    const all = await selectOf(index, q());
    expect(() => facetCounts(index, all, 'time', 5)).toThrow(/cannot be used here/);
    expect(() => facetCounts(index, all, 'text', 5)).toThrow(/cannot be used here/);
    expect(() => facetCounts(index, all, 'colour', 5)).toThrow(/unknown field colour/);
  });
});

describe('value lists', () => {
  it('list values containing the prefix, most frequent first, then those that start with it', () => {
    expect(valueList(index, 'serviceType', 'p', 10, null)).toEqual([
      { value: 'PC Web', count: 3 }, { value: 'IMAP', count: 3 }, { value: 'POP3', count: 1 }, { value: 'SMTP', count: 1 },
    ]);
    expect(valueList(index, 'serviceType', 'P', 1, null)).toEqual([{ value: 'PC Web', count: 3 }]);
  });

  it('list the names, emails and logins of actors, never the empty value', () => {
    expect(valueList(index, 'actor', 'yu', 10, null)).toEqual([{ value: 'Yuki Tanaka', count: 5 }, { value: 'yuki.tanaka@example.com', count: 5 }]);
    expect(valueList(index, 'actorLogin', '', 10, null)).toEqual([{ value: 'daniel', count: 1 }]);
    expect(valueList(index, 'target', '', 10, null)).toEqual([{ value: 'yuki.tanaka@example.com', count: 1 }]);
  });

  it('list the values of a details key, and over a query only', async () => {
    expect(valueList(index, 'details.service', 'con', 10, null)).toEqual([{ value: 'Contacts', count: 1 }]);
    const failures = await selectOf(index, q({ kind: 'cond', field: 'status', op: 'eq', value: 'failure' }));
    expect(valueList(index, 'serviceType', '', 10, failures)).toEqual([{ value: 'IMAP', count: 2 }, { value: 'POP3', count: 1 }, { value: 'SMTP', count: 1 }]);
  });
});

describe('details fields', () => {
  it('list the keys with how many events have them and from which sources', () => {
    expect(detailFields(index)).toEqual([
      { key: 'loginMethod', count: 2, sources: ['naverworks.login'] },
      { key: 'formula', count: 1, sources: ['naverworks.admin'] },
      { key: 'service', count: 1, sources: ['naverworks.admin'] },
    ]);
    expect(detailFields(indexOf([]))).toEqual([]);
  });
});
