/**
 * The CSV parsing thread changes nothing an import gives: every vendor fixture, and files that
 * break in each way the reader knows, import to the same result, events (ids, lines, raw rows,
 * cells) and rejects whether CSV is parsed in the ingest thread or in a thread of its own.
 */
import { build } from 'esbuild';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_RECORD_CHARS } from './limits';
import { collect, FIXTURES, scratch, withBom } from './test-helpers';

const tmp = scratch();
let csvWorkerPath = '';

beforeAll(async () => {
  csvWorkerPath = path.join(tmp.dir, 'csv-parse-worker.cjs');
  await build({ entryPoints: [path.join(__dirname, 'readers/csv-parse-worker.ts')], bundle: true, platform: 'node', target: 'node20', format: 'cjs', outfile: csvWorkerPath, logLevel: 'silent' });
});
afterAll(() => tmp.remove());

/** Imports `file` both ways, 97 bytes a read so that records and characters straddle the texts sent. */
async function both(file: string) {
  const single = await collect(file, { highWaterMark: 97, batchSize: 7 });
  const threaded = await collect(file, { highWaterMark: 97, batchSize: 7, csvWorkerPath, csvThreadMinBytes: 0 });
  return { single, threaded };
}

const HEADER = 'Description,User,Date,IP Address,Login method,Service Type';
const ROW = 'Login successful,Sora Mori (sora.mori@example.com),2024-05-17 23:59:59,198.51.100.21,Password,POP3';

describe('CSV parsed in a thread of its own', () => {
  const fixtures = readdirSync(FIXTURES).filter((f) => /\.(csv|tsv|txt)$/i.test(f));

  it.each(fixtures)('imports %s exactly as in one thread', async (name) => {
    const { single, threaded } = await both(path.join(FIXTURES, name));
    expect(threaded.result).toEqual(single.result);
    expect(threaded.events).toEqual(single.events);
    expect(threaded.rejects).toEqual(single.rejects);
  });

  const broken: Record<string, string | Buffer> = {
    'quotes, CRLF, a mid-file BOM and a repeated header': withBom(`${HEADER}\r\n"Login ""failed""",Yuki (yuki@example.com),2024-05-17 10:00:00,198.51.100.1,Password,Web\r\n${HEADER}\r\n\uFEFF${ROW}\r\n`),
    'bad rows among good ones': `${HEADER}\n${ROW}\nonly,three,fields\n"unclosed ""quote" x,a,2024-05-17 10:00:00,1.1.1.1,P,W\n${ROW.replace('23:59:59', 'not a date')}\n\n${ROW}\n`,
    'a quote never closed at the end': `${HEADER}\n${ROW}\n"Login failed,Yuki,2024-05-17 10:00:00,1.1.1.1,Password,Web\n${ROW}\n`,
    'the vendor error tail': `${HEADER}\n${ROW}\n${ROW}downloadLogs error: timeout\n${ROW}\n`,
    'tab-separated': `${HEADER.replace(/,/g, '\t')}\n${ROW.replace(/,/g, '\t')}\n`,
    'control characters in cells': `${HEADER}\n${ROW.replace('Password', 'Pass\u0007word')}\n`,
  };

  it.each(Object.keys(broken))('%s: the same events, rejects and message', async (name) => {
    const { single, threaded } = await both(tmp.write(`${name.replace(/\W+/g, '-')}.csv`, broken[name]));
    expect(threaded.result).toEqual(single.result);
    expect(threaded.events).toEqual(single.events);
    expect(threaded.rejects).toEqual(single.rejects);
    expect(single.events.length + single.rejects.length).toBeGreaterThan(0);
  });

  it('a record longer than the limit fails the import with its line, from the thread', async () => {
    const file = tmp.write('too-long.csv', `${HEADER}\n${ROW}\n"${'x'.repeat(MAX_RECORD_CHARS + 10)}\n`);
    const threaded = await collect(file, { csvWorkerPath, csvThreadMinBytes: 0 });
    const single = await collect(file);
    expect(threaded.result.status).toBe('failed');
    expect(threaded.result.message).toMatch(/line 3 is longer than 16 MB/);
    // (the encoding may differ: the thread's error comes back once more of the file was decoded)
    expect({ ...threaded.result, encoding: '' }).toEqual({ ...single.result, encoding: '' });
  });

  it('a parsing thread that cannot start fails the import with a message, not a hang', async () => {
    const file = tmp.write('fine.csv', `${HEADER}\n${ROW}\n`);
    const { result } = await collect(file, { csvWorkerPath: path.join(tmp.dir, 'missing.cjs'), csvThreadMinBytes: 0 });
    expect(result.status).toBe('failed');
    expect(result.message).toMatch(/^fine\.csv: the CSV parsing thread failed/);
  });
});
