import { describe, expect, it } from 'vitest';
import { FileArrival } from './file-arrival';

describe('FileArrival', () => {
  it('answers a wait for bytes once they are on disk, or at once for a smaller file', async () => {
    const a = new FileArrival(1000);
    let got = false;
    const head = a.whenBytes(512).then(() => { got = true; });
    a.grew(300);
    await Promise.resolve();
    expect(got).toBe(false);
    a.grew(300);
    await head;
    expect(got).toBe(true);
    const small = new FileArrival(100);
    const wait = small.whenBytes(512);
    small.grew(100);
    await wait;
  });

  it('ends only with every byte; an end short of them fails it with the counts', async () => {
    const a = new FileArrival(10);
    a.grew(4);
    const waiting = a.whenBytes(10);
    a.end();
    await expect(a.done).rejects.toThrow('the upload ended after 4 of 10 bytes');
    await expect(waiting).rejects.toThrow('the upload ended after 4 of 10 bytes');
    const b = new FileArrival(10);
    b.grew(10);
    b.end();
    await expect(b.done).resolves.toBeUndefined();
    await expect(new FileArrival(0).done).resolves.toBeUndefined();
  });

  it('passes a failure to every waiter, then and later', async () => {
    const a = new FileArrival(10);
    const before = a.whenBytes(5);
    a.fail(new Error('x.csv: upload cancelled'));
    await expect(before).rejects.toThrow('x.csv: upload cancelled');
    await expect(a.whenBytes(1)).rejects.toThrow('x.csv: upload cancelled');
    await expect(a.done).rejects.toThrow('x.csv: upload cancelled');
    a.end(); // too late to change anything
    await expect(a.done).rejects.toThrow('x.csv: upload cancelled');
  });
});
