import { afterEach, describe, expect, it, vi } from 'vitest';
import { dataChangedInterval, latestOnly } from './context';
import type { ImportProgressEvent } from './protocol';

const progress = (importId: string, read: number): ImportProgressEvent => ({
  type: 'import-progress', importId, fileName: `${importId}.csv`, read, rejected: 0, added: read, duplicates: 0, bytesRead: read, bytesTotal: 100,
});

describe('UI updates during an import', () => {
  afterEach(() => { vi.useRealTimers(); });

  it('sends progress at most every 250 ms per import, never losing the newest figures', () => {
    vi.useFakeTimers();
    const sent: ImportProgressEvent[] = [];
    const emit = latestOnly((e) => sent.push(e), 250);
    emit(progress('a', 1));
    emit(progress('a', 2));
    emit(progress('b', 1));
    emit(progress('a', 3));
    expect(sent.map((e) => [e.importId, e.read])).toEqual([['a', 1], ['b', 1]]);
    vi.advanceTimersByTime(250);
    expect(sent.map((e) => [e.importId, e.read])).toEqual([['a', 1], ['b', 1], ['a', 3]]);
    vi.advanceTimersByTime(1000);
    expect(sent).toHaveLength(3);
    emit(progress('a', 4));
    expect(sent.at(-1)?.read).toBe(4);
  });

  it('refreshes the data views every 2 s, less often as the data grows (5 s from a million events)', () => {
    expect([0, 400_000, 600_000, 1_000_000, 5_000_000].map(dataChangedInterval)).toEqual([2000, 2000, 3000, 5000, 5000]);
  });
});
