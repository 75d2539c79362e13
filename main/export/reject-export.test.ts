/** A reject list written by the events export's writer: header, line order, formula-looking text neutralized. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataHub } from '../data/data-hub';
import { ExportService } from './export-service';

describe('reject export through the export service', () => {
  it('writes Line, Reason, Raw text, File with every cell safe for a spreadsheet', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'auditlens-rejects-'));
    const hub = new DataHub();
    hub.attach({ send: () => undefined, close: () => undefined });
    const svc = new ExportService(hub, { chooseTarget: async (n) => ({ path: join(dir, n), display: n }), downloadUrl: () => undefined });
    const { exportId } = await svc.begin('rejects.csv');
    const rows = [
      ['4', 'invalid date in "timestamp": "yesterday"', 'login,success,yesterday', 'export.zip › siem.csv'],
      ['5', 'invalid date', "=cmd|' /C calc'!A0,x", 'export.zip › siem.csv'],
      ['6', 'malformed quotes', '@SUM(1)\n+2 "quoted"', 'export.zip › siem.csv'],
    ];
    await hub.receive(JSON.stringify({ t: 'export-rows', exportId, seq: 0, header: ['Line', 'Reason', 'Raw text', 'File'], rows, last: true }));
    expect((await svc.result(exportId)).rows).toBe(3);
    expect(readFileSync(join(dir, 'rejects.csv'), 'utf8')).toBe([
      '\uFEFFLine,Reason,Raw text,File',
      '4,"invalid date in ""timestamp"": ""yesterday""","login,success,yesterday",export.zip › siem.csv',
      `5,invalid date,"'=cmd|' /C calc'!A0,x",export.zip › siem.csv`,
      `6,malformed quotes,"'@SUM(1)\n+2 ""quoted""",export.zip › siem.csv`,
      '',
    ].join('\r\n'));
  });
});
