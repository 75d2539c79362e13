import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Query } from '../../../shared/filter/tree';
import { decodeBatchFrame, encodeBatchFrame } from '../../../shared/batch-frame';
import { MAX_REJECTS_KEPT, type Reject } from '../../../shared/model/import';
import { FIELD, entryStart, valueRange } from '../../../shared/model/packed-chunk';
import { openHarness } from './test-support/harness';
import { abortText, batchFrame, beginText, endText, ev, incidentEvents, JST, record } from './test-support/incident';
import { selectOf } from './test-support/select';

const ALL: Query = { filter: null, period: {}, sort: { field: 'time', dir: 'desc' } };

describe('sink: batches', () => {
  it('writes chunk records and acks with the number added', async () => {
    const h = await openHarness();
    const events = incidentEvents();
    await h.sink.receive(beginText(record('imp_a')));
    await h.sink.receive(batchFrame('imp_a', 0, events));
    expect(h.lastSent()).toEqual({ t: 'ack', importId: 'imp_a', seq: 0, added: 12, duplicates: 0 });
    // chunk size 4 in the harness: 12 events → 3 chunks
    expect(await h.ctx.db.chunks.count()).toBe(3);
    expect(h.ctx.index.size).toBe(12);
    expect(h.ctx.ids.size).toBe(12);
    const rec = await h.ctx.db.imports.get('imp_a');
    expect(rec).toMatchObject({ status: 'running', added: 12, duplicates: 0, read: 12 });
    const progress = h.events.filter((e) => e.type === 'import-progress');
    expect(progress.at(-1)).toMatchObject({ importId: 'imp_a', fileName: 'imp_a.csv', added: 12, read: 12, bytesTotal: 1000 });
    expect(h.events.some((e) => e.type === 'data-changed')).toBe(true);
  });

  it('re-sending the same batch adds nothing and counts every event as a duplicate', async () => {
    const h = await openHarness();
    const events = incidentEvents();
    await h.sink.receive(beginText(record('imp_a')));
    await h.sink.receive(batchFrame('imp_a', 0, events));
    await h.sink.receive(batchFrame('imp_a', 0, events));
    expect(h.lastSent()).toEqual({ t: 'ack', importId: 'imp_a', seq: 0, added: 0, duplicates: 12 });
    expect(await h.ctx.db.chunks.count()).toBe(3);
    expect(h.ctx.index.size).toBe(12);
    // and across imports: the same events in another file are duplicates too
    await h.sink.receive(beginText(record('imp_b')));
    await h.sink.receive(batchFrame('imp_b', 0, events.slice(0, 5)));
    expect(h.lastSent()).toMatchObject({ t: 'ack', importId: 'imp_b', added: 0, duplicates: 5 });
  });

  it('drops a duplicate within one batch', async () => {
    const h = await openHarness();
    const [a, b] = incidentEvents();
    await h.sink.receive(beginText(record('imp_a')));
    await h.sink.receive(batchFrame('imp_a', 0, [a, b, { ...a, line: 99 }]));
    expect(h.lastSent()).toMatchObject({ t: 'ack', added: 2, duplicates: 1 });
    expect(h.ctx.index.size).toBe(2);
  });

  it('stages the next batch while one commits: duplicates across them are caught and acks keep their order', async () => {
    const h = await openHarness();
    const events = incidentEvents();
    await h.sink.receive(beginText(record('imp_a')));
    // not awaited one by one: both are in flight together, as main sends them
    await Promise.all([
      h.sink.receive(batchFrame('imp_a', 0, events.slice(0, 8))),
      h.sink.receive(batchFrame('imp_a', 1, events.slice(4), [], 12)),
    ]);
    const acks = h.sent.filter((m) => m.t === 'ack');
    expect(acks).toEqual([
      { t: 'ack', importId: 'imp_a', seq: 0, added: 8, duplicates: 0 },
      { t: 'ack', importId: 'imp_a', seq: 1, added: 4, duplicates: 4 },
    ]);
    expect(h.ctx.index.size).toBe(12);
    // the running counts are kept in memory and written to the record at most once a second …
    expect(h.ctx.running.get('imp_a')?.record).toMatchObject({ added: 12, duplicates: 4 });
    // … and in full when the import ends
    await h.sink.receive(endText('imp_a', 12));
    expect(await h.ctx.db.imports.get('imp_a')).toMatchObject({ status: 'finished', added: 12, duplicates: 4 });
  });

  it('refuses the batches after one that failed to commit, and an abort forgets their ids', async () => {
    const h = await openHarness();
    const events = incidentEvents();
    await h.sink.receive(beginText(record('imp_a')));
    const realBulkAdd = h.ctx.db.chunks.bulkAdd.bind(h.ctx.db.chunks);
    let calls = 0;
    h.ctx.db.chunks.bulkAdd = ((...args: Parameters<typeof realBulkAdd>) => (++calls === 2 ? Promise.reject(new Error('QuotaExceededError')) : realBulkAdd(...args))) as typeof realBulkAdd;
    await Promise.all([
      h.sink.receive(batchFrame('imp_a', 0, events.slice(0, 4))),
      h.sink.receive(batchFrame('imp_a', 1, events.slice(4, 8), [], 8)),
      h.sink.receive(batchFrame('imp_a', 2, events.slice(8), [], 12)),
    ]);
    const replies = h.sent.filter((m) => m.t === 'ack' || m.t === 'error');
    expect(replies[0]).toMatchObject({ t: 'ack', seq: 0 });
    expect(replies[1]).toMatchObject({ t: 'error', message: expect.stringMatching(/batch 1 of imp_a: .*QuotaExceededError/) });
    expect(replies.slice(2).every((m) => m.t === 'error')).toBe(true);
    h.ctx.db.chunks.bulkAdd = realBulkAdd;
    await h.sink.receive(abortText('imp_a'));
    expect(h.ctx.ids.size).toBe(0);
    expect(h.ctx.index.size).toBe(0);
    expect(await h.ctx.db.chunks.count()).toBe(0);
  });

  it('stores rejects with the batch, at most MAX_REJECTS_KEPT per import, while counts stay exact', async () => {
    const h = await openHarness();
    await h.sink.receive(beginText(record('imp_a')));
    const rejects: Reject[] = Array.from({ length: MAX_REJECTS_KEPT - 1 }, (_, i) => ({ importId: 'imp_a', line: i + 2, reason: 'bad', raw: 'x' }));
    await h.sink.receive(batchFrame('imp_a', 0, [ev({ time: 1 })], rejects));
    await h.sink.receive(batchFrame('imp_a', 1, [ev({ time: 2 })], rejects.slice(0, 3).map((r) => ({ ...r, line: r.line + 20_000 })), 2));
    expect(await h.ctx.db.rejects.count()).toBe(MAX_REJECTS_KEPT);
    await h.sink.receive(JSON.stringify({ t: 'import-end', importId: 'imp_a', patch: { status: 'partial', message: '', read: 2 + MAX_REJECTS_KEPT + 2, rejected: MAX_REJECTS_KEPT + 2, sha256: '', encoding: 'utf-8', sourceId: 'x' } }));
    const end = h.lastSent();
    expect(end).toMatchObject({ t: 'end-ack', record: { status: 'partial', rejected: MAX_REJECTS_KEPT + 2, added: 2 } });
  });

  it('refuses a malformed batch with an error reply and stores nothing', async () => {
    const h = await openHarness();
    await h.sink.receive(beginText(record('imp_a')));
    const good = decodeBatchFrame(batchFrame('imp_a', 0, incidentEvents()));
    const meta = { importId: 'imp_a', seq: 0, rejects: [], progress: good.progress };
    const send = async (chunks: typeof good.chunks) => {
      await h.sink.receive(encodeBatchFrame(meta, chunks).buffer as ArrayBuffer);
      return (h.lastSent() as { t: string; importId: string; message: string });
    };

    const badTime = good.chunks.map((c, i) => (i === 0 ? { ...c, time: c.time.map((t, k) => (k === 3 ? NaN : t)) } : c));
    expect(await send(badTime)).toMatchObject({ t: 'error', importId: 'imp_a', message: expect.stringMatching(/batch 0 of imp_a, chunk 0: time\[3\]/) });

    const kinds = valueRange(good.chunks[1], FIELD.actorKind);
    const wizard = good.chunks[1].text.slice(0, entryStart(good.chunks[1], kinds.first)) + 'wizard' + good.chunks[1].text.slice(good.chunks[1].ends[kinds.first]);
    const shift = 'wizard'.length - (good.chunks[1].ends[kinds.first] - entryStart(good.chunks[1], kinds.first));
    const badKind = { ...good.chunks[1], text: wizard, ends: good.chunks[1].ends.map((e, i) => (i >= kinds.first ? e + shift : e)) };
    expect((await send([good.chunks[0], badKind])).message).toMatch(/chunk 1: actorKind entry 0: "wizard" is not one of/);

    const badCode = { ...good.chunks[0], codes: good.chunks[0].codes.map(() => 250) };
    expect((await send([badCode])).message).toMatch(/chunk 0: \w+: event 0 names entry 250 of/);

    const frame = new Uint8Array(batchFrame('imp_a', 0, incidentEvents()));
    expect((await (async () => { await h.sink.receive(frame.slice(0, frame.length - 1).buffer); return h.lastSent(); })())).toMatchObject({ t: 'error', importId: 'imp_a', message: expect.stringMatching(/bytes where the header describes/) });

    await h.sink.receive('{not json');
    expect(h.lastSent()).toMatchObject({ t: 'error', importId: '' });
    await h.sink.receive(JSON.stringify({ t: 'batch', importId: 'imp_a', seq: 0 }));
    expect(h.lastSent()).toMatchObject({ t: 'error', importId: 'imp_a' });
    await h.sink.receive(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9]).buffer);
    expect(h.lastSent()).toMatchObject({ t: 'error', importId: '', message: expect.stringMatching(/not an Auditlens batch/) });

    expect(await h.ctx.db.chunks.count()).toBe(0);
    expect(h.ctx.index.size).toBe(0);
    expect(h.ctx.ids.size).toBe(0);
    expect(await h.ctx.db.imports.get('imp_a')).toMatchObject({ added: 0, read: 0 });
  });

  it('refuses batches of an import that was never begun', async () => {
    const h = await openHarness();
    await h.sink.receive(batchFrame('imp_x', 0, incidentEvents()));
    expect(h.lastSent()).toMatchObject({ t: 'error', importId: 'imp_x' });
    expect(await h.ctx.db.chunks.count()).toBe(0);
  });
});

