import { describe, expect, it } from 'vitest';
import { ev } from '../test-support/incident';
import { appendEvents, idsAt, indexOf } from '../test-support/index-of';
import { selectOf } from '../test-support/select';
import { MAX_DETAIL_KEYS } from './detail-columns';

const valueAt = (index: ReturnType<typeof indexOf>, key: string, p: number) => {
  const col = index.details.get(key)!;
  return col.dict.values[col.codes[p]];
};

describe('details columns', () => {
  it('encode each key per event, widening the codes as values grow', () => {
    const events = Array.from({ length: 300 }, (_, i) => ev({ time: i, details: { requestId: `r-${i}`, method: i % 2 ? 'GET' : 'POST' } }));
    const index = indexOf(events, 'imp_a', 100);
    expect(index.details.get('method')!.codes).toBeInstanceOf(Uint8Array);
    expect(index.details.get('requestId')!.codes).toBeInstanceOf(Uint16Array);
    expect([valueAt(index, 'requestId', 0), valueAt(index, 'requestId', 299), valueAt(index, 'method', 1)]).toEqual(['r-0', 'r-299', 'GET']);
  });

  it('forget the values of a rolled-back import, so later events do not inherit them', async () => {
    const index = indexOf([ev({ id: 'a1', time: 1, details: { tag: 'x' } }), ev({ id: 'a2', time: 2, details: { tag: 'y' } })], 'imp_a');
    appendEvents(index, [ev({ id: 'b1', time: 3 })], 'imp_b');
    index.removeImport('imp_a');
    appendEvents(index, [ev({ id: 'c1', time: 4 }), ev({ id: 'c2', time: 5 })], 'imp_c');
    expect(index.size).toBe(3);
    expect([0, 1, 2].map((p) => valueAt(index, 'tag', p))).toEqual(['', '', '']);
    const tagged = await selectOf(index, { filter: { kind: 'cond', field: 'details.tag', op: 'exists' }, period: {}, sort: { field: 'time', dir: 'desc' } });
    expect(tagged.length).toBe(0);
  });

  it('index at most MAX_DETAIL_KEYS keys and refuse conditions on the others by name', async () => {
    const many = Object.fromEntries(Array.from({ length: MAX_DETAIL_KEYS + 5 }, (_, i) => [`k${String(i).padStart(3, '0')}`, 'v']));
    const events = [ev({ id: 'wide', time: 1, details: many })];
    const index = indexOf(events);
    expect(index.details.byKey.size).toBe(MAX_DETAIL_KEYS);
    expect(index.details.refused.size).toBe(5);
    const q = (field: string) => ({ filter: { kind: 'cond' as const, field, op: 'eq' as const, value: 'v' }, period: {}, sort: { field: 'time', dir: 'desc' as const } });
    expect(idsAt(events, await selectOf(index, q('details.k000')))).toEqual(['wide']);
    const refused = [...index.details.refused][0];
    await expect(selectOf(index, q(`details.${refused}`))).rejects.toMatchObject({ code: 'not-supported', message: expect.stringContaining(`details.${refused} cannot be searched`) });
  });
});
