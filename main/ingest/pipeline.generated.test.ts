import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collect, scratch } from './test-helpers';

const GENERATOR = path.resolve(__dirname, '../../scripts/gen-login-csv.mjs');
const tmp = scratch();
afterAll(() => tmp.remove());
const generate = (name: string, events: number) => {
  const out = path.join(tmp.dir, name);
  execFileSync(process.execPath, [GENERATOR, '--events', String(events), '--out', out]);
  return out;
};

describe('scripts/gen-login-csv.mjs', () => {
  it('writes the same bytes every time, in the fixture format', () => {
    const a = readFileSync(generate('a.csv', 3000));
    const b = readFileSync(generate('b.csv', 3000));
    expect(a.equals(b)).toBe(true);
    expect(a.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const header = 'Description,User,Date,IP Address,Login method,Service Type\n';
    expect(a.toString('utf8', 3, 3 + header.length)).toBe(header);
  });

  it('produces a file the importer takes whole: newest first, ~10% failures, attacker and IPv6 addresses, quoted commas', async () => {
    const { result, events } = await collect(generate('login-20k.csv', 20_000));
    expect(result).toMatchObject({ status: 'finished', read: 20_000, rejected: 0, sourceId: 'naverworks.login' });
    const times = events.map((e) => e.time);
    expect(times.every((t, i) => i === 0 || t <= times[i - 1])).toBe(true);
    expect(events[0].timeText).toMatch(/^"2024-05-17 /);
    expect((times[0] - times[times.length - 1]) / 86_400_000).toBeGreaterThan(170);
    const failures = events.filter((e) => e.status === 'failure').length / events.length;
    expect(failures).toBeGreaterThan(0.08);
    expect(failures).toBeLessThan(0.12);
    expect(new Set(events.map((e) => e.actorEmail)).size).toBeGreaterThan(450);
    expect(events.some((e) => e.ip.startsWith('203.0.113.'))).toBe(true);
    expect(events.some((e) => e.ip.includes(':'))).toBe(true);
    expect(events.some((e) => e.raw.startsWith('"') || e.raw.includes(',"'))).toBe(true);
    expect(events.some((e) => e.actorName.includes(','))).toBe(true);
  });
});
