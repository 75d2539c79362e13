import { describe, expect, it } from 'vitest';
import { JsonRecordReader } from './json-records';

type Rec = { raw: string; line: number; ok: boolean; error: string };

function read(text: string, chunk = text.length || 1): { recs: Rec[]; format: string } {
  const recs: Rec[] = [];
  const r = new JsonRecordReader((raw, line, value, error) => recs.push({ raw, line, ok: value !== undefined, error }), 'test.json');
  for (let i = 0; i < text.length; i += chunk) r.push(text.slice(i, i + chunk));
  r.end();
  return { recs, format: r.format };
}

const lines = (t: string) => read(t).recs.map((r) => [r.line, r.raw]);

describe('JsonRecordReader', () => {
  it('reads the elements of a top-level array with the line each starts on', () => {
    const text = '[\n  {"a": 1,\n   "b": "x"},\n  {"a": 2}\n]\n';
    expect(lines(text)).toEqual([[2, '{"a": 1,\n   "b": "x"}'], [4, '{"a": 2}']]);
    expect(read(text).format).toBe('json');
  });

  it('reads the record array of an API page and not the page itself', () => {
    const text = '{\n "@odata.context": "x",\n "@odata.nextLink": "y",\n "value": [\n  {"id": "1", "n": [1, {"k": 2}]},\n  {"id": "2"}\n ]\n}';
    expect(lines(text)).toEqual([[5, '{"id": "1", "n": [1, {"k": 2}]}'], [6, '{"id": "2"}']]);
    expect(lines('{"kind":"k","items":[{"a":1},{"a":2}],"nextPageToken":"t"}').map(([, r]) => r)).toEqual(['{"a":1}', '{"a":2}']);
    expect(lines('{"entries":[{"id":"a"}],"response_metadata":{"next_cursor":""}}').map(([, r]) => r)).toEqual(['{"id":"a"}']);
  });

  it('keeps an object whose arrays are not a page as one record (Google items have events[])', () => {
    expect(lines('{"id":{"time":"t"},"events":[{"name":"login"}]}\n')).toEqual([[1, '{"id":{"time":"t"},"events":[{"name":"login"}]}']]);
  });

  it('reads JSON Lines, skipping blank lines and CRs, whatever the chunking', () => {
    const text = '{"a":1}\r\n\r\n{"a":"x,y}"}\r\n{"a":3}';
    const whole = read(text);
    expect(whole.recs.map((r) => [r.line, r.raw])).toEqual([[1, '{"a":1}'], [3, '{"a":"x,y}"}'], [4, '{"a":3}']]);
    expect(whole.format).toBe('jsonl');
    for (const n of [1, 2, 3, 5]) expect(read(text, n).recs).toEqual(whole.recs);
  });

  it('rejects a damaged line of JSON Lines and goes on', () => {
    const { recs } = read('{"a":1}\n{"a": tru}\n{"a":"open\n{"a":4}\n');
    expect(recs.map((r) => [r.line, r.ok])).toEqual([[1, true], [2, false], [3, false], [4, true]]);
    expect(recs[1].error).toMatch(/^not valid JSON/);
  });

  it('rejects a first line that breaks inside a string and reads the rest as lines', () => {
    const { recs } = read('{"a":"open\n{"a":2}\n');
    expect(recs.map((r) => [r.line, r.ok])).toEqual([[1, false], [2, true]]);
  });

  it('rejects a record cut off by the end of the file, with its line', () => {
    const { recs } = read('[\n {"a":1},\n {"a":"cut');
    expect(recs.map((r) => [r.line, r.ok, r.error])).toEqual([[2, true, ''], [3, false, 'the file ends inside this record (cut off?)']]);
    const jl = read('{"a":1}\n{"a":"cut');
    expect(jl.recs.map((r) => [r.line, r.ok])).toEqual([[1, true], [2, false]]);
  });

  it('gives scalars in an array as records (the handler rejects them)', () => {
    expect(lines('[1, "two", {"a":3}]')).toEqual([[1, '1'], [1, '"two"'], [1, '{"a":3}']]);
  });

  it('stops a record that outgrows the limit', () => {
    const r = new JsonRecordReader(() => {}, 'big.json', 100);
    expect(() => r.push(`[{"a":"${'x'.repeat(200)}`)).toThrow(/big\.json: the JSON record at line 1 is longer/);
  });
});
