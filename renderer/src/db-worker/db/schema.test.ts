import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { emptyColumns, pushEvent } from '../../../../shared/model/batch';
import { incidentEvents, record } from '../test-support/incident';
import { freshDbName } from '../test-support/harness';
import { toChunkRecords } from './chunk-codec';
import { AuditlensDb } from './schema';

describe('AuditlensDb version 1', () => {
  it('opens, stores a chunk, an import, a reject and a setting, and reads them back after reopening', async () => {
    const name = freshDbName();
    const events = incidentEvents();
    const cols = emptyColumns();
    for (const e of events) pushEvent(cols, e, 'imp_a');
    const chunks = toChunkRecords(cols, events.map((_, i) => i), 'imp_a', 0, 1000);

    const db = new AuditlensDb(name);
    await db.open();
    expect(db.verno).toBe(1);
    await db.chunks.bulkAdd(chunks);
    await db.imports.put({ ...record('imp_a'), status: 'finished' });
    await db.rejects.add({ importId: 'imp_a', line: 3, reason: 'expected 6 fields, found 5', raw: 'a,b' });
    await db.settings.put({ key: 'displayZone', value: 'Asia/Tokyo' });
    db.close();

    const again = new AuditlensDb(name);
    await again.open();
    expect(again.tables.map((t) => t.name).sort()).toEqual(['chunks', 'imports', 'rejects', 'settings']);
    const chunk = await again.chunks.get(['imp_a', 0]);
    expect(chunk?.count).toBe(events.length);
    expect(chunk?.time).toBeInstanceOf(Float64Array);
    expect(chunk?.line).toBeInstanceOf(Int32Array);
    expect(chunk?.flags).toBeInstanceOf(Uint8Array);
    expect(Array.from(chunk!.time)).toEqual(events.map((e) => e.time));
    expect(chunk?.ip).toEqual(events.map((e) => e.ip));
    expect(JSON.parse(chunk!.details[0])).toEqual(events[0].details);
    expect((await again.imports.get('imp_a'))?.status).toBe('finished');
    expect(await again.rejects.where('importId').equals('imp_a').count()).toBe(1);
    expect((await again.settings.get('displayZone'))?.value).toBe('Asia/Tokyo');
    again.close();
  });

  it('splits events into chunk records of at most the chunk size, numbered from the first seq', () => {
    const events = incidentEvents();
    const cols = emptyColumns();
    for (const e of events) pushEvent(cols, e, 'imp_b');
    const chunks = toChunkRecords(cols, [0, 2, 4, 6, 8, 10, 11], 'imp_b', 5, 3);
    expect(chunks.map((c) => [c.seq, c.count])).toEqual([[5, 3], [6, 3], [7, 1]]);
    expect(chunks[1].id).toEqual(['break-in', 'admin-1', 'admin-3']);
    expect(chunks[2].id).toEqual(['mobile']);
  });
});
