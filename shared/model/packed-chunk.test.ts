import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBatchFrame, encodeBatchFrame } from '../batch-frame';
import { chunkEvents, parseDetails } from './batch';
import { ChunkBuilder, selectEvents } from './chunk-builder';
import { checkChunk } from './chunk-check';
import type { NormalizedEvent } from './event';
import { FIELD, LAYOUT_ALIAS, LAYOUT_CODE16, LAYOUT_CODE8, LAYOUT_PLAIN, LAYOUT_SAME, LAYOUT_SLOT, type ChunkData } from './packed-chunk';

const event = (i: number, p: Partial<NormalizedEvent> = {}): NormalizedEvent => ({
  id: `id-${i}`, sourceId: 'naverworks.login', category: 'Login', time: 1715941309000 + i * 1000, timeText: `"t${i}" @ UTC`,
  actorName: `User ${i % 3}`, actorEmail: `u${i % 3}@example.com`, actorLogin: '', actorId: '', actorKind: 'member', action: 'login', target: '',
  status: i % 5 === 0 ? 'failure' : 'success', statusText: i % 5 === 0 ? 'Login failed' : 'Login successful', level: '', ip: `192.0.2.${i % 300}`,
  serviceType: 'PC Web', module: '', details: { loginMethod: i % 2 ? 'Password' : 'SSO' }, line: i + 2, raw: `raw line ${i}`, flags: i % 4, ...p,
});

function build(events: NormalizedEvent[], capacity = 1000): ChunkData {
  const b = new ChunkBuilder(capacity);
  for (const e of events) b.add(e);
  return b.close()!;
}

const kindOf = (c: ChunkData, f: number) => c.layout[f * LAYOUT_SLOT + 1];
const withImport = (e: NormalizedEvent) => ({ ...e, importId: 'imp' });

describe('packed chunks', () => {
  it('round-trips events through every layout: plain, one shared entry, one- and two-byte codes', () => {
    const events = Array.from({ length: 600 }, (_, i) => event(i));
    const c = build(events);
    expect(checkChunk(c)).toBeNull();
    expect(chunkEvents(c, 'imp')).toEqual(events.map(withImport));
    expect(kindOf(c, FIELD.id)).toBe(LAYOUT_PLAIN);
    expect(kindOf(c, FIELD.sourceId)).toBe(LAYOUT_SAME);
    expect(kindOf(c, FIELD.actorName)).toBe(LAYOUT_CODE8);
    expect(kindOf(c, FIELD.ip)).toBe(LAYOUT_CODE16);
    // one text: each distinct user once, not once per event
    expect(c.text.split('u1@example.com').length - 1).toBe(1);
  });

  it('keeps empty, multi-byte, surrogate-pair, BOM and control text exactly (a details key without a value is no key)', () => {
    const odd = ['', '\uFEFFname', '田中 由紀', '😀\u0000\u001f', 'a,"b"\r\nc'];
    const events = odd.map((s, i) => event(i, { raw: s, actorName: s, target: s, details: s === '' ? {} : { k: s } }));
    const c = build(events);
    expect(checkChunk(c)).toBeNull();
    expect(chunkEvents(c, 'imp')).toEqual(events.map(withImport));
    const frame = decodeBatchFrame(encodeBatchFrame({ importId: 'imp', seq: 1, rejects: [], progress: { read: 5, rejected: 0, bytesRead: 1, bytesTotal: 1 } }, [c]));
    expect(chunkEvents(frame.chunks[0], 'imp')).toEqual(events.map(withImport));
  });

  it('stops using a dictionary for a field whose values were nearly all distinct, and tries again later', () => {
    const b = new ChunkBuilder(100);
    const chunks: ChunkData[] = [];
    for (let n = 0; n < 20; n++) {
      for (let i = 0; i < 100; i++) b.add(event(n * 100 + i, { timeText: `t${n * 100 + i}`, module: i === 0 ? 'x' : 'y' }));
      chunks.push(b.close()!);
    }
    expect(chunks.map((c) => kindOf(c, FIELD.timeText))).toEqual(Array(20).fill(LAYOUT_PLAIN));
    expect(kindOf(chunks[3], FIELD.module)).toBe(LAYOUT_CODE8);
    expect(chunks.every((c) => checkChunk(c) === null)).toBe(true);
  });

  it('selects events into a compact chunk of their own', () => {
    const events = Array.from({ length: 10 }, (_, i) => event(i));
    const c = build(events);
    const some = selectEvents(c, [1, 4, 9], parseDetails)!;
    expect(checkChunk(some)).toBeNull();
    expect(chunkEvents(some, 'imp')).toEqual([events[1], events[4], events[9]].map(withImport));
    expect(some.text.length).toBeLessThan(c.text.length);
    expect(selectEvents(c, [], parseDetails)).toBeNull();
  });

  it('closes a chunk at its capacity', () => {
    const b = new ChunkBuilder(2);
    b.add(event(0));
    expect(b.full).toBe(false);
    b.add(event(1));
    expect(b.full).toBe(true);
    expect(b.close()?.count).toBe(2);
    expect(b.close()).toBeNull();
  });

  it('round-trips any events (property)', () => {
    const text = fc.string({ unit: 'binary', maxLength: 12 });
    const ev = fc.record({ a: text, b: text, c: text, t: fc.double({ noNaN: true, noDefaultInfinity: true }), n: fc.integer({ min: 0, max: 2 ** 31 - 1 }) });
    fc.assert(fc.property(fc.array(ev, { minLength: 1, maxLength: 40 }), (rows) => {
      const events = rows.map((r, i) => event(i, { id: `x${i}${r.a}`, actorName: r.a, ip: r.b, raw: r.c, target: r.a + r.b, time: r.t, line: r.n, details: r.b === '' ? {} : { [r.a || 'k']: r.b } }));
      const c = build(events, 64);
      expect(checkChunk(c)).toBeNull();
      expect(chunkEvents(c, 'imp')).toEqual(events.map(withImport));
    }), { numRuns: 200 });
  });
});

