import { describe, expect, it } from 'vitest';
import { chunkEvents } from '../../shared/model/batch';
import type { NormalizedEvent } from '../../shared/model/event';
import { BatchBuilder } from './batch-builder';

const event = (i: number): NormalizedEvent => ({
  id: `id${i}`, sourceId: 'naverworks.login', category: 'Login', time: 1715941309000 + i, timeText: `"t${i}" @ UTC`,
  actorName: 'A', actorEmail: 'a@example.com', actorLogin: 'a', actorId: 'id-a', actorKind: 'member', action: 'login', target: 't',
  status: 'success', statusText: 'ok', level: 'info', ip: '192.0.2.1', serviceType: 'PC Web', module: 'm', details: { k: `v${i}` },
  line: i + 2, raw: `raw ${i}`, flags: i % 4,
});

const ids = (b: { chunks: Parameters<typeof chunkEvents>[0][] }) => b.chunks.flatMap((c) => chunkEvents(c, 'imp').map((e) => e.id));

describe('BatchBuilder', () => {
  it('packs every field of every event into the batch\'s chunks', () => {
    const bb = new BatchBuilder(10);
    const events = [0, 1, 2].map(event);
    for (const e of events) bb.add(e);
    const [batch] = [bb.takeRest()];
    expect(batch.chunks.flatMap((c) => chunkEvents(c, 'imp'))).toEqual(events.map((e) => ({ ...e, importId: 'imp' })));
  });

  it('closes batches of the given size with the rejects since the last one', () => {
    const bb = new BatchBuilder(2);
    bb.reject({ importId: 'imp', line: 1, reason: 'r', raw: '' });
    for (let i = 0; i < 5; i++) bb.add(event(i));
    const ready = bb.takeReady();
    expect(ready.map((r) => [ids(r), r.rejects.length, r.read, r.rejected])).toEqual([[['id0', 'id1'], 1, 2, 1], [['id2', 'id3'], 0, 4, 1]]);
    expect(bb.takeReady()).toEqual([]);
    const rest = bb.takeRest();
    expect([ids(rest), rest.read]).toEqual([['id4'], 5]);
    expect(bb.takeRest().chunks).toEqual([]);
  });

  it('cuts a batch into chunks of the chunk size', () => {
    const bb = new BatchBuilder(7, 3);
    for (let i = 0; i < 7; i++) bb.add(event(i));
    const [batch] = bb.takeReady();
    expect(batch.chunks.map((c) => c.count)).toEqual([3, 3, 1]);
    expect(ids(batch)).toEqual(['id0', 'id1', 'id2', 'id3', 'id4', 'id5', 'id6']);
  });
});
