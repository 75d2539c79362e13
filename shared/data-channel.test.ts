import { describe, expect, it } from 'vitest';
import { encodeBatchFrame } from './batch-frame';
import { parseToMain, parseToWorker } from './data-channel';
import { chunkEvents } from './model/batch';
import { ChunkBuilder } from './model/chunk-builder';
import type { NormalizedEvent } from './model/event';

const event: NormalizedEvent = {
  id: 'e1', sourceId: 'naverworks.login', category: 'Login', time: 1715621478000, timeText: '"2024-05-14 02:31:18" @ Asia/Tokyo',
  actorName: 'Yuki Tanaka', actorEmail: 'y.tanaka@example.com', actorLogin: '', actorId: '', actorKind: 'member',
  action: 'login', target: '', status: 'success', statusText: 'Login successful', level: '', ip: '203.0.113.45',
  serviceType: 'IMAP', module: '', details: { loginMethod: 'Password' }, line: 2, raw: 'x', flags: 0,
};
const progress = { read: 1, rejected: 0, bytesRead: 10, bytesTotal: 10 };

function frame(events: NormalizedEvent[], seq = 0): Uint8Array {
  const b = new ChunkBuilder();
  for (const e of events) b.add(e);
  return encodeBatchFrame({ importId: 'imp_1', seq, rejects: [], progress }, [b.close()!]);
}

describe('data channel messages', () => {
  it('accepts a well-formed batch frame, as bytes or as a buffer', () => {
    const msg = parseToWorker(frame([event]));
    expect(msg.t).toBe('batch');
    if (msg.t !== 'batch') return;
    expect(msg.chunks.flatMap((c) => chunkEvents(c, 'imp_1'))).toEqual([{ ...event, importId: 'imp_1' }]);
    expect(parseToWorker(frame([event]).buffer as ArrayBuffer).t).toBe('batch');
  });
  it('names the chunk and field that are wrong', () => {
    const bytes = frame([event, { ...event, id: 'e2', time: 1715621479000 }], 3);
    // the time of event 1 sits right after the header: make it NaN
    const headerBytes = new DataView(bytes.buffer).getUint32(4, true);
    new DataView(bytes.buffer).setFloat64(8 + headerBytes + 8, NaN, true);
    expect(() => parseToWorker(bytes)).toThrow(/batch 3 of imp_1, chunk 0: time\[1\]: not a finite number/);
  });
  it('refuses batches as JSON text, unknown message kinds and malformed JSON', () => {
    expect(() => parseToWorker(JSON.stringify({ t: 'batch', importId: 'imp_1', seq: 0, rejects: [], progress }))).toThrow();
    expect(() => parseToWorker('{"t":"drop-database"}')).toThrow();
    expect(() => parseToWorker('not json')).toThrow();
    expect(() => parseToMain('{"t":"ack","importId":"x"}')).toThrow();
  });
});
