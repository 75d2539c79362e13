/**
 * How the CSV record handler makes event ids: a source's vendor record id (recordId) decides alone,
 * a source's event key (eventKey) stands in for the raw row, and otherwise the canonical raw row,
 * each with the occurrence count except the vendor id.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { hashId } from '../../shared/util/hash';
import { collect, scratch, withBom } from './test-helpers';

const tmp = scratch();
afterAll(() => tmp.remove());
const file = (name: string, lines: string[]) => tmp.write(name, withBom(`${lines.join('\r\n')}\r\n`));
const M365_HEADER = 'RecordId,CreationDate,RecordType,Operation,UserId,AuditData,AssociatedAdminUnits,AssociatedAdminUnitsNames';
const audit = (id: string) => `"{""Id"":""${id}"",""Workload"":""SharePoint"",""ClientIP"":""192.0.2.33""}"`;
const m365 = (recordId: string, auditId: string) => `${recordId},5/15/2024 1:00:00 AM,6,FileAccessed,h.ito@example.com,${audit(auditId)},,`;

describe('event ids in the CSV record handler', () => {
  it('a vendor record id alone decides: a repeat in the file, or in another case, is the same event', async () => {
    const { events } = await collect(file('ids.csv', [M365_HEADER, m365('AA-1', 'x'), m365('aa-1', 'y'), m365('', 'Bb-2'), m365('', '')]));
    expect(events).toHaveLength(4);
    expect(events[0].id).toBe(hashId(`m365.unified_audit\u0000\u0001id:aa-1\u00000`));
    expect(events[1].id).toBe(events[0].id);
    // no RecordId: AuditData.Id
    expect(events[2].id).toBe(hashId(`m365.unified_audit\u0000\u0001id:bb-2\u00000`));
    // neither: the raw row and its occurrence, as for a source without ids
    expect(events[3].id).toBe(hashId(`m365.unified_audit\u0000${m365('', '')}\u00000`));
  });

  it('without a vendor id, two identical rows stay two events (occurrence count)', async () => {
    const row = m365('', '');
    const { events } = await collect(file('same.csv', [M365_HEADER, row, row]));
    expect(events.map((e) => e.id)).toEqual([hashId(`m365.unified_audit\u0000${row}\u00000`), hashId(`m365.unified_audit\u0000${row}\u00001`)]);
  });

  it('an event key replaces the raw row (NAVER WORKS), with the occurrence count', async () => {
    const header = 'Description,User,Date,IP Address,Login method,Service Type';
    const row = 'Login successful,Hiroshi Ito (H.Ito@example.com),2024-05-15 10:00:00,198.51.100.15,Password,PC Web';
    const { events } = await collect(file('key.csv', [header, row, row]));
    const key = [Date.UTC(2024, 4, 15, 1), 'h.ito@example.com', '198.51.100.15', 'pcweb', 'success', 'login'].join('\u0001');
    expect(events.map((e) => e.id)).toEqual([hashId(`naverworks.login\u0000${key}\u00000`), hashId(`naverworks.login\u0000${key}\u00001`)]);
  });

  it('sources with neither (Kintone, microCMS) keep the raw-row id', async () => {
    const header = '"日時","ユーザー","IPアドレス","レベル","サービス","モジュール","アクション","結果","エラーコード","補足"';
    const row = '"2024-05-14 03:52:10","k.sato","203.0.113.77","情報","kintone","App operation","Record file download","SUCCESS","","app id: 44"';
    const { events } = await collect(tmp.write('kintone.csv', `${header}\n${row}\n`));
    expect(events[0].id).toBe(hashId(`kintone.audit\u0000${row}\u00000`));
  });
});
