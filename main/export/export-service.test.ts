import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataHub } from '../data/data-hub';
import { ExportService } from './export-service';

describe('export service over the data channel', () => {
  it('writes BOM, header and rows in order, acks each part and hashes the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'auditlens-export-'));
    const hub = new DataHub();
    const sent: string[] = [];
    hub.attach({ send: (t) => sent.push(String(t)), close: () => undefined });
    const svc = new ExportService(hub, { chooseTarget: async (n) => ({ path: join(dir, n), display: n }), downloadUrl: (id) => `/download/${id}` });
    const { exportId, canceled } = await svc.begin('out.csv');
    expect(canceled).toBe(false);
    await hub.receive(JSON.stringify({ t: 'export-rows', exportId, seq: 0, header: ['User', 'Description'], rows: [['=cmd', 'a,b']], last: false }));
    await hub.receive(JSON.stringify({ t: 'export-rows', exportId, seq: 1, rows: [['田中', 'ok']], last: true }));
    const result = await svc.result(exportId);
    const bytes = readFileSync(join(dir, 'out.csv'));
    expect(bytes.toString('utf8')).toBe(`\uFEFFUser,Description\r\n'=cmd,"a,b"\r\n田中,ok\r\n`);
    expect(result).toMatchObject({ rows: 2, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), downloadUrl: `/download/${exportId}` });
    expect(sent.map((s) => JSON.parse(s))).toEqual([{ t: 'export-ack', exportId, seq: 0 }, { t: 'export-ack', exportId, seq: 1 }]);
    expect(svc.finishedPath(exportId)?.name).toBe('out.csv');
  });

  it('tells the worker to stop when rows arrive for an unknown export', async () => {
    const hub = new DataHub();
    const sent: string[] = [];
    hub.attach({ send: (t) => sent.push(String(t)), close: () => undefined });
    await hub.receive(JSON.stringify({ t: 'export-rows', exportId: 'exp_x', seq: 0, rows: [], last: true }));
    expect(JSON.parse(sent[0])).toMatchObject({ t: 'export-cancel', exportId: 'exp_x' });
  });

  it('returns canceled when the user closes the save dialog', async () => {
    const svc = new ExportService(new DataHub(), { chooseTarget: async () => null, downloadUrl: () => undefined });
    expect(await svc.begin('x.csv')).toEqual({ exportId: '', target: '', canceled: true });
  });
});
