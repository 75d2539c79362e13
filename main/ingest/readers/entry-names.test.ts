import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeEntryName, normalizeEntryPath, skipReason } from './entry-names';

describe('ZIP entry names', () => {
  it('reads the UTF-8 flag, the Info-ZIP Unicode path field, then UTF-8, CP932, CP437', () => {
    expect(decodeEntryName(Buffer.from('ログ/a.csv'), 0x800)).toEqual({ name: 'ログ/a.csv', encoding: 'utf-8' });
    const legacy = iconv.encode('ログ.csv', 'cp932');
    const unicode = Buffer.concat([Buffer.from([1, 0, 0, 0, 0]), Buffer.from('ログ①.csv')]);
    expect(decodeEntryName(legacy, 0, [{ id: 0x7075, data: unicode }])).toEqual({ name: 'ログ①.csv', encoding: 'utf-8' });
    expect(decodeEntryName(Buffer.from('plain/a.csv'), 0)).toEqual({ name: 'plain/a.csv', encoding: 'ascii' });
    expect(decodeEntryName(Buffer.from('로그.csv'), 0)).toEqual({ name: '로그.csv', encoding: 'utf-8' });
    expect(decodeEntryName(iconv.encode('監査ログ～①②.csv', 'cp932'), 0)).toEqual({ name: '監査ログ～①②.csv', encoding: 'cp932' });
    expect(decodeEntryName(Buffer.from([0x82, 0xa0, 0xff, 0x2e, 0x63]), 0)).toEqual({ name: iconv.decode(Buffer.from([0x82, 0xa0, 0xff, 0x2e, 0x63]), 'cp437'), encoding: 'cp437' });
  });

  it('turns back slashes into folders and drops a leading slash', () => {
    expect(normalizeEntryPath('\\logs\\2024\\a.csv')).toBe('logs/2024/a.csv');
  });

  it('skips macOS metadata, empty, encrypted and non-log entries, and tries everything else', () => {
    expect(skipReason('__MACOSX/logs/._a.csv', 10)).toMatch(/__MACOSX/);
    expect(skipReason('logs/._a.csv', 10)).toMatch(/resource fork/);
    expect(skipReason('logs/.DS_Store', 10)).toMatch(/metadata/);
    expect(skipReason('logs/a.csv', 0)).toBe('empty file');
    expect(skipReason('logs/a.csv', 5, true)).toMatch(/encrypted/);
    expect(skipReason('docs/manual.PDF', 5)).toBe('not a log file (.pdf)');
    for (const name of ['a.csv', 'b.tsv', 'c.txt', 'd.json', 'e.jsonl', 'f.xlsx', 'g.csv.gz', 'export', 'audit.log', 'data.dat']) expect(skipReason(name, 5)).toBe('');
  });
});
