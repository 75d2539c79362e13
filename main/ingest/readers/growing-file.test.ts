import { appendFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { scratch } from '../test-helpers';
import { readGrowingFile } from './growing-file';

const tmp = scratch();
afterAll(() => tmp.remove());

async function collect(it: AsyncIterable<Buffer>): Promise<string> {
  const parts: Buffer[] = [];
  for await (const b of it) parts.push(b);
  return Buffer.concat(parts).toString('latin1');
}

describe('readGrowingFile', () => {
  it('reads what is there, waits for the rest, and stops at the final size', async () => {
    const path = tmp.write('growing.csv', 'abc');
    const text = collect(readGrowingFile({ path, fileName: 'growing.csv', size: 9, highWaterMark: 2 }));
    setTimeout(() => appendFileSync(path, 'def'), 30);
    setTimeout(() => appendFileSync(path, 'ghi-and-more'), 60);
    expect(await text).toBe('abcdefghi');
  });

  it('fails, naming the file and how far it got, when the writer stops', async () => {
    const path = tmp.write('stalled.csv', 'abcd');
    await expect(collect(readGrowingFile({ path, fileName: 'stalled.csv', size: 10, highWaterMark: 64, stallMs: 50 })))
      .rejects.toThrow('stalled.csv: the upload stopped after 4 of 10 bytes');
  });

  it('stops when its signal aborts', async () => {
    const path = tmp.write('aborted.csv', 'ab');
    const ctl = new AbortController();
    const text = collect(readGrowingFile({ path, fileName: 'aborted.csv', size: 10, highWaterMark: 64, signal: ctl.signal }));
    setTimeout(() => ctl.abort(), 30);
    await expect(text).rejects.toThrow(/abort/i);
  });
});
