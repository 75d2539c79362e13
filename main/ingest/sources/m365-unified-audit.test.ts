import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EVENT_FLAGS } from '../../../shared/model/event';
import { collect, FIXTURES, scratch, withBom } from '../test-helpers';
import { detectSource } from './registry';

const FIXTURE = path.join(FIXTURES, 'm365-unified-audit.csv');
const iso = (ms: number) => new Date(ms).toISOString();
const tmp = scratch();
afterAll(() => tmp.remove());

/** The fixture's lines without the BOM: [header, …rows]; no row spans lines. */
const LINES = readFileSync(FIXTURE, 'utf8').replace(/^\uFEFF/, '').split('\r\n').filter((l) => l !== '');
const HEADER = LINES[0];
const rowOf = (recordId: string) => LINES.find((l) => l.startsWith(`${recordId},`))!;
const INBOX_RULE = '3b98e96d-6998-42a8-90bb-99e683403715';
const PAYROLL = 'fad09b13-dbfa-40cd-9d5a-ef693fb88c55';
const variant = (name: string, lines: string[]) => tmp.write(name, withBom(`${lines.join('\r\n')}\r\n`));
/** The AuditData cell of a row, unquoted (it is the only quoted field before the empty admin units). */
const auditDataOf = (line: string) => line.slice(line.indexOf(',"{') + 2, line.lastIndexOf('",')).replace(/""/g, '"');
const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

