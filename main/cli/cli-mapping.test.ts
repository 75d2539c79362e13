/** `--mapping FILE.json` and the needs-mapping report, as a user runs the CLI (node bin/auditlens.cjs). */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runCli } from './test-cli';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCommand } from './args';
import { readMappingFile } from './mapping-files';

const dir = mkdtempSync(join(tmpdir(), 'auditlens-cli-map-'));

const MAPPING = {
  name: 'SIEM export', kind: 'table',
  signature: ['timestamp', 'user', 'src_ip', 'event', 'result', 'session_id', 'user_agent'],
  time: { column: 'timestamp', format: 'iso' },
  columns: { actorEmail: 'user', ip: 'src_ip', action: 'event', status: 'result' },
};

const cli = (...args: string[]) => runCli(dir, ...args);

beforeAll(() => {
  for (const f of ['siem-export.csv', 'siem-export-2.csv']) copyFileSync(resolve(__dirname, '../../e2e/data', f), join(dir, f));
  writeFileSync(join(dir, 'siem.json'), JSON.stringify(MAPPING));
  writeFileSync(join(dir, 'list.json'), JSON.stringify([MAPPING, { ...MAPPING, name: 'Other', time: { column: 'when' } }]));
  writeFileSync(join(dir, 'broken.json'), '{"name": "x",');
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('--mapping', () => {
  it('parses as a repeatable option', () => {
    expect(parseCommand(['inspect', '--mapping', 'a.json', '--mapping', 'b.json', 'x.csv'], 'UTC')).toMatchObject({ mappings: ['a.json', 'b.json'] });
    expect(parseCommand(['convert', '--to', 'csv', '-o', 'o', 'x.csv'], 'UTC')).toMatchObject({ mappings: [] });
  });

  it('validates with the app’s schema and names the file and the field', () => {
    expect(readMappingFile(join(dir, 'siem.json'))[0]).toMatchObject({ name: 'SIEM export', version: 1, time: { column: 'timestamp', format: 'iso' } });
    expect(() => readMappingFile(join(dir, 'list.json'))).toThrow(`--mapping ${join(dir, 'list.json')}: [1].time.column: "when" is not one of the columns in "signature"`);
    expect(() => readMappingFile(join(dir, 'broken.json'))).toThrow(/broken\.json: not valid JSON/);
    expect(() => readMappingFile(join(dir, 'none.json'))).toThrow(/none\.json: cannot read it \(ENOENT\)/);
  });

  it('inspect reports a file that needs a mapping with its columns, and exits 1', async () => {
    const r = await cli('inspect', 'siem-export.csv');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/siem-export\.csv\n\s+status\s+needs-mapping — siem-export\.csv: the columns fit no known audit log/);
    expect(r.stdout).toContain('  columns    timestamp, user, src_ip, event, result, session_id, user_agent');
    const json = JSON.parse((await cli('inspect', '--json', 'siem-export.csv')).stdout);
    expect(json.files[0]).toMatchObject({ status: 'needs-mapping', events: 0, columns: ['timestamp', 'user', 'src_ip', 'event', 'result', 'session_id', 'user_agent'] });
  }, 60_000);

  it('convert imports such files with the mapping; a bad mapping file is a usage error (exit 2)', async () => {
    const r = await cli('convert', '--tz', 'Asia/Tokyo', '--mapping', 'siem.json', '--to', 'jsonl', '-o', 'out.jsonl', 'siem-export.csv', 'siem-export-2.csv');
    expect(r.code).toBe(0);
    const events = readFileSync(join(dir, 'out.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(events).toHaveLength(10);
    expect(events[4]).toMatchObject({ sourceId: 'custom.siem-export', time: '2024-05-14T02:31:18.000Z', ip: '203.0.113.45', actorEmail: 'y.tanaka@example.com' });
    const bad = await cli('inspect', '--mapping', 'list.json', 'siem-export.csv');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('auditlens: --mapping list.json: [1].time.column: "when" is not one of the columns in "signature"\n');
  }, 60_000);
});
