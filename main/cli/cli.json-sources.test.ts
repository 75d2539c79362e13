/** The CLI as a user runs it (node bin/auditlens.cjs) on the JSON vendor fixtures: sources, counts, convert. */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { runCli } from './test-cli';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VENDOR_FIXTURES } from '../../e2e/data/vendor-paths';

const dir = mkdtempSync(join(tmpdir(), 'auditlens-cli-json-'));
const FILES = [
  'okta-system-log.jsonl', 'google-reports-activities-login.json', 'google-reports-activities-admin.json',
  'graph-signins-page1.json', 'github-org-audit-log.json', 'slack-audit-logs.json',
];

const cli = (...args: string[]) => runCli(dir, ...args);

beforeAll(() => {
  for (const f of FILES) copyFileSync(join(VENDOR_FIXTURES, f), join(dir, f));
  writeFileSync(join(dir, 'okta-again.jsonl.gz'), gzipSync(readFileSync(join(dir, 'okta-system-log.jsonl'))));
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface FileOut { path: string; source: string; status: string; events: number; duplicates: number; rejected: number }

describe('auditlens CLI on the JSON sources', () => {
  it('inspect --json names each source and counts every record; a re-export is all duplicates', async () => {
    const r = await cli('inspect', '--json', ...FILES, 'okta-again.jsonl.gz');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { files: FileOut[]; events: number; duplicates: number; rejected: number };
    expect(out.files.map((f) => [f.path, f.source, f.status, f.events, f.duplicates, f.rejected])).toEqual([
      ['okta-system-log.jsonl', 'okta.system_log', 'complete', 226, 0, 0],
      ['google-reports-activities-login.json', 'google.reports.login', 'complete', 61, 0, 0],
      ['google-reports-activities-admin.json', 'google.reports.admin', 'complete', 53, 0, 0],
      ['graph-signins-page1.json', 'entra.signins', 'complete', 61, 0, 0],
      ['github-org-audit-log.json', 'github.org_audit', 'complete', 74, 0, 0],
      ['slack-audit-logs.json', 'slack.audit', 'complete', 57, 0, 0],
      ['okta-again.jsonl.gz', 'okta.system_log', 'complete', 0, 226, 0],
    ]);
    expect(out).toMatchObject({ events: 532, duplicates: 226, rejected: 0 });
  }, 60_000);

  it('convert --filter finds the attacker address across every vendor', async () => {
    const r = await cli('convert', '--filter', 'ip:203.0.113.45', '--to', 'jsonl', '-o', 'attacker.jsonl', ...FILES);
    expect(r.code).toBe(0);
    const events = readFileSync(join(dir, 'attacker.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { sourceId: string; status: string });
    const per = (id: string) => events.filter((e) => e.sourceId === id).length;
    expect([per('okta.system_log'), per('google.reports.login'), per('entra.signins'), per('github.org_audit'), per('slack.audit')]).toEqual([34, 19, 16, 6, 11]);
    expect(events.filter((e) => e.status === 'failure')).toHaveLength(32 + 18 + 15);
  }, 60_000);
});
