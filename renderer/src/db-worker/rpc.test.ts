import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Query } from '../../../shared/filter/tree';
import { english, say } from '../../../shared/model/ingest-text';
import { handleRpc } from './rpc';
import { openHarness } from './test-support/harness';
import { batchFrame, beginText, endText, incidentEvents, record } from './test-support/incident';

const ALL: Query = { filter: null, period: {}, sort: { field: 'time', dir: 'desc' } };
// a reject's text (for the UI's language) travels in the frame, is stored, and comes back with it
const BAD_DATE_TEXT = say('reject.badDate', { column: 'Date', text: '2024-02-30' });
const BAD_DATE = english(BAD_DATE_TEXT);
const FAILURES: Query = { ...ALL, filter: { kind: 'cond', field: 'status', op: 'eq', value: 'failure' } };

async function loaded() {
  const h = await openHarness();
  await h.sink.receive(beginText(record('imp_old', 'old.csv', 100)));
  await h.sink.receive(batchFrame('imp_old', 0, incidentEvents().slice(0, 8), [
    { importId: 'imp_old', line: 3, reason: 'expected 6 fields, found 5', raw: 'a,b' },
    { importId: 'imp_old', line: 5, reason: BAD_DATE, text: BAD_DATE_TEXT, raw: 'c,d' },
  ], 10));
  await h.sink.receive(endText('imp_old', 10, 2));
  await h.sink.receive(beginText(record('imp_new', 'new.csv', 200)));
  await h.sink.receive(batchFrame('imp_new', 0, incidentEvents().slice(8)));
  await h.sink.receive(endText('imp_new', 4));
  return h;
}

describe('RPC handlers', () => {
  it('count and page answer from one cached selection', async () => {
    const h = await loaded();
    const count = await handleRpc(h.ctx, { id: 1, method: 'count', params: FAILURES });
    expect(count).toMatchObject({ id: 1, ok: true, value: { total: 4 } });
    const page = await handleRpc(h.ctx, { id: 2, method: 'page', params: { query: FAILURES, start: 1, end: 3 } });
    expect(page.ok && (page.value as { rows: { id: string }[]; total: number })).toMatchObject({ total: 4, rows: [{ id: 'spray-3' }, { id: 'spray-2' }] });
    const past = await handleRpc(h.ctx, { id: 3, method: 'page', params: { query: FAILURES, start: 10, end: 20 } });
    expect(past).toMatchObject({ ok: true, value: { rows: [], total: 4 } });
  });

  it('lists sources, imports newest first, rejects with exact totals, stats and facets', async () => {
    const h = await loaded();
    expect(await handleRpc(h.ctx, { id: 1, method: 'sources', params: {} })).toMatchObject({
      ok: true, value: [{ sourceId: 'naverworks.login', category: 'Login', count: 9 }, { sourceId: 'naverworks.admin', category: 'Admin', count: 3 }],
    });
    const imports = await handleRpc(h.ctx, { id: 2, method: 'imports' });
    expect(imports.ok && (imports.value as { id: string }[]).map((r) => r.id)).toEqual(['imp_new', 'imp_old']);
    const rejects = await handleRpc(h.ctx, { id: 3, method: 'rejects', params: { importId: 'imp_old', offset: 1, limit: 10 } });
    expect(rejects).toEqual({ id: 3, ok: true, value: { rows: [{ importId: 'imp_old', line: 5, reason: BAD_DATE, text: BAD_DATE_TEXT, raw: 'c,d' }], total: 2, kept: 2 } });
    expect(await handleRpc(h.ctx, { id: 4, method: 'stats', params: {} })).toMatchObject({ ok: true, value: { events: 12 } });
    expect(await handleRpc(h.ctx, { id: 5, method: 'facets', params: { query: FAILURES, field: 'serviceType', limit: 2 } }))
      .toMatchObject({ ok: true, value: { total: 4, values: [{ value: 'IMAP', count: 2 }, { value: 'POP3', count: 1 }] } });
  });

  it('answers the search calls: histogram, summary, values, fields, sort by a details key', async () => {
    const h = await loaded();
    const hist = await handleRpc(h.ctx, { id: 1, method: 'histogram', params: { query: FAILURES, zone: 'Asia/Tokyo', buckets: 10 } });
    expect(hist).toMatchObject({ ok: true, value: { unit: 'minute', step: 5, failure: [2, 1, 0, 0, 1] } });
    const summary = await handleRpc(h.ctx, { id: 2, method: 'summary', params: { query: ALL, facets: ['status', 'details.loginMethod'], limit: 1, zone: 'UTC' }, lane: 'summary' });
    expect(summary).toMatchObject({
      ok: true,
      value: { total: 12, facets: { status: [{ value: 'success', count: 8 }], 'details.loginMethod': [{ value: '', count: 10 }] }, histogram: { unit: 'hour', step: 1 } },
    });
    const values = await handleRpc(h.ctx, { id: 3, method: 'values', params: { field: 'serviceType', prefix: 'ma', limit: 5, query: FAILURES } });
    expect(values).toMatchObject({ ok: true, value: { values: [{ value: 'IMAP', count: 2 }] } });
    expect(await handleRpc(h.ctx, { id: 4, method: 'fields', params: {} })).toMatchObject({ ok: true, value: { details: [{ key: 'loginMethod', count: 2, sources: ['naverworks.login'] }, { key: 'formula' }, { key: 'service' }] } });
    const page = await handleRpc(h.ctx, { id: 5, method: 'page', params: { query: { ...ALL, sort: { field: 'details.loginMethod', dir: 'desc' } }, start: 0, end: 2 } });
    expect(page.ok && (page.value as { rows: { id: string }[] }).rows.map((r) => r.id)).toEqual(['break-in', 'office-1']);
    expect(await handleRpc(h.ctx, { id: 6, method: 'summary', params: { query: ALL, facets: ['time'], limit: 1, zone: 'UTC' } })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await handleRpc(h.ctx, { id: 7, method: 'values', params: { field: 'ip', prefix: '', limit: 0 } })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('refuses malformed requests and reports query errors with their code', async () => {
    const h = await loaded();
    expect(await handleRpc(h.ctx, { id: 1, method: 'drop', params: {} })).toMatchObject({ id: 1, ok: false, error: { code: 'invalid-input' } });
    expect(await handleRpc(h.ctx, 'hello')).toMatchObject({ id: -1, ok: false, error: { code: 'invalid-input' } });
    expect(await handleRpc(h.ctx, { id: 2, method: 'page', params: { query: ALL, start: 5, end: 2 } })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await handleRpc(h.ctx, { id: 3, method: 'exportRows', params: { exportId: 'e', query: ALL, columns: [{ header: 'a', value: 'ip' }], timeZone: 'Mars/Olympus' } }))
      .toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(/unknown time zone/) } });
    const regex: Query = { ...ALL, filter: { kind: 'cond', field: 'action', op: 'matches', value: '[' } };
    expect(await handleRpc(h.ctx, { id: 4, method: 'count', params: regex })).toMatchObject({ id: 4, ok: false, error: { code: 'invalid-input', message: expect.stringMatching(/bad regex: Invalid regular expression/) } });
  });
});
