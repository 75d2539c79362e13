import { describe, expect, it } from 'vitest';
import { parseQuickSearch } from '../../../shared/filter/quick-search';
import { decodeSearch, encodeSearch } from './search-url';
import { DEFAULT_SEARCH, type SearchSpec } from './search-model';

const JST = 'Asia/Tokyo';

function tree(text: string, zone = JST) {
  const r = parseQuickSearch(text, { timeZone: zone });
  if (!r.ok) throw new Error(r.error.message);
  return r.tree;
}

describe('search in the URL hash', () => {
  it('round-trips a full search', () => {
    const spec: SearchSpec = {
      page: 'naverworks.login',
      period: { preset: 'custom', from: Date.UTC(2024, 4, 13, 15), to: Date.UTC(2024, 4, 13, 21) },
      filter: tree('status:failure ip:203.0.113.0/24 service:(IMAP OR POP3 OR SMTP) -user:k.sato "private key" time:>=2024-05-14T01:00'),
      sort: { field: 'details.loginMethod', dir: 'asc' },
    };
    const hash = encodeSearch(spec, JST);
    expect(hash.startsWith('#/events/naverworks.login?')).toBe(true);
    expect(hash).not.toContain('+');
    expect(hash).toContain('q=status:failure%20ip:203.0.113.0/24%20service:(IMAP%20OR%20POP3%20OR%20SMTP)%20');
    const back = decodeSearch(hash, 'UTC');
    expect(back).toEqual({ spec, problem: null });
  });

  it('leaves defaults out and reads them back', () => {
    expect(encodeSearch(DEFAULT_SEARCH, JST)).toBe('#/events/all');
    expect(decodeSearch('#/events/all', JST)).toEqual({ spec: DEFAULT_SEARCH, problem: null });
    expect(encodeSearch({ ...DEFAULT_SEARCH, period: { preset: '24h' } }, JST)).toBe('#/events/all?period=24h');
  });

  it('reads dates in the zone the URL names, not the display zone', () => {
    const spec: SearchSpec = { ...DEFAULT_SEARCH, filter: tree('time:2024-05-14', JST) };
    const hash = encodeSearch(spec, JST);
    expect(decodeSearch(hash, 'America/New_York')?.spec.filter).toEqual(spec.filter);
  });

  it('routes the other pages and ignores hashes that are not ours', () => {
    expect(encodeSearch({ ...DEFAULT_SEARCH, page: 'imports' }, JST)).toBe('#/imports');
    expect(decodeSearch('#/imports', JST)?.spec.page).toBe('imports');
    expect(decodeSearch('', JST)).toBeNull();
    expect(decodeSearch('#section-2', JST)).toBeNull();
    expect(decodeSearch('#/nowhere', JST)).toBeNull();
  });

  it('keeps what it can of a damaged URL and says what it dropped', () => {
    const r = decodeSearch('#/events/all?q=status:(failure&period=custom&from=yesterday&sort=time', JST);
    expect(r?.spec.filter).toBeNull();
    expect(r?.spec.period).toEqual({ preset: 'custom' });
    expect(r?.spec.sort).toEqual(DEFAULT_SEARCH.sort);
    expect(r?.problem).toMatch(/filter: unclosed parenthesis/);
    expect(r?.problem).toMatch(/from: not an ISO date/);
    expect(r?.problem).toMatch(/sort:/);
    expect(decodeSearch('#/events/all?period=fortnight', JST)?.problem).toMatch(/unknown period/);
  });
});
