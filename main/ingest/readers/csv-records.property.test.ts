/**
 * Property: any table written as CSV (random quoting, LF or CRLF, with or without a final line
 * end, UTF-8 with or without BOM or UTF-16LE with BOM), fed to the decoder and the reader in
 * random byte chunks (so multi-byte characters split across chunks), reads back field for field,
 * with each record's raw text and physical line.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvRecordReader } from './csv-records';
import { FileTextDecoder } from './text-decoder';

const UNITS = ['a', 'Z', '0', ' ', ',', '"', '\n', '\r\n', '日', '本', 'é', '😀', '①', '～', 'ｶ', '한'];
const field = fc.array(fc.constantFrom(...UNITS), { maxLength: 8 }).map((u) => u.join(''));

const table = fc.integer({ min: 2, max: 5 }).chain((width) => fc.array(fc.array(field, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 12 }));

function cell(value: string, quote: boolean): string {
  return quote || /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function encode(text: string, encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le'): Buffer {
  if (encoding === 'utf-16le') return Buffer.from(`\uFEFF${text}`, 'utf16le');
  return Buffer.from(encoding === 'utf-8-bom' ? `\uFEFF${text}` : text, 'utf8');
}

const countBreaks = (s: string) => (s.match(/\r\n|\r|\n/g) ?? []).length;

describe('CsvRecordReader round trip (property)', () => {
  it('reads back what was written, whatever the quoting, line ends, encoding and chunking', () => {
    fc.assert(fc.property(
      table, fc.array(fc.boolean(), { minLength: 1, maxLength: 60 }), fc.constantFrom('\n', '\r\n'), fc.boolean(),
      fc.constantFrom('utf-8', 'utf-8-bom', 'utf-16le') as fc.Arbitrary<'utf-8' | 'utf-8-bom' | 'utf-16le'>,
      fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 20 }),
      (rows, quotes, eol, finalEol, encoding, sizes) => {
        let q = 0;
        const raws = rows.map((r) => r.map((v) => cell(v, quotes[q++ % quotes.length])).join(','));
        const text = raws.join(eol) + (finalEol ? eol : '');
        const bytes = encode(text, encoding);

        const got: { fields: string[]; raw: string; line: number; issue: string }[] = [];
        const reader = new CsvRecordReader((fields, raw, line, issue) => got.push({ fields: [...fields], raw, line, issue }));
        const decoder = new FileTextDecoder(null);
        // the decoder's first write must hold the BOM
        let at = Math.min(3, bytes.length);
        reader.push(decoder.write(bytes.subarray(0, at)));
        for (let i = 0; at < bytes.length; i++) {
          const next = Math.min(at + sizes[i % sizes.length], bytes.length);
          reader.push(decoder.write(bytes.subarray(at, next)));
          at = next;
        }
        reader.push(decoder.end());
        reader.end();

        const expected = rows.map((fields, i) => ({
          fields, raw: raws[i], line: 1 + raws.slice(0, i).reduce((n, r) => n + 1 + countBreaks(r), 0), issue: '',
        }));
        expect(got).toEqual(expected);
        expect(decoder.encoding).toBe(encoding === 'utf-8' && /^[\x00-\x7f]*$/.test(text) ? 'utf-8' : encoding);
      },
    ), { numRuns: 400 });
  });
});
