/** The CLI as a user runs it: node bin/auditlens.cjs, on the vendor fixtures and bad variants. */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as XLSX from 'xlsx';
import { runCli } from './test-cli';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VENDOR_FIXTURES } from '../../e2e/data/vendor-paths';

const dir = mkdtempSync(join(tmpdir(), 'auditlens-cli-'));
const LOGIN = join(dir, 'naverworks-login.csv');
// paths are reported as the user gave them (relative to the cwd here)
const ADMIN = join(dir, 'naverworks-admin.csv');
const BAD = join(dir, 'bad.csv');

const cli = (...args: string[]) => runCli(dir, ...args);

beforeAll(() => {
  copyFileSync(join(VENDOR_FIXTURES, 'naverworks-login.csv'), LOGIN);
  copyFileSync(join(VENDOR_FIXTURES, 'naverworks-admin.csv'), ADMIN);
  const lines = readFileSync(LOGIN, 'utf8').split('\n');
  // line 3 loses a field; line 5 gets an impossible date
  lines[2] = lines[2].split(',').slice(0, -1).join(',');
  lines[4] = lines[4].replace(/\d{4}-\d{2}-\d{2}/, '2024-02-30');
  writeFileSync(BAD, lines.slice(0, 6).join('\n'));
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('auditlens CLI', () => {
  it('inspect --json counts events, duplicates and rejects per file and in total', async () => {
    const r = await cli('inspect', '--tz', 'Asia/Tokyo', '--json', 'naverworks-login.csv', 'naverworks-admin.csv', 'naverworks-login.csv', 'bad.csv');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.files.map((f: { source: string; status: string; events: number; duplicates: number; rejected: number }) => [f.source, f.status, f.events, f.duplicates, f.rejected])).toEqual([
      ['naverworks.login', 'complete', 123, 0, 0],
      ['naverworks.admin', 'complete', 71, 0, 0],
      ['naverworks.login', 'complete', 0, 123, 0],
      // the two good rows of bad.csv are rows of naverworks-login.csv: duplicates
      ['naverworks.login', 'complete', 0, 3, 2],
    ]);
    expect(out.files[0]).toMatchObject({ path: 'naverworks-login.csv', entry: null, encoding: 'utf-8-bom', skipped: false, rejects: [] });
    expect(out.files[0].sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(out.files[3].rejects).toEqual([
      { line: 3, reason: 'expected 6 fields, found 5' },
      { line: 5, reason: expect.stringMatching(/2024-02-30/) },
    ]);
    expect(out).toMatchObject({ events: 194, duplicates: 126, rejected: 2 });
  }, 60_000);

  it('inspect prints a readable report and fails (exit 1) on an unreadable file, still reading the others', async () => {
    const r = await cli('inspect', 'missing.csv', 'naverworks-admin.csv');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/missing\.csv[\s\S]*status\s+failed/);
    expect(r.stdout).toMatch(/naverworks-admin\.csv\n\s+status\s+complete/);
    expect(r.stdout).toMatch(/total: 2 file\(s\), 71 events/);
  }, 60_000);

  it('convert --to jsonl writes each new event once, time in UTC, with raw, line and sourceId, filtered', async () => {
    const r = await cli('convert', '--tz', 'Asia/Tokyo', '--filter', 'status:failure ip:203.0.113.0/24', '--to', 'jsonl', '-o', 'out.jsonl', 'naverworks-login.csv', 'naverworks-login.csv');
    expect(r.code).toBe(0);
    const events = readFileSync(join(dir, 'out.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(events.length).toBe(30);
    expect(events.every((e) => e.status === 'failure' && e.ip.startsWith('203.0.113.'))).toBe(true);
    expect(events[0].time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000Z$/);
    expect(events[0]).toMatchObject({ sourceId: 'naverworks.login', line: expect.any(Number), raw: expect.stringContaining('203.0.113.') });
    expect(new Set(events.map((e) => e.id)).size).toBe(30);
  }, 60_000);

  it('convert --to csv and xlsx neutralize formula-looking cells', async () => {
    const formula = join(dir, 'formula.csv');
    copyFileSync(resolve(__dirname, '../../e2e/data/login-formula.csv'), formula);
    expect((await cli('convert', '--to', 'csv', '-o', 'out.csv', 'formula.csv')).code).toBe(0);
    const csv = readFileSync(join(dir, 'out.csv'), 'utf8');
    expect(csv.startsWith('\uFEFFtime,sourceId,')).toBe(true);
    expect(csv).not.toMatch(/,=/);
    expect(csv).toMatch(/'=/);
    expect((await cli('convert', '--to', 'xlsx', '-o', 'out.xlsx', 'formula.csv', 'naverworks-admin.csv')).code).toBe(0);
    const wb = XLSX.read(readFileSync(join(dir, 'out.xlsx')));
    const rows = XLSX.utils.sheet_to_json<string[]>(wb.Sheets[wb.SheetNames[0]], { header: 1 });
    expect(rows.length).toBe(1 + 3 + 71);
    expect(rows.flat().some((v) => typeof v === 'string' && /^[=+@]/.test(v))).toBe(false);
  }, 60_000);

  it('a filter that does not parse points at the character and exits 2; bad options print the usage', async () => {
    const r = await cli('convert', '--filter', 'status:(', '--to', 'csv', '-o', 'x.csv', 'naverworks-login.csv');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--filter: .* at character \d+/);
    const u = await cli('convert', '--to', 'pdf', '-o', 'x', 'naverworks-login.csv');
    expect(u.code).toBe(2);
    expect(u.stderr).toMatch(/Usage:/);
  }, 60_000);
});
