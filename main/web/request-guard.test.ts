import { describe, expect, it } from 'vitest';
import { refuseReason, tokenFrom } from './request-guard';

const ok = { host: '127.0.0.1:4000', origin: 'http://127.0.0.1:4000', token: 'secret-token', remoteAddress: '127.0.0.1' };

describe('web host request guard', () => {
  it('lets the served page in', () => {
    expect(refuseReason(ok, 4000, 'secret-token')).toBeNull();
    expect(refuseReason({ ...ok, origin: undefined }, 4000, 'secret-token')).toBeNull();
  });
  it.each([
    [{ token: undefined }, 'token'],
    [{ token: 'secret-tokeX' }, 'token'],
    [{ host: 'evil.example:4000' }, 'Host'],
    [{ origin: 'http://evil.example' }, 'Origin'],
    [{ origin: 'null' }, 'Origin'],
    [{ remoteAddress: '10.0.0.5' }, 'loopback'],
  ])('refuses %j', (patch, why) => {
    expect(refuseReason({ ...ok, ...patch }, 4000, 'secret-token')).toContain(why);
  });
  it('reads the token from query, header or cookie', () => {
    const u = new URL('http://127.0.0.1:4000/x?token=q');
    expect(tokenFrom(undefined, u, undefined)).toBe('q');
    expect(tokenFrom(undefined, new URL('http://h/x'), 'h')).toBe('h');
    expect(tokenFrom('a=1; auditlens_token=c%2Bd', new URL('http://h/x'), undefined)).toBe('c+d');
  });
});
