import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { ToMain } from '../../../shared/data-channel';
import type { Query } from '../../../shared/filter/tree';
import { streamExport } from './export-stream';
import type { ExportRequest } from './protocol';
import { selectOf } from './test-support/select';
import { handleRpc } from './rpc';
import { openHarness, type Harness } from './test-support/harness';
import { batchFrame, beginText, incidentEvents, record } from './test-support/incident';

type Rows = Extract<ToMain, { t: 'export-rows' }>;
const QUERY: Query = { filter: null, period: {}, sort: { field: 'time', dir: 'desc' } };
const request = (query = QUERY): ExportRequest => ({
  exportId: 'exp_1', query, timeZone: 'Asia/Tokyo',
  columns: [{ header: 'Date (Asia/Tokyo)', value: 'time' }, { header: 'User', value: 'actor' }, { header: 'IP', value: 'ip' }, { header: 'Service', value: 'details.service' }],
});

async function loaded(): Promise<Harness> {
  const h = await openHarness();
  await h.sink.receive(beginText(record('imp_a')));
  await h.sink.receive(batchFrame('imp_a', 0, incidentEvents()));
  return h;
}

/** Main's side: acknowledges each message a little later, and checks none arrives before its ack. */
function ackingPeer(h: Harness, opts: { cancelAt?: number } = {}) {
  const got: Rows[] = [];
  let inFlight = false;
  h.onSend((msg) => {
    if (msg.t !== 'export-rows') return;
    expect(inFlight).toBe(false);
    inFlight = true;
    got.push(msg);
    setTimeout(() => {
      inFlight = false;
      const reply = msg.seq === opts.cancelAt
        ? { t: 'export-cancel', exportId: msg.exportId, message: 'disk full' }
        : { t: 'export-ack', exportId: msg.exportId, seq: msg.seq };
      void h.sink.receive(JSON.stringify(reply));
    }, 2);
  });
  return got;
}

const deps = async (h: Harness, query = QUERY) => ({
  index: h.ctx.index, chunkCache: h.ctx.chunkCache, acks: h.ctx.exportAcks, positions: await selectOf(h.ctx.index, query),
  send: (m: ToMain) => h.ctx.send(m), emit: h.ctx.emit, rowsPerMessage: 5,
});

describe('export stream', () => {
  it('sends the header, then every row in order, one message per ack', async () => {
    const h = await loaded();
    const got = ackingPeer(h);
    const result = await streamExport(await deps(h), request());
    expect(result).toEqual({ rows: 12 });
    expect(got.map((m) => [m.seq, m.rows.length, m.last, m.header !== undefined])).toEqual([[0, 5, false, true], [1, 5, false, false], [2, 2, true, false]]);
    expect(got[0].header).toEqual(['Date (Asia/Tokyo)', 'User', 'IP', 'Service']);
    const rows = got.flatMap((m) => m.rows);
    expect(rows[0]).toEqual(['2024-05-15T08:00:00+09:00', 'daniel', '2001:db8:4:12::7', '']);
    expect(rows[1]).toEqual(['2024-05-14T03:12:45+09:00', 'Kenji Sato (kenji.sato@example.com)', '203.0.113.77', 'Contacts']);
    expect(rows.at(-1)?.[0]).toBe('2024-05-13T09:01:10+09:00');
    const progress = h.events.filter((e) => e.type === 'export-progress');
    expect(progress.map((e) => (e.type === 'export-progress' ? e.rows : 0))).toEqual([5, 10, 12]);
  });

  it('sends one last message with the header when nothing matches', async () => {
    const h = await loaded();
    const got = ackingPeer(h);
    const none: Query = { ...QUERY, filter: { kind: 'cond', field: 'status', op: 'eq', value: 'nothing' } };
    expect(await streamExport(await deps(h, none), request(none))).toEqual({ rows: 0 });
    expect(got).toEqual([{ t: 'export-rows', exportId: 'exp_1', seq: 0, header: ['Date (Asia/Tokyo)', 'User', 'IP', 'Service'], rows: [], last: true }]);
  });

  it('stops when main cancels', async () => {
    const h = await loaded();
    const got = ackingPeer(h, { cancelAt: 1 });
    await expect(streamExport(await deps(h), request())).rejects.toMatchObject({ code: 'cancelled', message: 'disk full' });
    expect(got.map((m) => m.seq)).toEqual([0, 1]);
  });

  it('runs through the exportRows RPC and resolves when the last rows are acknowledged', async () => {
    const h = await loaded();
    const got = ackingPeer(h);
    const reply = await handleRpc(h.ctx, { id: 9, method: 'exportRows', params: request() });
    expect(reply).toEqual({ id: 9, ok: true, value: { rows: 12 } });
    expect(got).toHaveLength(1);
    expect(got[0].rows).toHaveLength(12);
  });

  it('fails without a data channel', async () => {
    const h = await loaded();
    h.ctx.link = null;
    const reply = await handleRpc(h.ctx, { id: 3, method: 'exportRows', params: request() });
    expect(reply).toMatchObject({ id: 3, ok: false, error: { code: 'no-data-channel' } });
  });
});
