import { describe, expect, it } from 'vitest';
import { emptyColumns, pushEvent } from '../../shared/model/batch';
import type { NormalizedEvent } from '../../shared/model/event';
import { appendEvent, BatchBuilder } from './batch-builder';

const event = (i: number): NormalizedEvent => ({
  id: `id${i}`, sourceId: 'naverworks.login', category: 'Login', time: 1715941309000 + i, timeText: `"t${i}" @ UTC`,
  actorName: 'A', actorEmail: 'a@example.com', actorLogin: 'a', actorId: 'id-a', actorKind: 'member', action: 'login', target: 't',
  status: 'success', statusText: 'ok', level: 'info', ip: '192.0.2.1', serviceType: 'PC Web', module: 'm', details: { k: `v${i}` },
  line: i + 2, raw: `raw ${i}`, flags: i % 4,
});

describe('BatchBuilder', () => {
  it('fills exactly the columns pushEvent fills', () => {
    const a = emptyColumns();
    const b = emptyColumns();
    for (let i = 0; i < 3; i++) {
      pushEvent(a, event(i), 'imp');
      appendEvent(b, event(i), 'imp');
    }
    expect(b).toEqual(a);
  });

  it('closes batches of the given size with the rejects since the last one', () => {
    const bb = new BatchBuilder('imp', 2);
    bb.reject({ importId: 'imp', line: 1, reason: 'r', raw: '' });
    for (let i = 0; i < 5; i++) bb.add(event(i));
    const ready = bb.takeReady();
    expect(ready.map((r) => [r.cols.id, r.rejects.length, r.read, r.rejected])).toEqual([[['id0', 'id1'], 1, 2, 1], [['id2', 'id3'], 0, 4, 1]]);
    expect(bb.takeReady()).toEqual([]);
    const rest = bb.takeRest();
    expect([rest.cols.id, rest.read]).toEqual([['id4'], 5]);
    expect(bb.takeRest().cols.id).toEqual([]);
  });
});
