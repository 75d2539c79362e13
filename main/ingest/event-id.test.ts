import { describe, expect, it } from 'vitest';
import { hashId } from '../../shared/util/hash';
import { formatIdLanes } from '../../shared/util/id-lanes';
import { hashLanes, RowHasher } from './event-id';

const formatLanes = (l: Float64Array) => formatIdLanes(l[0], l[1]);

describe('event ids', () => {
  it('are exactly hashId(sourceId \\0 raw \\0 n)', () => {
    const hasher = new RowHasher('naverworks.login');
    const samples = ['', 'a', 'Login successful,Maria Lopez (m.lopez@example.com),2024-05-17 19:21:49,198.51.100.25,Password,PC Web', 'ログインに成功しました,田中 由紀 (y.tanaka@example.com)', 'emoji 👍 and \u0000 nul', 'x'.repeat(10_000)];
    for (const raw of samples) {
      for (const n of [0, 1, 2, 17, 123456]) {
        expect(formatLanes(hasher.lanes(raw, n))).toBe(hashId(`naverworks.login\u0000${raw}\u0000${n}`));
      }
    }
  });

  it('format lanes as hashId does, for any text', () => {
    const out = new Float64Array(2);
    let seed = 1;
    for (let i = 0; i < 2000; i++) {
      seed = (seed * 48271) % 2147483647;
      const text = String.fromCharCode(...Array.from({ length: seed % 50 }, (_, k) => (seed * (k + 1)) % 0xd7ff));
      hashLanes(text, out);
      expect(formatLanes(out)).toBe(hashId(text));
    }
  });
});

describe('event ids from key parts', () => {
  it('hash a key given in parts exactly as the joined key', () => {
    const hasher = new RowHasher('naverworks.login');
    const parts = ['y.tanaka@example.com', '203.0.113.45', 'imap', 'success', 'Login', 'ファイル 😀'];
    for (const time of [1715621478000, 0, -86_400_000, 1.5, -0, 2 ** 53 - 1, 2 ** 60, NaN]) {
      for (let count = 0; count <= parts.length; count++) {
        for (const n of [0, 3]) {
          const key = `${time}${parts.slice(0, count).map((p) => `\u0001${p}`).join('')}`;
          const expected = formatLanes(new RowHasher('naverworks.login').lanes(key, n));
          expect(formatLanes(hasher.lanesOfParts(time, parts, count, 1, n))).toBe(expected);
          expect(expected).toBe(hashId(`naverworks.login\u0000${key}\u0000${n}`));
        }
      }
    }
  });
});
