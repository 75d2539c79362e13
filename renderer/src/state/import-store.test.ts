import { beforeEach, describe, expect, it } from 'vitest';
import type { ImportRecord } from '../../../shared/model/import';
import { useImportStore } from './import-store';

const record = (id: string, fileName: string) => ({ id, fileName, status: 'finished', added: 1 }) as unknown as ImportRecord;
const started = (id: string, fileName: string) => ({ importId: id, fileName, size: 10 });

describe('import store', () => {
  beforeEach(() => useImportStore.setState({ running: {}, finished: [], errors: [], upload: null }));

  it('runs expected imports until each is done, then shows them all', () => {
    const s = useImportStore.getState();
    s.expect([started('a', 'a.csv'), started('b', 'b.csv')]);
    expect(Object.keys(useImportStore.getState().running)).toEqual(['a', 'b']);
    s.done(record('a', 'a.csv'));
    s.done(record('b', 'b.csv'));
    expect(useImportStore.getState().running).toEqual({});
    expect(useImportStore.getState().finished.map((r) => r.id)).toEqual(['a', 'b']);
  });

  it('does not wait for an import that ended before the answer to import.start arrived', () => {
    const s = useImportStore.getState();
    s.done(record('old', 'old.csv')); // the summary of an earlier batch, not dismissed
    s.done(record('a', 'a.csv'));
    s.expect([started('a', 'a.csv'), started('b', 'b.csv')]);
    expect(Object.keys(useImportStore.getState().running)).toEqual(['b']);
    expect(useImportStore.getState().finished.map((r) => r.id)).toEqual(['a']);
    s.done(record('b', 'b.csv'));
    expect(useImportStore.getState().running).toEqual({});
    expect(useImportStore.getState().finished.map((r) => r.id)).toEqual(['a', 'b']);
  });
});
