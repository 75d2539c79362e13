import { describe, expect, it } from 'vitest';
import { makeZip } from '../test-zip';
import { sniffBytes, sniffText } from './format-sniff';

describe('format sniffing', () => {
  const zipOf = (first: string) => makeZip([{ name: first, data: 'x' }]);

  it('tells gzip, ZIP, workbook and tar apart by content; the name settles .zip and .xlsx', () => {
    expect(sniffBytes(Buffer.from([0x1f, 0x8b, 8, 0]), 'a.csv')).toBe('gzip');
    expect(sniffBytes(zipOf('[Content_Types].xml'), 'report')).toBe('xlsx');
    expect(sniffBytes(zipOf('xl/workbook.xml'), 'report.bin')).toBe('xlsx');
    expect(sniffBytes(zipOf('xl/workbook.xml'), 'export.zip')).toBe('zip');
    expect(sniffBytes(zipOf('logs/a.csv'), 'export')).toBe('zip');
    expect(sniffBytes(zipOf('logs/a.csv'), 'book.XLSX')).toBe('xlsx');
    const tar = Buffer.alloc(512);
    tar.write('ustar', 257, 'latin1');
    expect(sniffBytes(tar, 'a.tar')).toBe('tar');
    expect(sniffBytes(Buffer.from('Date,User\n'), 'a.csv')).toBe('other');
  });

  it('tells JSON from delimited text by the first character that is not space or a BOM', () => {
    expect(sniffText('\uFEFF  \n[{"a":1}]')).toBe('json');
    expect(sniffText('{"a":1}\n')).toBe('json');
    expect(sniffText('\uFEFFDate,User')).toBe('delimited');
    expect(sniffText(' \r\n ')).toBeNull();
  });
});