describe('checkChunk', () => {
  const good = () => build(Array.from({ length: 20 }, (_, i) => event(i)));

  it('names what is wrong', () => {
    expect(checkChunk({ ...good(), count: 0 })).toMatch(/count 0/);
    expect(checkChunk({ ...good(), time: new Float64Array(19) })).toMatch(/must hold 20/);
    const c = good();
    expect(checkChunk({ ...c, text: c.text.slice(1) })).toMatch(/cover/);
    const ends = c.ends.slice();
    ends[3] = ends[2] - 1;
    expect(checkChunk({ ...c, ends })).toMatch(/ends\[3\]/);
    const layout = c.layout.slice();
    layout[FIELD.status * LAYOUT_SLOT + 1] = 9;
    expect(checkChunk({ ...c, layout })).toMatch(/status: unknown layout 9/);
    const codes = c.codes.slice();
    codes.fill(200);
    expect(checkChunk({ ...c, codes })).toMatch(/names entry 200/);
    expect(checkChunk({ ...c, codes: new Uint8Array(c.codes.length + 1) })).toMatch(/codes: \d+ bytes/);
    const noId = build([event(0, { id: '' })]);
    expect(checkChunk(noId)).toMatch(/id entry 0: empty/);
    const wizard = build([event(0, { actorKind: 'wizard' as 'member' })]);
    expect(checkChunk(wizard)).toMatch(/actorKind entry 0: "wizard" is not one of/);
  });

  it('is refused on arrival by the frame decoder, with the batch and chunk named', () => {
    const bad = { ...good(), time: good().time.map((t, k) => (k === 5 ? Infinity : t)) };
    const bytes = encodeBatchFrame({ importId: 'imp_9', seq: 7, rejects: [], progress: { read: 0, rejected: 0, bytesRead: 0, bytesTotal: 0 } }, [good(), bad]);
    expect(() => decodeBatchFrame(bytes)).toThrow('batch 7 of imp_9, chunk 1: time[5]: not a finite number');
    const cut = bytes.slice(0, bytes.length - 3);
    expect(() => decodeBatchFrame(cut)).toThrow(/bytes where the header describes/);
    const garbled = bytes.slice();
    garbled[garbled.length - 1] = 0xff;
    expect(() => decodeBatchFrame(garbled)).toThrow(/chunk 1: the text is not valid UTF-8/);
  });
});

