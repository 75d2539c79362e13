import { describe, expect, it } from 'vitest';
import { COMPILE_HINT, mappingsBelowHint, withCompileHint } from './compile-hints.mts';

describe('the compile hint on the renderer chunk', () => {
  it('is the first line, and the source map moves down by that line', () => {
    const code = withCompileHint('var a=1;\nfunction f(){}');
    expect(code.split('\n')[0]).toBe(COMPILE_HINT);
    expect(code.slice(COMPILE_HINT.length + 1)).toBe('var a=1;\nfunction f(){}');
    expect(mappingsBelowHint('AAAA;AACA')).toBe(';AAAA;AACA');
  });

  it('is added once', () => {
    const once = withCompileHint('x()');
    expect(withCompileHint(once)).toBe(once);
  });
});
