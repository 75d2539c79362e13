import { describe, expect, it } from 'vitest';
import { hashId } from '../../../../shared/util/hash';
import { IdSet } from './id-set';

describe('id set', () => {
  it('holds hash ids by their lanes and any other text as text, through growth and deletion', () => {
    const set = new IdSet();
    const ids = Array.from({ length: 100_000 }, (_, i) => hashId(`row ${i}`));
    expect(ids[0]).toMatch(/^[0-9a-z]{22}$/);
    for (const id of ids) expect(set.add(id)).toBe(true);
    expect(set.add(ids[5])).toBe(false);
    expect(set.add('office-1')).toBe(true);
    expect(set.add('office-1')).toBe(false);
    expect(set.size).toBe(100_001);
    expect(ids.every((id) => set.has(id))).toBe(true);
    expect(set.has(hashId('row 100000'))).toBe(false);
    expect(set.has('office-2')).toBe(false);
    // an id differing in one digit of either lane is another id
    const other = (id: string, at: number) => id.slice(0, at) + (id[at] === '0' ? '1' : '0') + id.slice(at + 1);
    expect(set.has(other(ids[7], 3)) || set.has(other(ids[7], 15))).toBe(false);

    for (const id of ids.slice(0, 60_000)) expect(set.delete(id)).toBe(true);
    expect(set.delete(ids[0])).toBe(false);
    expect(set.delete('office-1')).toBe(true);
    expect(set.size).toBe(40_000);
    expect(set.has(ids[0])).toBe(false);
    expect(set.has(ids[99_999])).toBe(true);
    // tombstones are reused and cleared without losing live entries
    for (const id of ids.slice(0, 60_000)) set.add(id);
    for (let round = 0; round < 3; round++) {
      for (const id of ids.slice(0, 50_000)) set.delete(id);
      for (const id of ids.slice(0, 50_000)) set.add(id);
    }
    expect(set.size).toBe(100_000);
    expect(ids.every((id) => set.has(id))).toBe(true);
  });

  it('treats near-miss shapes as plain text', () => {
    const set = new IdSet();
    for (const id of ['ZZZZZZZZZZZZZZZZZZZZZZ', 'zzzzzzzzzzzzzzzzzzzzz', `${'z'.repeat(22)}`, '0'.repeat(22), '']) set.add(id);
    expect(set.size).toBe(5);
    expect(set.has('z'.repeat(22))).toBe(true);
    expect(set.has('0'.repeat(22))).toBe(true);
  });
});