describe('sink: end and abort', () => {
  it('finalizes the record on import-end and tells the UI', async () => {
    const h = await openHarness();
    await h.sink.receive(beginText(record('imp_a')));
    await h.sink.receive(batchFrame('imp_a', 0, incidentEvents()));
    await h.sink.receive(endText('imp_a', 12));
    const end = h.lastSent();
    expect(end.t).toBe('end-ack');
    if (end.t !== 'end-ack') return;
    expect(end.record).toMatchObject({ id: 'imp_a', status: 'finished', added: 12, read: 12, sha256: 'ab', sourceId: 'naverworks.login' });
    expect(end.record.finishedAt).toBeGreaterThan(0);
    expect(await h.ctx.db.imports.get('imp_a')).toEqual(end.record);
    expect(h.events).toContainEqual({ type: 'import-done', record: end.record });
    // a finished import takes no more batches
    await h.sink.receive(batchFrame('imp_a', 1, [ev({ time: 5 })]));
    expect(h.lastSent()).toMatchObject({ t: 'error', importId: 'imp_a' });
  });

  it('rolls back an aborted import and leaves other imports intact', async () => {
    const h = await openHarness();
    const events = incidentEvents();
    await h.sink.receive(beginText(record('imp_keep')));
    await h.sink.receive(batchFrame('imp_keep', 0, events.slice(0, 6)));
    await h.sink.receive(endText('imp_keep', 6));
    await h.sink.receive(beginText(record('imp_drop', 'big.csv', 2)));
    await h.sink.receive(batchFrame('imp_drop', 0, events.slice(6), [{ importId: 'imp_drop', line: 4, reason: 'bad', raw: '' }]));
    expect(h.ctx.index.size).toBe(12);
    const before = (await selectOf(h.ctx.index, ALL)).length;
    expect(before).toBe(12);

    await h.sink.receive(abortText('imp_drop'));
    expect(await h.ctx.db.chunks.where(':id').between(['imp_drop', -Infinity], ['imp_drop', Infinity]).count()).toBe(0);
    expect(await h.ctx.db.rejects.count()).toBe(0);
    expect(h.ctx.index.size).toBe(6);
    expect(h.ctx.ids.size).toBe(6);
    expect(await h.ctx.db.imports.get('imp_drop')).toMatchObject({ status: 'cancelled', message: 'cancelled by the user', added: 0 });
    expect(h.events.filter((e) => e.type === 'import-done').at(-1)).toMatchObject({ record: { id: 'imp_drop', status: 'cancelled' } });
    const left = await selectOf(h.ctx.index, ALL);
    expect(Array.from(left).map((p) => h.ctx.index.time[p])).toEqual(events.slice(0, 6).map((e) => e.time).sort((a, b) => b - a));
    expect(await h.ctx.db.chunks.count()).toBe(2);

    // the rolled-back events can be imported again later
    await h.sink.receive(beginText(record('imp_again', 'big.csv', 3)));
    await h.sink.receive(batchFrame('imp_again', 0, events.slice(6)));
    expect(h.lastSent()).toMatchObject({ t: 'ack', added: 6, duplicates: 0 });
  });

  it('answers export acks at once, even while an import batch is being written', async () => {
    const h = await openHarness();
    await h.sink.receive(beginText(record('imp_a')));
    const acked = h.ctx.exportAcks.wait('exp_1', 0);
    const writing = h.sink.receive(batchFrame('imp_a', 0, [ev({ time: JST('02:00:00') })]));
    void h.sink.receive(JSON.stringify({ t: 'export-ack', exportId: 'exp_1', seq: 0 }));
    await acked;
    await writing;
    expect(h.lastSent()).toMatchObject({ t: 'ack', added: 1 });
  });
});
