import { afterEach, describe, expect, it } from 'vitest';
import { describeFilter } from '../../../../shared/filter/describe';
import { parseQuickSearch } from '../../../../shared/filter/quick-search';
import { setLanguage } from '../../i18n/messages';
import { filterWording } from './filter-wording';

function words(text: string): string {
  const r = parseQuickSearch(text, { timeZone: 'Asia/Tokyo' });
  if (!r.ok) throw new Error(r.error.message);
  return describeFilter(r.tree, { timeZone: 'Asia/Tokyo', wording: filterWording() });
}

describe('the search in words in the UI language', () => {
  afterEach(() => setLanguage('en'));

  it('reads in English with the field labels of the UI', async () => {
    await setLanguage('en');
    expect(words('status:failure ip:203.0.113.0/24 -user:k.sato')).toBe('Status is failure and IP address is in 203.0.113.0/24 and not User is k.sato');
  });

  it('speaks Japanese and Korean, keeping values, times and the zone', async () => {
    await setLanguage('ja');
    const ja = words('status:failure service:(IMAP OR POP3) time:[2024-05-14 TO 2024-05-14T06:00}');
    expect(ja).toContain('IMAP、POP3のいずれか');
    expect(ja).toContain('2024-05-14 00:00:00から2024-05-14 06:00:00の前まで(Asia/Tokyo)');
    expect(ja).toContain('かつ');
    expect(ja).not.toMatch(/\{(field|value|from|to|zone)\}/);
    await setLanguage('ko');
    const ko = words('-ip:203.0.113.0/24');
    expect(ko).toContain('203.0.113.0/24 범위 안');
    expect(ko).toMatch(/아님$/);
  });
});
