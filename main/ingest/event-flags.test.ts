import { describe, expect, it } from 'vitest';
import { EVENT_FLAGS } from '../../shared/model/event';
import { flagsOf, hasControls, withoutControls } from './event-flags';

describe('event flags', () => {
  it.each([['=1+2'], ['+1'], ['-2'], ['@SUM(A1)'], ['\tcmd'], ['\rcmd']])('flags %j as formula-looking', (v) => {
    expect(flagsOf(['ok', v], `ok,${v}`, false)).toBe(EVENT_FLAGS.formula);
  });
  it('does not flag ordinary values', () => {
    expect(flagsOf(['a=b', '192.0.2.1', ''], 'a=b,192.0.2.1,', true)).toBe(0);
  });
  it('flags and strips C0 controls but keeps TAB, LF and CR', () => {
    expect(hasControls('a\tb\nc\r')).toBe(false);
    expect(flagsOf(['a\u0007b'], 'a\u0007b', true)).toBe(EVENT_FLAGS.control);
    expect(withoutControls(['a\u0007b\u001b', 'x\ty'])).toEqual(['ab', 'x\ty']);
  });
});
