import { describe, expect, it } from 'vitest';
import { COMPILE_HINT, withCompileHint } from './compile-hints.mts';

describe('the compile hint on the renderer chunk', () => {
  it('is the first line, and the source map moves down by that line', () => {
    const r = withCompileHint('var a=1;\nfunction f(){}', 'AAAA;AACA');
    expect(r.code.split('\n')[0]).toBe(COMPILE_HINT);
    expect(r.code.slice(COMPILE_HINT.length + 1)).toBe('var a=1;\nfunction f(){}');
    expect(r.mappings).toBe(';AAAA;AACA');
  });

  it('is added once, and a chunk without a map stays without one', () => {
    const once = withCompileHint('x()');
    expect(once.mappings).toBeUndefined();
    expect(withCompileHint(once.code, ';AAAA')).toEqual({ code: once.code, mappings: ';AAAA' });
  });
});
