import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARED_FIXTURES, VENDOR_FIXTURES } from './vendor-paths';

const hasOriginal = existsSync(SHARED_FIXTURES);

describe('vendor fixture copies', () => {
  it.skipIf(!hasOriginal)('match ../shared/fixtures byte for byte', () => {
    const names = readdirSync(SHARED_FIXTURES).filter((n) => /\.(csv|json|jsonl|md)$/.test(n));
    expect(names.length).toBeGreaterThan(10);
    for (const n of names) expect(readFileSync(join(VENDOR_FIXTURES, n)).equals(readFileSync(join(SHARED_FIXTURES, n))), n).toBe(true);
  });
});