describe('CSV cells and aliases', () => {
  const HEADER_SEP = ',';
  /** An event read from a CSV row, as the record handler hands it over: its cells and raw line. */
  function row(i: number, cells: string[], raw = cells.join(HEADER_SEP)): { e: NormalizedEvent; cells: string[] } {
    const e = event(i, {
      raw, statusText: cells[0], ip: cells[3] ?? '', timeText: `"${cells[2]}" @ Asia/Tokyo`,
      details: { description: cells[0], ip: cells[3] ?? '-' },
    });
    return { e, cells };
  }
  const cellsOf = (i: number) => [i % 3 ? 'Login successful' : 'Login failed', `User ${i % 4} (u${i % 4}@example.com)`, `2024-05-17 10:00:${String(i).padStart(2, '0')}`, `192.0.2.${i % 5}`];

  function buildRows(rows: { e: NormalizedEvent; cells: string[] }[], capacity = 1000): ChunkData {
    const b = new ChunkBuilder(capacity);
    for (const r of rows) b.add(r.e, [r.e.line, r.e.line + 1], r.cells, HEADER_SEP);
    return b.close()!;
  }

  it('keeps a row\'s cells instead of its raw line, and fields equal to a cell as aliases of it', () => {
    const rows = Array.from({ length: 50 }, (_, i) => row(i, cellsOf(i)));
    const c = buildRows(rows);
    expect(checkChunk(c)).toBeNull();
    expect(c.cells).toBe(4);
    expect(chunkEvents(c, 'imp').map((e) => [e.raw, e.statusText, e.ip, e.timeText, e.details])).toEqual(rows.map((r) => [r.e.raw, r.e.statusText, r.e.ip, r.e.timeText, r.e.details]));
    // no raw text, no statusText, ip, details or timeText of their own: all read from the cells
    expect(c.text).not.toContain('192.0.2.1,');
    expect(c.text.split('Login successful').length - 1).toBe(1);
    for (const f of [FIELD.statusText, FIELD.ip, FIELD.timeText]) expect(c.layout[f * LAYOUT_SLOT + 1] & LAYOUT_ALIAS).toBe(LAYOUT_ALIAS);
  });

  it('keeps exact raw lines: quoted cells, quotes, a CR or a different spelling stay as written', () => {
    const quoted = ['Login successful', 'Sato, Kenji (k@example.com)', '2024-05-17 10:00:01', '192.0.2.1'];
    const odd = [
      row(0, cellsOf(0)),
      row(1, quoted, '"Login successful","Sato, Kenji (k@example.com)",2024-05-17 10:00:01,192.0.2.1'), // quoted without need
      row(2, quoted, 'Login successful,"Sato, Kenji (k@example.com)",2024-05-17 10:00:01,192.0.2.1'), // quoted as needed
      row(3, ['a "b" c', 'x', '2024-05-17 10:00:03', 'y'], '"a ""b"" c",x,2024-05-17 10:00:03,y'),
      row(4, ['a"b', 'x', '2024-05-17 10:00:04', 'y'], 'a"b,x,2024-05-17 10:00:04,y'), // a bare quote mid-cell
      row(5, ['a\rb', 'x', '2024-05-17 10:00:05', 'y'], 'a\rb,x,2024-05-17 10:00:05,y'), // a lone CR in a bare cell
      row(6, ['only', 'three', 'cells'], 'only,three,cells'),
      row(7, cellsOf(7), `${cellsOf(7).join(',')},`), // one more (empty) cell than the cells given
    ];
    const c = buildRows(odd);
    expect(checkChunk(c)).toBeNull();
    expect(chunkEvents(c, 'imp').map((e) => e.raw)).toEqual(odd.map((r) => r.e.raw));
    expect(chunkEvents(c, 'imp').map((e) => e.details)).toEqual(odd.map((r) => r.e.details));
    expect(chunkEvents(c, 'imp').map((e) => e.flags)).toEqual(odd.map((r) => r.e.flags));
  });

  it('an alias that stops matching its cell takes over the values it had', () => {
    const rows = Array.from({ length: 20 }, (_, i) => row(i, cellsOf(i)));
    rows[12].e.statusText = 'changed';
    rows[15].e.ip = '';
    rows[17].e.timeText = 'not from the cell';
    const c = buildRows(rows);
    expect(checkChunk(c)).toBeNull();
    expect(chunkEvents(c, 'imp').map((e) => [e.statusText, e.ip, e.timeText])).toEqual(rows.map((r) => [r.e.statusText, r.e.ip, r.e.timeText]));
  });

  it('reads details in each event\'s own key order', () => {
    const orders: Record<string, string>[] = [{ a: '1', b: '2' }, { b: '3', a: '4' }, { c: '5', a: '6' }, { a: '7', c: '8', b: '9' }];
    const events = orders.map((details, i) => event(i, { details }));
    const back = chunkEvents(build(events), 'imp').map((e) => Object.keys(e.details));
    expect(back).toEqual(orders.map((d) => Object.keys(d)));
  });

  it('keeps a details key named __proto__ as data', () => {
    const details = JSON.parse('{"__proto__":"x","k":"y"}') as Record<string, string>;
    const [e] = chunkEvents(build([event(0, { details })]), 'imp');
    expect(Object.keys(e.details)).toEqual(['__proto__', 'k']);
    expect(Object.getPrototypeOf(e.details)).toBe(Object.prototype);
  });
});
