import { describe, expect, it } from 'vitest';
import { groupByVendor } from './nav-groups';

describe('menu groups', () => {
  it('groups loaded pages by vendor in the vendor menu order, skipping empty ones', () => {
    const g = groupByVendor([
      { sourceId: 'kintone.audit', category: 'kintone', count: 3 },
      { sourceId: 'naverworks.admin', category: 'Admin', count: 2 },
      { sourceId: 'naverworks.login', category: 'Login', count: 5 },
      { sourceId: 'naverworks.contacts', category: 'Contacts', count: 0 },
      { sourceId: 'mystery.thing', category: 'X', count: 1 },
    ]);
    expect(g.map((x) => x.vendor)).toEqual(['NAVER WORKS', 'Kintone', '']);
    expect(g[0].pages.map((p) => p.sourceId)).toEqual(['naverworks.login', 'naverworks.admin']);
  });
});
