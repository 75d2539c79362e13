import { describe, expect, it } from 'vitest';
import { detectJsonSource } from './json-registry';
import type { JsonSourceModule } from './json-source';
import { baseEvent } from './source-module';

const module = (id: string, score: number): JsonSourceModule => ({
  id, category: 'Test', detect: () => score, normalize: () => ({ ok: true, event: baseEvent(id, 'Test', 0, '', {}) }),
});

describe('detectJsonSource', () => {
  it('picks the best fit, and nothing when no source fits', () => {
    expect(detectJsonSource({ a: 1 }, [module('a', 1), module('b', 3), module('c', 2)])?.id).toBe('b');
    expect(detectJsonSource({ a: 1 }, [module('a', 0)])).toBeNull();
  });
});
