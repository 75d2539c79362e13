/**
 * Property: records packed by the parsing thread and unpacked by the ingest thread are the records
 * the reader gave — fields, raw text, line and issue — whatever the quoting (doubled quotes, a
 * quote after text, a field that never closes), line ends, BOMs at line starts, delimiter and
 * the way the text was cut into pushes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RecordPacker, unpackRecords } from './csv-record-pack';
import { CsvRecordReader, type RecordIssue } from './csv-records';

const UNITS = ['a', 'Z', '0', ' ', ',', '\t', '"', '\n', '\r', '\r\n', '日', '😀', '\uFEFF'];
const field = fc.array(fc.constantFrom(...UNITS), { maxLength: 6 }).map((u) => u.join(''));

/** A cell written well (quoted when needed, or always), or as found in damaged files. */
function cell(value: string, how: number, sep: string): string {
  const plain = !/["\r\n]/.test(value) && !value.includes(sep);
  if (how === 0 && plain) return value;
  if (how === 3) return `"${value}"x`; // text after the closing quote
  if (how === 4) return `${value}"${value}`; // a quote inside an unquoted field
  return `"${value.replace(/"/g, '""')}"`;
}

interface Rec { fields: string[]; raw: string; line: number; issue: RecordIssue }

describe('RecordPacker and unpackRecords (property)', () => {
  it('give back every record as the reader gave it', () => {
    fc.assert(fc.property(
      fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 10 }),
      fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 30 }),
      fc.constantFrom(',', '\t'), fc.constantFrom('\n', '\r\n', '\r'), fc.boolean(),
      fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 10 }),
      (rows, hows, sep, eol, unterminated, sizes) => {
        let h = 0;
        const lines = rows.map((r) => r.map((v) => cell(v, hows[h++ % hows.length], sep)).join(sep));
        // the first line decides the delimiter: a header of plain names, as real files have
        const text = ['name1', 'name2', 'name3'].join(sep) + eol + lines.join(eol) + (unterminated ? `${eol}"open` : '');

        const direct: Rec[] = [];
        const packed: Rec[] = [];
        const packer = new RecordPacker();
        const reader: CsvRecordReader = new CsvRecordReader((fields, raw, line, issue, at) => {
          direct.push({ fields: [...fields], raw, line, issue });
          packer.add(reader.input, fields, raw, line, issue, at, reader.fieldDelimiter.charCodeAt(0));
        });
        const drain = () => {
          const p = packer.take();
          if (p) unpackRecords(p, (fields, raw, line, issue) => packed.push({ fields, raw, line, issue }), () => {});
        };
        for (let at = 0, i = 0; at < text.length; i++) {
          const next = Math.min(text.length, at + sizes[i % sizes.length]);
          reader.push(text.slice(at, next));
          drain();
          at = next;
        }
        reader.end();
        drain();
        expect(packed).toEqual(direct);
      },
    ), { numRuns: 600 });
  });

  it('does not take a quoted field with doubled quotes for a plain one when its quotes line up', () => {
    // the field "X", is written """X"","; its last quote and comma sit where an unescaped
    // 4-character field would end
    const text = 'a,b\n"""X"",",y\n';
    const packer = new RecordPacker();
    const reader: CsvRecordReader = new CsvRecordReader((fields, raw, line, issue, at) => packer.add(reader.input, fields, raw, line, issue, at, 44));
    const got: string[][] = [];
    reader.push(text);
    unpackRecords(packer.take()!, (fields) => got.push(fields), () => {});
    reader.end();
    expect(packer.take()).toBeNull();
    expect(got).toEqual([['a', 'b'], ['"X",', 'y']]);
  });

  it('sends plain fields as places in the text and only the others as strings', () => {
    const text = 'a,b,c\nx,"y",z\n"q""uote",2,3\n';
    const packer = new RecordPacker();
    const reader: CsvRecordReader = new CsvRecordReader((fields, raw, line, issue, at) => packer.add(reader.input, fields, raw, line, issue, at, 44));
    reader.push(text);
    reader.end();
    const p = packer.take()!;
    expect(p.count).toBe(3);
    expect(p.side).toEqual(['q"uote', '2', '3']);
  });
});
