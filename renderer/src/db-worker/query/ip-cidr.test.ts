import { describe, expect, it } from 'vitest';
import { cidrContains, compareIp, parseCidr, parseIp } from './ip-cidr';

const inBlock = (block: string, ip: string) => cidrContains(parseCidr(block)!, parseIp(ip)!);

describe('IP addresses and CIDR blocks', () => {
  it('parses the forms logs write', () => {
    expect(parseIp('203.0.113.45')).not.toBeNull();
    expect(parseIp('203.0.113.45:443')).toEqual(parseIp('203.0.113.45'));
    expect(parseIp('[2001:db8::1]:8443')).toEqual(parseIp('2001:db8::1'));
    expect(parseIp('fe80::1%eth0')).toEqual(parseIp('fe80::1'));
    expect(parseIp('::ffff:203.0.113.45')).toEqual(parseIp('203.0.113.45'));
    expect(parseIp('2001:db8:0:0:0:0:0:1')).toEqual(parseIp('2001:db8::1'));
    for (const bad of ['', 'unknown', '256.1.1.1', '1.2.3', '2001:db8:::1', '1:2:3:4:5:6:7:8:9', 'g::1']) expect(parseIp(bad)).toBeNull();
  });

  it('matches IPv4 blocks at any prefix length', () => {
    expect(inBlock('203.0.113.0/24', '203.0.113.45')).toBe(true);
    expect(inBlock('203.0.113.0/24', '203.0.114.45')).toBe(false);
    expect(inBlock('203.0.113.32/27', '203.0.113.45')).toBe(true);
    expect(inBlock('203.0.113.32/29', '203.0.113.45')).toBe(false);
    expect(inBlock('0.0.0.0/0', '198.51.100.7')).toBe(true);
    expect(inBlock('0.0.0.0/0', '2001:db8::1')).toBe(false);
    expect(inBlock('203.0.113.0/24', '::ffff:203.0.113.9')).toBe(true);
  });

  it('matches IPv6 blocks', () => {
    expect(inBlock('2001:db8::/32', '2001:db8:dead:beef::45')).toBe(true);
    expect(inBlock('2001:db8::/32', '2001:db9::1')).toBe(false);
    expect(inBlock('2001:db8:4:12::/64', '2001:db8:4:12:aa::1')).toBe(true);
    expect(inBlock('2001:db8:4:12::/64', '2001:db8:4:13::1')).toBe(false);
    expect(inBlock('2001:db8::/31', '2001:db9::1')).toBe(true);
    expect(inBlock('2001:db8::/32', '203.0.113.1')).toBe(false);
  });

  it('refuses malformed blocks', () => {
    for (const bad of ['203.0.113.0/33', '2001:db8::/129', '203.0.113.0/', '203.0.113.0/2/4', 'x/24', '203.0.113.0/-1']) expect(parseCidr(bad)).toBeNull();
  });

  it('orders addresses numerically', () => {
    const sorted = ['2001:db8::1', '203.0.113.9', '198.51.100.10', '198.51.100.9'].map((s) => [s, parseIp(s)!] as const)
      .sort((a, b) => compareIp(a[1], b[1])).map(([s]) => s);
    expect(sorted).toEqual(['198.51.100.9', '198.51.100.10', '203.0.113.9', '2001:db8::1']);
  });
});
