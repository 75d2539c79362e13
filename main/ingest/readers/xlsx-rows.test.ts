import { describe, expect, it } from 'vitest';
import { rowToCsv, serialToWallText } from './xlsx-rows';

describe('Excel date serials', () => {
  it('are wall-clock times, to the nearest second, in the 1900 and 1904 systems', () => {
    expect(serialToWallText(45426.5)).toBe('2024-05-14 12:00:00');
    expect(serialToWallText(45426 + (2 * 3600 + 31 * 60 + 18) / 86400)).toBe('2024-05-14 02:31:18');
    expect(serialToWallText(45426.99999999)).toBe('2024-05-15 00:00:00');
    expect(serialToWallText(1)).toBe('1900-01-01 00:00:00');
    expect(serialToWallText(61)).toBe('1900-03-01 00:00:00');
    expect(serialToWallText(43964.5, true)).toBe('2024-05-14 12:00:00');
  });

  it('rows are kept as CSV text', () => {
    expect(rowToCsv(['a', 'b,c', 'say "hi"', 'two\nlines'])).toBe('a,"b,c","say ""hi""","two\nlines"');
  });
});
