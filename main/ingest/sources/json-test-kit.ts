/**
 * Test support for the JSON source modules (imported only by *.test.ts): the records of a vendor
 * fixture as plain objects (read independently of the importer, to count against), and one
 * record normalized by one module.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FIXTURES } from '../test-helpers';
import type { JsonRecord, JsonSourceModule } from './json-source';
import type { NormalizeResult } from './source-module';
import { WallClock } from './wall-time';

/** The JSON fixtures and the module that owns each. */
export const JSON_FIXTURES = {
  'okta-system-log.jsonl': 'okta.system_log',
  'google-reports-activities-login.json': 'google.reports',
  'google-reports-activities-admin.json': 'google.reports',
  'graph-signins-page1.json': 'entra.signins',
  'github-org-audit-log.json': 'github.org_audit',
  'slack-audit-logs.json': 'slack.audit',
} as const;
export type JsonFixture = keyof typeof JSON_FIXTURES;

export const fixturePath = (name: string) => path.join(FIXTURES, name);

/** Every record of a fixture: the lines of JSON Lines, the elements of an array, or the page's record array. */
export function fixtureRecords(name: JsonFixture): Record<string, unknown>[] {
  const text = readFileSync(fixturePath(name), 'utf8');
  if (name.endsWith('.jsonl')) return text.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Record<string, unknown>);
  const v = JSON.parse(text) as unknown;
  if (Array.isArray(v)) return v as Record<string, unknown>[];
  const page = v as Record<string, unknown>;
  const key = ['items', 'value', 'entries'].find((k) => Array.isArray(page[k]))!;
  return page[key] as Record<string, unknown>[];
}

/** One record through one module, times without an offset read in Tokyo. */
export function normalizeOne(source: JsonSourceModule, rec: JsonRecord): NormalizeResult[] {
  const ctx = { clock: new WallClock('Asia/Tokyo') };
  return source.normalizeMany ? source.normalizeMany(rec, ctx) : [source.normalize(rec, ctx)];
}

/** The event of a record that must normalize; fails the test with the reason otherwise. */
export function eventOf(source: JsonSourceModule, rec: JsonRecord) {
  const [r] = normalizeOne(source, rec);
  if (!r.ok) throw new Error(`expected an event, got: ${r.reason}`);
  return r.event;
}

export const iso = (ms: number) => new Date(ms).toISOString();
