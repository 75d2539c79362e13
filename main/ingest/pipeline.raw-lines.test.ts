/**
 * Raw lines come back exactly as the file wrote them, whether a chunk kept the line itself or
 * rebuilt it from the record's cells (shared/model/packed-chunk.ts): quoting that was needed or not,
 * doubled quotes, line breaks in a cell, CRLF files, TSV, spaces, a concatenated export's BOM.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { collect, scratch, withBom } from './test-helpers';

const HEADER = 'Description,User,Date,IP Address,Login method,Service Type';
const tmp = scratch();
afterAll(() => tmp.remove());

const second = (i: number) => `2024-05-14 10:${String(Math.floor(i / 60) % 60).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`;

describe('raw lines', () => {
  it('reads back every line as written', async () => {
    const lines = [
      `Login successful,Yuki Tanaka (y.tanaka@example.com),${second(1)},192.0.2.33,Password,PC Web`,
      `"Login successful","Yuki Tanaka (y.tanaka@example.com)",${second(2)},192.0.2.33,Password,PC Web`,
      `"Login failed (incorrect password, too many attempts)","Sato, Kenji (k.sato@example.com)",${second(3)},203.0.113.45,Password,IMAP`,
      `"He said ""hi""",A (a@example.com),${second(4)},192.0.2.1,SSO,API`,
      `"two\nlines",A (a@example.com),${second(5)},192.0.2.1,SSO,API`,
      ` Login successful , A (a@example.com) ,${second(6)}, 192.0.2.1 ,SSO,API`,
      `Login successful,B (b@example.com),${second(7)},,,`,
      `\uFEFFLogin successful,C (c@example.com),${second(8)},192.0.2.2,SSO,API`,
    ];
    for (const end of ['\n', '\r\n']) {
      const { events, rejects } = await collect(tmp.write(`lines${end.length}.csv`, withBom([HEADER, ...lines].join(end) + end)));
      expect(rejects).toEqual([]);
      // a BOM at a line's start is dropped (a concatenated export), as before
      expect(events.map((e) => e.raw)).toEqual(lines.map((l) => l.replace(/^\uFEFF/, '')));
    }
  });

  it('reads back any line of cells as written (property)', async () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'b', ' ', ',', '"', '\t', 'é', '😀'), maxLength: 6 });
    await fc.assert(fc.asyncProperty(fc.array(fc.tuple(cell, cell, fc.boolean()), { minLength: 1, maxLength: 20 }), async (rows) => {
      const lines = rows.map(([desc, method, quoteAll], i) => {
        const q = (v: string) => (quoteAll || /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
        return [q(`Login ${desc}`), q('A (a@example.com)'), second(i), '192.0.2.1', q(method), 'PC Web'].join(',');
      });
      const { events } = await collect(tmp.write('prop.csv', withBom([HEADER, ...lines].join('\n') + '\n')));
      expect(events.map((e) => e.raw)).toEqual(lines);
    }), { numRuns: 40 });
  });

  it('a tab-separated file too', async () => {
    const lines = [`Login successful\tA (a@example.com)\t${second(1)}\t192.0.2.1\tSSO\tAPI`, `"a\tb"\tA (a@example.com)\t${second(2)}\t192.0.2.1\tSSO\tAPI`];
    const { events } = await collect(tmp.write('tabs.tsv', withBom([HEADER.replace(/,/g, '\t'), ...lines].join('\n') + '\n')));
    expect(events.map((e) => e.raw)).toEqual(lines);
  });
});
