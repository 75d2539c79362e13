/** An upload still arriving (web mode): its import reads it as it comes, with the same result as the whole file. */
import { appendFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FileArrival } from '../files/file-arrival';
import { expandInputs, type InputUnit } from './import-files';
import { collect, FIXTURES, scratch } from './test-helpers';
import { makeZip } from './test-zip';

const tmp = scratch();
afterAll(() => tmp.remove());

/** Writes `bytes` to a scratch file in pieces, telling `arrival` of each, one every few ms. */
function arriveSlowly(file: string, bytes: Buffer, arrival: FileArrival, pieces: number): Promise<void> {
  const step = Math.ceil(bytes.length / pieces);
  return new Promise((resolve) => {
    let at = 0;
    const next = () => {
      if (at >= bytes.length) {
        arrival.end();
        return resolve();
      }
      const piece = bytes.subarray(at, at + step);
      appendFileSync(file, piece);
      at += piece.length;
      arrival.grew(piece.length);
      setTimeout(next, 3);
    };
    next();
  });
}

async function units(input: { path: string; name: string; arrival: FileArrival }): Promise<InputUnit[]> {
  const out: InputUnit[] = [];
  for await (const u of expandInputs([input])) out.push(u);
  return out;
}

describe('an import of a file still arriving', () => {
  it('reads a CSV as it comes: the same events, rejects and SHA-256 as the whole file', async () => {
    const fixture = path.join(FIXTURES, 'naverworks-login.csv');
    const bytes = readFileSync(fixture);
    const file = tmp.write('arriving-login.csv', '');
    const arrival = new FileArrival(bytes.length);
    const arriving = arriveSlowly(file, bytes, arrival, 40);
    const [unit] = await units({ path: file, name: 'naverworks-login.csv', arrival });
    expect(unit).toMatchObject({ displayName: 'naverworks-login.csv', size: bytes.length, arrival });
    const growing = await collect(file, { fileName: 'naverworks-login.csv', growingSize: bytes.length, highWaterMark: 256 });
    await arriving;
    const whole = await collect(fixture);
    expect(growing.result).toMatchObject({ status: 'finished', read: 123, sha256: whole.result.sha256 });
    expect(growing.events).toEqual(whole.events);
  });

  it('waits for the whole of an archive before listing it', async () => {
    const zip = makeZip([{ name: 'logs/login.csv', data: readFileSync(path.join(FIXTURES, 'naverworks-login.csv')) }]);
    const file = tmp.write('arriving.zip', '');
    const arrival = new FileArrival(zip.length);
    let arrived = false;
    void arriveSlowly(file, zip, arrival, 20).then(() => { arrived = true; });
    const list = await units({ path: file, name: 'export.zip', arrival });
    expect(arrived).toBe(true);
    expect(list.map((u) => [u.displayName, u.arrival])).toEqual([['export.zip › logs/login.csv', undefined]]);
  });

  it('names the file when its upload stops before the import could look at it', async () => {
    const file = tmp.write('stopped.csv', '');
    const arrival = new FileArrival(1000);
    arrival.fail(new Error('stopped.csv: upload cancelled'));
    const [unit] = await units({ path: file, name: 'stopped.csv', arrival });
    expect(unit.error).toContain('stopped.csv: upload cancelled');
  });
});
