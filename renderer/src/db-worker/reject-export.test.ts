import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { ToMain } from '../../../shared/data-channel';
import type { Reject } from '../../../shared/model/import';
import { say } from '../../../shared/model/ingest-text';
import { handleRpc } from './rpc';
import { REJECT_EXPORT_HEADER, streamRejects } from './reject-export';
import { openHarness, type Harness } from './test-support/harness';
import { batchFrame, beginText, endText, incidentEvents, record } from './test-support/incident';

type Rows = Extract<ToMain, { t: 'export-rows' }>;

const rejects = (importId: string): Reject[] => [
  { importId, line: 9, reason: 'expected 7 fields, found 4', text: say('reject.fieldCount', { expected: 7, found: 4 }), raw: 'logout,success,2024-05-14T04:00:00Z,k.sato@example.com' },
  { importId, line: 4, reason: 'invalid date in "timestamp": "yesterday"', raw: 'login,success,yesterday,k.sato@example.com' },
  { importId, line: 5, reason: 'invalid date in "timestamp": "not a time"', raw: "=cmd|' /C calc'!A0,success,not a time" },
];

/** Main's side: acknowledges each message, and checks none arrives before the previous one's ack. */
function ackingPeer(h: Harness): Rows[] {
  const got: Rows[] = [];
  let inFlight = false;
  h.onSend((msg) => {
    if (msg.t !== 'export-rows') return;
    expect(inFlight).toBe(false);
    inFlight = true;
    got.push(msg);
    setTimeout(() => {
      inFlight = false;
      void h.sink.receive(JSON.stringify({ t: 'export-ack', exportId: msg.exportId, seq: msg.seq }));
    }, 1);
  });
  return got;
}

async function loaded(): Promise<Harness> {
  const h = await openHarness();
  await h.sink.receive(beginText(record('imp_r', 'export.zip › siem-2.csv')));
  await h.sink.receive(batchFrame('imp_r', 0, incidentEvents().slice(0, 2), rejects('imp_r')));
  await h.sink.receive(endText('imp_r', 2, 3));
  return h;
}

describe('reject export stream', () => {
  it('sends line, reason, raw text and file in line order, one acknowledged message at a time', async () => {
    const h = await loaded();
    const got = ackingPeer(h);
    const r = await streamRejects({ db: h.ctx.db, acks: h.ctx.exportAcks, send: (m) => h.ctx.send(m), perMessage: 2 }, { exportId: 'exp_r', importId: 'imp_r' });
    expect(r).toEqual({ rows: 3 });
    expect(got.map((m) => [m.seq, m.last, m.rows.length])).toEqual([[0, false, 2], [1, true, 1]]);
    expect(got[0].header).toEqual([...REJECT_EXPORT_HEADER]);
    expect(got.flatMap((m) => m.rows)).toEqual([
      ['4', 'invalid date in "timestamp": "yesterday"', 'login,success,yesterday,k.sato@example.com', 'export.zip › siem-2.csv'],
      ['5', 'invalid date in "timestamp": "not a time"', "=cmd|' /C calc'!A0,success,not a time", 'export.zip › siem-2.csv'],
      ['9', 'expected 7 fields, found 4', 'logout,success,2024-05-14T04:00:00Z,k.sato@example.com', 'export.zip › siem-2.csv'],
    ]);
  });

  it('writes reasons and header in the language asked for; a reason stored without its text stays as written', async () => {
    const h = await loaded();
    const got = ackingPeer(h);
    const header = ['行', '理由', 'テキスト', 'ファイル'];
    await streamRejects({ db: h.ctx.db, acks: h.ctx.exportAcks, send: (m) => h.ctx.send(m) }, { exportId: 'exp_ja', importId: 'imp_r', lang: 'ja', header });
    expect(got[0].header).toEqual(header);
    expect(got[0].rows.map((r) => [r[0], r[1]])).toEqual([
      ['4', 'invalid date in "timestamp": "yesterday"'],
      ['5', 'invalid date in "timestamp": "not a time"'],
      ['9', 'フィールドが 4 個あります(7 個のはずです)'],
    ]);
  });

  it('is an RPC method; an import without rejects gives the header alone', async () => {
    const h = await loaded();
    await h.sink.receive(beginText(record('imp_clean')));
    await h.sink.receive(batchFrame('imp_clean', 0, incidentEvents().slice(2, 4)));
    await h.sink.receive(endText('imp_clean', 2));
    const got = ackingPeer(h);
    const reply = await handleRpc(h.ctx, { id: 7, method: 'exportRejects', params: { exportId: 'exp_c', importId: 'imp_clean' } });
    expect(reply).toEqual({ id: 7, ok: true, value: { rows: 0 } });
    expect(got).toEqual([{ t: 'export-rows', exportId: 'exp_c', seq: 0, header: [...REJECT_EXPORT_HEADER], rows: [], last: true }]);
    const bad = await handleRpc(h.ctx, { id: 8, method: 'exportRejects', params: { exportId: '', importId: 'imp_r' } });
    expect(bad).toMatchObject({ id: 8, ok: false, error: { code: 'invalid-input' } });
  });

  it('a needs-mapping abort keeps the request on the record with zero counts; a replaced import loses its events and rejects', async () => {
    const h = await loaded();
    await h.sink.receive(beginText(record('imp_m')));
    const request = { kind: 'table', columns: ['timestamp', 'user'], samples: [['2024-05-14T02:31:18Z', 'y.tanaka@example.com']], line: 1 };
    await h.sink.receive(JSON.stringify({ t: 'import-abort', importId: 'imp_m', status: 'needs-mapping', message: 'map it', mappingRequest: request }));
    expect(await h.ctx.db.imports.get('imp_m')).toMatchObject({ status: 'needs-mapping', read: 0, rejected: 0, added: 0, mappingRequest: request });
    expect(h.ctx.index.size).toBe(2);
    await h.sink.receive(JSON.stringify({ t: 'import-abort', importId: 'imp_r', status: 'replaced', message: 'imported again as cp932' }));
    expect(await h.ctx.db.imports.get('imp_r')).toMatchObject({ status: 'replaced', added: 0, message: 'imported again as cp932' });
    expect(h.ctx.index.size).toBe(0);
    expect(await h.ctx.db.rejects.where('importId').equals('imp_r').count()).toBe(0);
  });
});
