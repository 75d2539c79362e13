import { describe, expect, it } from 'vitest';
import {
  ColumnMappingSchema, columnKey, keyOverlap, mappingSourceId, signatureKey, signatureOf, tableMappingFor, type ColumnMappingInput,
} from './column-mapping';

const siem: ColumnMappingInput = {
  name: 'SIEM export', kind: 'table', signature: ['timestamp', 'user', 'src_ip', 'event', 'result'],
  time: { column: 'timestamp', format: 'iso' }, columns: { actorEmail: 'user', ip: 'src_ip', action: 'event', status: 'result' },
};

describe('column mapping schema', () => {
  it('takes a mapping, fills defaults and normalizes the signature', () => {
    const m = ColumnMappingSchema.parse({ ...siem, signature: ['Timestamp', ' user', 'SRC_IP', 'event', 'result', 'user'], time: { column: 'timestamp' } });
    expect(m.version).toBe(1);
    expect(m.time.format).toBe('auto');
    expect(m.signature).toEqual(['event', 'result', 'src_ip', 'timestamp', 'user']);
  });

  it.each([
    [{ ...siem, name: '  ' }, 'name', /must not be empty/],
    [{ ...siem, kind: 'xml' }, 'kind', /.+/],
    [{ ...siem, time: { column: 'when', format: 'iso' } }, 'time.column', /"when" is not one of the columns in "signature"/],
    [{ ...siem, time: { column: 'timestamp', format: 'julian' } }, 'time.format', /.+/],
    [{ ...siem, columns: { actorEmail: 'mail' } }, 'columns.actorEmail', /"mail" is not one of the columns/],
    [{ ...siem, columns: { colour: 'event' } }, 'columns', /colour/],
    [{ ...siem, signature: [] }, 'signature', /.+/],
    [{ ...siem, extra: 1 }, '', /extra/],
  ])('refuses a bad mapping and names the field (%#)', (input, path, message) => {
    const r = ColumnMappingSchema.safeParse(input);
    expect(r.success).toBe(false);
    const issue = r.error!.issues[0];
    expect(issue.path.join('.')).toBe(path);
    expect(`${issue.message} ${JSON.stringify(issue)}`).toMatch(message);
  });
});

describe('header signature', () => {
  it('ignores order, case, white space, full-width forms and a BOM', () => {
    const a = signatureOf(['\uFEFFTimestamp', 'User', 'Client IP', 'ＥＶＥＮＴ']);
    const b = signatureOf(['event', 'client ip', 'user', 'timestamp']);
    expect(signatureKey(a)).toBe(signatureKey(b));
    expect(columnKey(' Client  IP ')).toBe('clientip');
  });

  it('finds the table mapping of a header only when every column is the same', () => {
    const m = ColumnMappingSchema.parse(siem);
    const json = ColumnMappingSchema.parse({ ...siem, kind: 'json' });
    expect(tableMappingFor([json, m], ['result', 'event', 'SRC_IP', 'user', 'timestamp'])).toBe(m);
    expect(tableMappingFor([m], ['timestamp', 'user', 'src_ip', 'event'])).toBeNull();
    expect(tableMappingFor([m], ['timestamp', 'user', 'src_ip', 'event', 'result', 'extra'])).toBeNull();
    expect(tableMappingFor([json], ['timestamp', 'user', 'src_ip', 'event', 'result'])).toBeNull();
  });

  it('measures how many keys JSON records share', () => {
    expect(keyOverlap(['a', 'b', 'c'], ['a', 'b', 'c'])).toBe(1);
    expect(keyOverlap(['a', 'b', 'c', 'd'], ['a', 'b', 'c'])).toBe(0.75);
    expect(keyOverlap([], [])).toBe(0);
  });
});

describe('source id of a mapping', () => {
  it('is custom.<slug>; names in other scripts get a hash so they stay apart', () => {
    expect(mappingSourceId('SIEM export')).toBe('custom.siem-export');
    expect(mappingSourceId('  Firewall / VPN (v2) ')).toMatch(/^custom\.firewall-vpn-v2-[0-9a-z]{6}$/);
    expect(mappingSourceId('Proxy_logs.2024')).toBe('custom.proxy-logs-2024');
    const a = mappingSourceId('社内SIEM');
    const b = mappingSourceId('社外SIEM');
    expect(a).toMatch(/^custom\.siem-[0-9a-z]{6}$/);
    expect(a).not.toBe(b);
    expect(mappingSourceId('監査ログ')).toMatch(/^custom\.[0-9a-z]{6}$/);
  });
});
