import { describe, expect, it } from 'vitest';
import { checkWorkerOptions } from './messages';

const ok = { filePath: '/tmp/a.csv', fileName: 'a.csv', importId: 'imp_1', timeZone: 'Asia/Tokyo' };

describe('checkWorkerOptions', () => {
  it('accepts the options main sends', () => {
    expect(checkWorkerOptions(ok)).toBeNull();
    expect(checkWorkerOptions({ ...ok, batchSize: 100, csvThreadMinBytes: 0 })).toBeNull();
  });

  it('names the field that is wrong', () => {
    expect(checkWorkerOptions(null)).toBe('workerData is not an object');
    expect(checkWorkerOptions({ ...ok, fileName: 3 })).toBe('workerData.fileName is not a string');
    expect(checkWorkerOptions({ ...ok, csvThreadMinBytes: -1 })).toBe('workerData.csvThreadMinBytes is not a whole number of bytes');
    expect(checkWorkerOptions({ ...ok, csvThreadMinBytes: '8' })).toBe('workerData.csvThreadMinBytes is not a whole number of bytes');
  });
});
