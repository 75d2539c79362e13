import { describe, expect, it } from 'vitest';
import { mappingKey, restoreMappings, useMappingStore } from './mapping-store';

const m = (name: string, signature = ['a', 'b']) => ({ name, kind: 'table', signature, time: { column: 'a' } });

describe('saved column mappings', () => {
  it('restores through the schema: damaged entries dropped, one per kind and signature (the later wins)', () => {
    const list = restoreMappings([m('One'), { name: 'broken' }, m('Two', ['B', 'A']), m('Three', ['a', 'c']), 42]);
    expect(list.map((x) => x.name)).toEqual(['Two', 'Three']);
    expect(restoreMappings(undefined)).toEqual([]);
    expect(restoreMappings({ not: 'a list' })).toEqual([]);
  });

  it('saves by replacing the mapping of the same columns; removes by key', () => {
    const [one, two] = restoreMappings([m('One'), m('Other', ['a', 'y'])]);
    const store = useMappingStore.getState();
    store.load([one, two]);
    store.save({ ...one, name: 'Renamed' });
    expect(useMappingStore.getState().mappings.map((x) => x.name)).toEqual(['Other', 'Renamed']);
    store.remove(mappingKey(two));
    expect(useMappingStore.getState().mappings.map((x) => x.name)).toEqual(['Renamed']);
  });
});
