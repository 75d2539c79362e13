import { describe, expect, it } from 'vitest';
import { csvLine, neutralizeCell, quoteCell } from './csv';

describe('csv writer', () => {
  it.each([
    ['=HYPERLINK("x")', `'=HYPERLINK("x")`],
    ['+1', "'+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', "'\rcmd"],
    ['plain', 'plain'],
    ['a=b', 'a=b'],
    ['', ''],
  ])('neutralizes %j', (input, expected) => {
    expect(neutralizeCell(input)).toBe(expected);
  });
  it('quotes commas, quotes and newlines only', () => {
    expect(quoteCell('a,b')).toBe('"a,b"');
    expect(quoteCell('say "hi"')).toBe('"say ""hi"""');
    expect(quoteCell('two\nlines')).toBe('"two\nlines"');
    expect(quoteCell('plain')).toBe('plain');
  });
  it('neutralizes before quoting and ends rows with CRLF', () => {
    expect(csvLine(['=1+2', 'x,y', '田中'])).toBe(`'=1+2,"x,y",田中\r\n`);
  });
});
