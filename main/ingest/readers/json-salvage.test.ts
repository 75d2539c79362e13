import { describe, expect, it } from 'vitest';
import { salvageJsonObject } from './json-salvage';

describe('salvageJsonObject', () => {
  it('keeps the complete members of a cut object, closing what was open', () => {
    expect(salvageJsonObject('{"a":1,"b":{"c":"x,y","d":[1,2,3')).toEqual({ a: 1, b: { c: 'x,y', d: [1, 2] } });
    expect(salvageJsonObject('  {"id":"u1","published":"2024-05-14T02:31:18Z","actor":{"id":"00u')).toEqual({ id: 'u1', published: '2024-05-14T02:31:18Z' });
    expect(salvageJsonObject('{"a":"say \\"hi\\", then",')).toEqual({ a: 'say "hi", then' });
  });

  it('gives nothing for text that is not a cut object', () => {
    expect(salvageJsonObject('{"a":1, "b": tru}')).toBeNull(); // closed: damaged, not cut
    expect(salvageJsonObject('{"a":"open')).toBeNull(); // no complete member
    expect(salvageJsonObject('[{"a":1},')).toBeNull();
    expect(salvageJsonObject('')).toBeNull();
  });
});
