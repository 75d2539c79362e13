import { describe, expect, it } from 'vitest';
import { CsvRecordReader, RecordTooLongError, type RecordIssue } from './csv-records';

type Rec = [fields: string[], raw: string, line: number, issue: RecordIssue];

function read(text: string, chunk = text.length || 1, max?: number): Rec[] {
  const out: Rec[] = [];
  const r = new CsvRecordReader((f, raw, line, issue) => out.push([f, raw, line, issue]), max);
  for (let i = 0; i < text.length; i += chunk) r.push(text.slice(i, i + chunk));
  r.end();
  return out;
}

describe('CsvRecordReader', () => {
  const text = 'a,b,c\n1,"two\nlines",3\n\n4,"say ""hi""",6\n"x,y",,z';

  it('gives fields, raw text and the physical line each record starts on', () => {
    expect(read(text)).toEqual([
      [['a', 'b', 'c'], 'a,b,c', 1, ''],
      [['1', 'two\nlines', '3'], '1,"two\nlines",3', 2, ''],
      [[''], '', 4, ''],
      [['4', 'say "hi"', '6'], '4,"say ""hi""",6', 5, ''],
      [['x,y', '', 'z'], '"x,y",,z', 6, ''],
    ]);
  });

  it('gives the same records whatever the chunking', () => {
    const whole = read(text);
    for (const chunk of [1, 2, 3, 7]) expect(read(text, chunk)).toEqual(whole);
  });

  it('reads CRLF and CR line ends, counting lines inside quoted fields', () => {
    expect(read('a,b\r\n"1\r\n2",3\r\n4,5\r\n', 3).map(([f, , line]) => [f, line])).toEqual([[['a', 'b'], 1], [['1\r\n2', '3'], 2], [['4', '5'], 4]]);
    expect(read('a,b\r1,2\r').map(([f, , line]) => [f, line])).toEqual([[['a', 'b'], 1], [['1', '2'], 2]]);
  });

  it('drops the CR of a CRLF line in a file that began with LF', () => {
    expect(read('a,b\n1,2\r\n3,4\n').map(([f, raw]) => [f, raw])).toEqual([[['a', 'b'], 'a,b'], [['1', '2'], '1,2'], [['3', '4'], '3,4']]);
  });

  it('removes a BOM at the start of a line (glued exports) so a quote after it still counts', () => {
    expect(read('a,b\n1,2\n\uFEFF"a","b"\n', 4).map(([f, raw]) => [f, raw])).toEqual([[['a', 'b'], 'a,b'], [['1', '2'], '1,2'], [['a', 'b'], '"a","b"']]);
  });

  it('reports an unterminated quote at the end and malformed quotes', () => {
    expect(read('a,b\n1,"open\nrest').at(-1)).toEqual([['1', 'open\nrest'], '1,"open\nrest', 2, 'unterminated']);
    expect(read('a,b\n"x"y,2\n3,"4"\n').at(-1)).toEqual([['x"y,2\n3,"4'], '"x"y,2\n3,"4"', 2, 'malformed']);
  });

  it('takes the line ending from the first line end outside a quoted field', () => {
    expect(read('a,"x\r\ny"\n1,2\n').map(([f, , line]) => [f, line])).toEqual([[['a', 'x\r\ny'], 1], [['1', '2'], 3]]);
    expect(read('a"b,c\r\n1,2\r\n').map(([f, , line]) => [f, line])).toEqual([[['a"b', 'c'], 1], [['1', '2'], 2]]);
  });

  it('splits tab-separated text when the header has more tabs than commas', () => {
    expect(read('a\tb\tc,d\n1\t2\t3,4\n').map(([f]) => f)).toEqual([['a', 'b', 'c,d'], ['1', '2', '3,4']]);
  });

  it('stops a record that outgrows the limit', () => {
    expect(() => read(`a,b\n"${'x'.repeat(100)}`, 10, 50)).toThrow(RecordTooLongError);
    expect(() => read(`a,b\n${'x'.repeat(60)},1\n`, 1000, 50)).toThrow('line 2 is longer');
  });
});
