/**
 * What all JSON sources must do together: each fixture is claimed by its own module only; every
 * record ends as an event, a duplicate or a reject and the counts add up; the vendor's record id
 * decides duplicates whatever the formatting; the containers (JSON Lines, API pages, gzip, ZIP)
 * deliver the real sources.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { EVENT_FLAGS } from '../../../shared/model/event';
import { collect as collectReports } from '../../cli/collect';
import { collectUnits, scratch } from '../test-helpers';
import { makeZip } from '../test-zip';
import { JSON_SOURCES } from './json-registry';
import { fixturePath, fixtureRecords, JSON_FIXTURES, type JsonFixture } from './json-test-kit';

const tmp = scratch();
afterAll(() => tmp.remove());
const FIXTURE_NAMES = Object.keys(JSON_FIXTURES) as JsonFixture[];
const inspect = (paths: string[]) => collectReports(paths, { timeZone: 'Asia/Tokyo' });

/** The same object with its keys in reverse order, all the way down. */
function reversed(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(reversed);
  if (typeof v !== 'object' || v === null) return v;
  return Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reversed(x)]));
}

describe('JSON source detection', () => {
  it.each(FIXTURE_NAMES)('%s: every record is claimed by its own module, and every other module scores it 0', (name) => {
    const owner = JSON_FIXTURES[name];
    for (const rec of fixtureRecords(name)) {
      const scores = Object.fromEntries(JSON_SOURCES.map((s) => [s.id, s.detect(rec)]));
      expect(scores[owner]).toBeGreaterThan(0);
      for (const [id, score] of Object.entries(scores)) if (id !== owner) expect(score, `${id} on ${name}`).toBe(0);
    }
  });

  it('claims nothing of a CSV source\'s shape or of an unrelated JSON object', () => {
    for (const rec of [{ Date: '2024-05-14 02:31:18', User: 'x', Description: 'Login successful' }, { colour: 'red' }, { id: 'x', action: 'y' }, {}]) {
      expect(JSON_SOURCES.map((s) => s.detect(rec))).toEqual(JSON_SOURCES.map(() => 0));
    }
  });
});

describe('JSON fixtures: the counts add up', () => {
  it.each(FIXTURE_NAMES)('%s: events + duplicates + rejects = records, all events', async (name) => {
    const records = fixtureRecords(name).length;
    const [r] = await inspect([fixturePath(name)]);
    expect(r).toMatchObject({ status: 'complete', events: records, duplicates: 0, rejected: 0 });
    expect(r.events + r.duplicates + r.rejected).toBe(records);
  });

  it('a file with a damaged, a timeless, an unknown and a repeated record: each is accounted for with its line', async () => {
    const lines = readFileSync(fixturePath('okta-system-log.jsonl'), 'utf8').split('\n').slice(0, 6);
    const timeless = JSON.parse(lines[3]) as Record<string, unknown>;
    delete timeless.published;
    lines[3] = JSON.stringify(timeless);
    lines[4] = lines[4].slice(0, 80);
    lines.push('{"colour":"red"}', lines[0]);
    const [r] = await inspect([tmp.write('okta-bad.jsonl', lines.join('\n'))]);
    expect(r).toMatchObject({ status: 'complete', events: 4, duplicates: 1, rejected: 3 });
    expect(r.events + r.duplicates + r.rejected).toBe(lines.length);
    expect(r.rejects).toEqual([
      { line: 4, reason: 'no date in "published"' },
      { line: 5, reason: expect.stringMatching(/^not valid JSON: /) },
      { line: 7, reason: 'not a record of a known source (keys: colour)' },
    ]);
  });
});

describe('hostile values in JSON records', () => {
  it('flags formula-looking values and strips C0 controls from display fields; raw keeps them', async () => {
    const rec = fixtureRecords('okta-system-log.jsonl')[0];
    const actor = { ...(rec.actor as Record<string, unknown>), displayName: 'Aiko\u0007 Suzuki\u001b[31m' };
    const text = JSON.stringify({ ...rec, uuid: 'hostile-1', actor, displayMessage: '=HYPERLINK("http://x","y")' });
    const [u] = await collectUnits([tmp.write('hostile.jsonl', text)]);
    const [e] = u.events;
    expect(e.actorName).toBe('Aiko Suzuki[31m');
    expect(e.flags & EVENT_FLAGS.control).toBe(EVENT_FLAGS.control);
    expect(e.flags & EVENT_FLAGS.formula).toBe(EVENT_FLAGS.formula);
    expect(e.details.displayMessage).toBe('=HYPERLINK("http://x","y")');
    expect(e.raw).toBe(text);
  });
});

describe('the vendor\'s record id decides duplicates', () => {
  it.each(FIXTURE_NAMES)('%s: a record re-exported with other whitespace and key order is a duplicate', async (name) => {
    const rec = fixtureRecords(name)[2];
    const again = JSON.stringify(reversed(rec), null, 3);
    expect(again).not.toBe(JSON.stringify(rec));
    const [, r] = await inspect([fixturePath(name), tmp.write(`again-${name}.json`, `[${again}]`)]);
    expect(r).toMatchObject({ status: 'complete', events: 0, duplicates: 1, rejected: 0 });
  });

  it('but the same id under another source, or an edited record with its own new id, is new', async () => {
    const rec = fixtureRecords('slack-audit-logs.json')[2];
    const [, r] = await inspect([fixturePath('slack-audit-logs.json'), tmp.write('edited.json', JSON.stringify([{ ...rec, id: `${String(rec.id)}-x` }]))]);
    expect(r).toMatchObject({ events: 1, duplicates: 0 });
  });
});

describe('JSON containers deliver the real sources', () => {
  it('JSON Lines, an API page, a .gz of a page, and a ZIP holding several', async () => {
    const text = (n: string) => readFileSync(fixturePath(n));
    const zip = tmp.write('audit.zip', makeZip([
      { name: 'okta/2024-05.jsonl', data: text('okta-system-log.jsonl') },
      { name: 'github/audit.json', data: text('github-org-audit-log.json') },
      { name: 'google/login.json.gz', data: gzipSync(text('google-reports-activities-login.json')) },
      { name: 'slack/page1.json', data: text('slack-audit-logs.json') },
      { name: '__MACOSX/._page1.json', data: 'x' },
    ]));
    const units = await collectUnits([
      fixturePath('okta-system-log.jsonl'), fixturePath('graph-signins-page1.json'), tmp.write('signins.json.gz', gzipSync(text('graph-signins-page1.json'))), zip,
    ]);
    expect(units.map((u) => [u.result.unit.displayName, u.result.status, u.result.format, u.result.sourceId, u.result.events])).toEqual([
      ['okta-system-log.jsonl', 'complete', 'jsonl', 'okta.system_log', 226],
      ['graph-signins-page1.json', 'complete', 'json', 'entra.signins', 61],
      ['signins.json.gz', 'complete', 'json+gzip', 'entra.signins', 61],
      ['audit.zip › okta/2024-05.jsonl', 'complete', 'jsonl', 'okta.system_log', 226],
      ['audit.zip › github/audit.json', 'complete', 'json', 'github.org_audit', 74],
      ['audit.zip › google/login.json.gz', 'complete', 'json+gzip', 'google.reports.login', 61],
      ['audit.zip › slack/page1.json', 'complete', 'json', 'slack.audit', 57],
      ['audit.zip › __MACOSX/._page1.json', 'skipped', '', '', 0],
    ]);
    expect(units[2].events.map((e) => e.id)).toEqual(units[1].events.map((e) => e.id));
  });
});
