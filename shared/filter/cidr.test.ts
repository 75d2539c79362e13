import { describe, expect, it } from 'vitest';
import { ipInCidr, parseCidr, parseIp, stripIpDecorations, type ParsedCidr } from './cidr';

function cidr(text: string): ParsedCidr {
  const r = parseCidr(text);
  if (!r.ok) throw new Error(r.error);
  return r.cidr;
}

const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');

describe('parseCidr', () => {
  it.each([
    ['203.0.113.0/24', 4, 24, 120, '00000000000000000000ffffcb007100'],
    ['203.0.113.77/24', 4, 24, 120, '00000000000000000000ffffcb007100'], // host bits cleared
    ['0.0.0.0/0', 4, 0, 96, '00000000000000000000ffff00000000'],
    ['198.51.100.7', 4, 32, 128, '00000000000000000000ffffc6336407'],
    ['198.51.100.7/32', 4, 32, 128, '00000000000000000000ffffc6336407'],
    ['2001:db8::/32', 6, 32, 32, '20010db8000000000000000000000000'],
    ['2001:DB8:0:0:0:0:0:1/128', 6, 128, 128, '20010db8000000000000000000000001'],
    ['::/0', 6, 0, 0, '00000000000000000000000000000000'],
    ['::1/128', 6, 128, 128, '00000000000000000000000000000001'],
    ['1::/16', 6, 16, 16, '00010000000000000000000000000000'],
    ['::ffff:203.0.113.0/120', 6, 120, 120, '00000000000000000000ffffcb007100'],
    ['::ffff:cb00:7100/120', 6, 120, 120, '00000000000000000000ffffcb007100'],
    ['fe80::1:2:3:4:5:6/64', 6, 64, 64, 'fe800000000100020000000000000000'], // :: for exactly one group
    [' 10.0.0.0/8 ', 4, 8, 104, '00000000000000000000ffff0a000000'],
  ])('%s', (text, version, prefix, prefix128, bytes) => {
    const c = cidr(text);
    expect([c.version, c.prefix, c.prefix128, hex(c.bytes)]).toEqual([version, prefix, prefix128, bytes]);
    expect(c.text).toBe(text.trim());
  });

  it.each([
    ['203.0.113.0/33', 'prefix /33 is longer than the 32 bits of an IPv4 address'],
    ['2001:db8::/129', 'prefix /129 is longer than the 128 bits of an IPv6 address'],
    ['203.0.113.0/', 'the prefix after "/" must be a number from 0 to 32'],
    ['203.0.113.0/x', 'the prefix after "/" must be a number from 0 to 32'],
    ['203.0.113.0/-1', 'the prefix after "/" must be a number from 0 to 32'],
    ['203.0.113.0/24/8', 'has more than one "/"'],
    ['256.0.0.0/8', '"256.0.0.0" is not an IPv4 or IPv6 address'],
    ['010.0.0.0/8', '"010.0.0.0" is not an IPv4 or IPv6 address'],
    ['1.2.3/8', 'is not an IPv4 or IPv6 address'],
    ['1:2:3:4:5:6:7:8:9/64', 'is not an IPv4 or IPv6 address'],
    ['1:2:3:4:5:6:7/64', 'is not an IPv4 or IPv6 address'],
    ['1::2::3/64', 'is not an IPv4 or IPv6 address'],
    ['1:2:3:4:5:6:7:8::/64', 'is not an IPv4 or IPv6 address'],
    ['12345::/16', 'is not an IPv4 or IPv6 address'],
    ['::ffff:1.2.3.4.5/96', 'is not an IPv4 or IPv6 address'],
    ['[2001:db8::]/32', 'is not an IPv4 or IPv6 address'],
    ['example.com/24', 'is not an IPv4 or IPv6 address'],
    ['', 'is not an IPv4 or IPv6 address'],
  ])('rejects %j', (text, message) => {
    const r = parseCidr(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(message);
  });
});

describe('stripIpDecorations / parseIp', () => {
  it.each([
    ['198.51.100.7:50412', '198.51.100.7'],
    ['[2001:db8::1]:443', '2001:db8::1'],
    ['[2001:db8::1]', '2001:db8::1'],
    ['fe80::1%eth0', 'fe80::1'],
    ['  203.0.113.9 ', '203.0.113.9'],
    ['2001:db8::1', '2001:db8::1'],
  ])('%s → %s', (input, out) => expect(stripIpDecorations(input)).toBe(out));

  it('maps IPv4 and IPv4-mapped IPv6 to the same bytes', () => {
    expect(hex(parseIp('203.0.113.9')!.bytes)).toBe(hex(parseIp('::ffff:203.0.113.9')!.bytes));
    expect(parseIp('::ffff:203.0.113.9')!.version).toBe(6);
    expect(parseIp('not an ip')).toBeNull();
    expect(parseIp('')).toBeNull();
  });
});

describe('ipInCidr', () => {
  it.each([
    ['203.0.113.9', '203.0.113.0/24', true],
    ['203.0.114.9', '203.0.113.0/24', false],
    ['198.51.100.7:50412', '198.51.100.0/24', true],
    ['198.51.100.7', '198.51.100.7/32', true],
    ['198.51.100.8', '198.51.100.7/32', false],
    ['198.51.100.7', '198.51.100.7', true],
    ['8.8.8.8', '0.0.0.0/0', true],
    ['2001:db8::1', '0.0.0.0/0', false], // an IPv4 block holds IPv4 addresses only
    ['::ffff:8.8.8.8', '0.0.0.0/0', true],
    ['2001:db8::1', '::/0', true],
    ['8.8.8.8', '::/0', true],
    ['[2001:db8::1]:443', '2001:db8::/32', true],
    ['2001:db9::1', '2001:db8::/32', false],
    ['2001:db8::1', '2001:db8::1/128', true],
    ['2001:db8::2', '2001:db8::1/128', false],
    ['2001:0db8:0000:0000:0000:0000:0000:0001', '2001:db8::1/128', true],
    ['::ffff:203.0.113.200', '203.0.113.0/24', true],
    ['203.0.113.200', '::ffff:203.0.113.0/120', true],
    ['203.0.113.200', '::ffff:0:0/96', true],
    ['fe80::1%eth0', 'fe80::/10', true],
    ['febf::1', 'fe80::/10', true],
    ['fec0::1', 'fe80::/10', false],
    ['10.255.255.255', '10.0.0.0/8', true],
    ['11.0.0.0', '10.0.0.0/8', false],
    ['172.31.0.1', '172.16.0.0/12', true],
    ['172.32.0.1', '172.16.0.0/12', false],
    ['', '0.0.0.0/0', false],
    ['unknown', '::/0', false],
    ['10.0.0.1.5', '10.0.0.0/8', false],
  ])('%s in %s → %s', (ip, block, expected) => {
    expect(ipInCidr(ip, cidr(block))).toBe(expected);
  });
});