describe('Microsoft 365 unified audit log export', () => {
  it('imports the fixture: 105 events by workload, status and record type, nothing rejected', async () => {
    const { result, events, rejects } = await collect(FIXTURE);
    expect(result).toMatchObject({ status: 'finished', sourceId: 'm365.unified_audit', read: 105, rejected: 0, encoding: 'utf-8-bom' });
    expect(rejects).toEqual([]);
    expect(new Set(events.map((e) => e.id)).size).toBe(105);
    const count = (f: (e: (typeof events)[number]) => string) => events.reduce<Record<string, number>>((m, e) => ({ ...m, [f(e)]: (m[f(e)] ?? 0) + 1 }), {});
    expect(count((e) => e.category)).toEqual({ SharePoint: 34, AzureActiveDirectory: 70, Exchange: 1 });
    expect(count((e) => e.status)).toEqual({ unknown: 34, success: 50, failure: 21 });
    expect(count((e) => e.details.recordTypeName)).toEqual({ SharePointFileOperation: 34, AzureActiveDirectoryStsLogon: 69, ExchangeAdmin: 1, AzureActiveDirectory: 1 });
    expect(events.every((e) => e.flags === 0 && e.actorKind === 'member' && e.timeText.endsWith('" @ UTC'))).toBe(true);
  });

  it('normalizes the mailbox rule Yuki\'s account created on the night of 2024-05-14 (02:36 JST)', async () => {
    const { events } = await collect(FIXTURE);
    const e = events.find((x) => x.details.recordId === INBOX_RULE)!;
    expect(iso(e.time)).toBe('2024-05-13T17:36:05.000Z');
    expect(e).toMatchObject({
      line: 67, category: 'Exchange', timeText: '"5/13/2024 5:36:05 PM" @ UTC',
      actorName: '', actorEmail: 'y.tanaka@example.com', actorLogin: '', actorId: 'e4984c8a-9ade-4072-8f01-c134b27226f0', actorKind: 'member',
      action: 'New-InboxRule', target: 'y.tanaka\\.', status: 'success', statusText: 'True', ip: '203.0.113.45', flags: 0,
      details: {
        recordId: INBOX_RULE, recordType: '1', recordTypeName: 'ExchangeAdmin', UserType: '0 (Regular)',
        OrganizationId: '4f6d3a7e-1b2c-4d5e-8f90-a1b2c3d4e5f6', Version: '1', ExternalAccess: 'false', OrganizationName: 'example.onmicrosoft.com',
        'Parameters.Name': '.', 'Parameters.From': 'payroll@example.com', 'Parameters.ForwardTo': 'collector@example.net',
        'Parameters.DeleteMessage': 'True', 'Parameters.StopProcessingRules': 'True',
      },
    });
    expect(e.raw).toBe(rowOf(INBOX_RULE));
  });

  it('normalizes the payroll downloads and the sign-ins around them', async () => {
    const { events } = await collect(FIXTURE);
    const downloads = events.filter((e) => e.action === 'FileDownloaded');
    expect(downloads.map((e) => e.details.SourceFileName)).toEqual(['employees "all".xlsx', 'bank accounts.csv', 'payroll-2024-03.xlsx', 'payroll-2024-04.xlsx']);
    expect(downloads.every((e) => e.actorEmail === 'y.tanaka@example.com' && e.ip === '203.0.113.45' && e.status === 'unknown')).toBe(true);
    const first = downloads.find((e) => e.details.recordId === PAYROLL)!;
    expect(iso(first.time)).toBe('2024-05-13T17:40:10.000Z');
    expect(first).toMatchObject({
      category: 'SharePoint', target: 'https://example.sharepoint.com/sites/finance/Shared Documents/payroll-2024-04.xlsx', statusText: '',
      details: { recordTypeName: 'SharePointFileOperation', UserAgent: 'python-requests/2.31.0', ItemType: 'File', SiteUrl: 'https://example.sharepoint.com/sites/finance/' },
    });
    const locked = events.find((e) => e.details.LogonError === 'IdsLocked')!;
    expect(locked).toMatchObject({
      action: 'UserLoginFailed', actorEmail: 'a.suzuki@example.com', status: 'failure', statusText: 'Failed', ip: '203.0.113.45',
      details: { 'ExtendedProperties.UserAgent': 'BAV2ROPC', Actor: 'ID=a.suzuki@example.com, Type=5', ErrorNumber: '50053', recordTypeName: 'AzureActiveDirectoryStsLogon' },
    });
    const role = events.find((e) => e.action === 'Add member to role.')!;
    expect(role).toMatchObject({ actorEmail: 'k.sato@example.com', target: 'y.tanaka@example.com', ip: '203.0.113.77', details: { 'ModifiedProperties.Role.DisplayName': 'Global Administrator' } });
  });

  it('imports a record whose AuditData Excel cut at 32,767 characters from the other columns (rule 7)', async () => {
    const line = rowOf(INBOX_RULE);
    const json = auditDataOf(line);
    // a long member in the middle, then the cell cut where Excel cuts it
    const long = json.replace('"ObjectId"', `"Comment":"${'x'.repeat(40_000)}","ObjectId"`).slice(0, 32_767);
    const cut = line.replace(quote(json), quote(long));
    const broken = `${PAYROLL.slice(0, -1)}0,5/13/2024 5:40:11 PM,6,FileDownloaded,y.tanaka@example.com,"not json at all",,`;
    const { result, events, rejects } = await collect(variant('m365-cut.csv', [HEADER, cut, broken]));
    expect(result).toMatchObject({ read: 2, rejected: 0 });
    expect(rejects).toEqual([]);
    const [e, g] = events;
    expect(e.flags & EVENT_FLAGS.badJson).toBe(EVENT_FLAGS.badJson);
    expect(e.details.jsonError).toMatch(/^AuditData is not valid JSON: .* \(the cell is 32,767 characters long, Excel's limit: it was cut\)$/);
    // members before the cut survive; ObjectId and the Parameters after it are lost
    expect(e).toMatchObject({ action: 'New-InboxRule', actorEmail: 'y.tanaka@example.com', category: 'Exchange', status: 'success', ip: '203.0.113.45', target: '' });
    expect(e.details['Parameters.ForwardTo']).toBeUndefined();
    expect(e.raw).toBe(cut);
    expect(iso(e.time)).toBe('2024-05-13T17:36:05.000Z');
    expect(g).toMatchObject({ action: 'FileDownloaded', category: 'SharePointFileOperation', flags: EVENT_FLAGS.badJson, status: 'unknown', ip: '' });
    expect(g.details.jsonError).toMatch(/^AuditData is not valid JSON: /);
  });

  it('counts the same records re-exported with ISO dates, or in the older header, as duplicates (rule 5)', async () => {
    const original = await collect(FIXTURE);
    const idOf = (recordId: string) => original.events.find((e) => e.details.recordId === recordId)!.id;
    const isoDates = [HEADER, rowOf(INBOX_RULE).replace('5/13/2024 5:36:05 PM', '2024-05-13T17:36:05.0000000Z'), rowOf(INBOX_RULE)];
    const a = await collect(variant('m365-iso.csv', isoDates));
    expect(a.events.map((e) => e.id)).toEqual([idOf(INBOX_RULE), idOf(INBOX_RULE)]);
    expect(a.events[0].timeText).toBe('"2024-05-13T17:36:05.0000000Z" @ UTC');
    expect(a.events[0].time).toBe(a.events[1].time);
    // CreationDate,UserIds,Operations,AuditData: no RecordId column, AuditData.Id decides
    const old = rowOf(PAYROLL).split(',');
    const oldRow = [old[1], old[4], old[3], rowOf(PAYROLL).slice(rowOf(PAYROLL).indexOf(',"{') + 1, rowOf(PAYROLL).lastIndexOf(',,'))].join(',');
    const b = await collect(variant('m365-old.csv', ['CreationDate,UserIds,Operations,AuditData', oldRow]));
    expect(b.result.sourceId).toBe('m365.unified_audit');
    expect(b.events).toHaveLength(1);
    expect(b.events[0]).toMatchObject({ id: idOf(PAYROLL), action: 'FileDownloaded', actorEmail: 'y.tanaka@example.com', details: { recordTypeName: 'SharePointFileOperation' } });
  });

  it('reads the IP of a bracketed IPv6 with a port, and service principals and system accounts', async () => {
    const line = rowOf(INBOX_RULE);
    const json = auditDataOf(line);
    const v6 = json.replace('"ClientIP":"203.0.113.45:50412"', '"ClientIP":"[2001:db8:dead:beef::45]:50412"');
    const app = json.replace('"UserType":0', '"UserType":6').replace('"Id":"3b98', '"Id":"4b98');
    const system = json.replace('"UserType":0', '"UserType":"System"');
    const rows = [v6, app, system].map((j, i) => line.replace(INBOX_RULE, `${INBOX_RULE.slice(0, -1)}${i}`).replace(quote(json), quote(j)));
    rows[2] = rows[2].replace(',y.tanaka@example.com,', ',NT AUTHORITY\\SYSTEM (Microsoft.Exchange.ServiceHost),');
    const { events } = await collect(variant('m365-actors.csv', [HEADER, ...rows]));
    expect(events.map((e) => [e.ip, e.actorKind, e.actorEmail, e.actorLogin, e.details.UserType])).toEqual([
      ['2001:db8:dead:beef::45', 'member', 'y.tanaka@example.com', '', '0 (Regular)'],
      ['203.0.113.45', 'service_account', 'y.tanaka@example.com', '', '6 (ServicePrincipal)'],
      ['203.0.113.45', 'system', '', 'NT AUTHORITY\\SYSTEM (Microsoft.Exchange.ServiceHost)', 'System (System)'],
    ]);
  });

  it('is detected from the current and the older header, not from a header without AuditData', () => {
    expect(detectSource(HEADER.split(','))?.source.id).toBe('m365.unified_audit');
    expect(detectSource(['CreationDate', 'UserIds', 'Operations', 'AuditData'])?.source.id).toBe('m365.unified_audit');
    expect(detectSource(['CreationDate', 'UserIds', 'Operations'])).toBeNull();
  });
});
