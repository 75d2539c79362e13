import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { emptyColumns, pushEvent } from '../../../../shared/model/batch';
import { incidentEvents, record } from '../test-support/incident';
import { freshDbName } from '../test-support/harness';
import { toChunkRecords } from './chunk-codec';
import Dexie from 'dexie';
import { AuditlensDb } from './schema';
import { packChunk, unpackChunk } from './chunk-pack';

describe('AuditlensDb', () => {
  it('opens, stores a chunk, an import, a reject and a setting, and reads them back after reopening', async () => {
    const name = freshDbName();
    const events = incidentEvents();
    const cols = emptyColumns();
    for (const e of events) pushEvent(cols, e, 'imp_a');
    const chunks = toChunkRecords(cols, events.map((_, i) => i), 'imp_a', 0, 1000);

    const db = new AuditlensDb(name);
    await db.open();
    expect(db.verno).toBe(2);
    await db.chunks.bulkAdd(chunks.map(packChunk));
    await db.imports.put({ ...record('imp_a'), status: 'finished' });
    await db.rejects.add({ importId: 'imp_a', line: 3, reason: 'expected 6 fields, found 5', raw: 'a,b' });
    await db.settings.put({ key: 'displayZone', value: 'Asia/Tokyo' });
    db.close();

    const again = new AuditlensDb(name);
    await again.open();
    expect(again.tables.map((t) => t.name).sort()).toEqual(['chunks', 'imports', 'rejects', 'settings']);
    const stored = await again.chunks.get(['imp_a', 0]);
    const chunk = stored && unpackChunk(stored);
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

  it('packs a version 1 database\'s chunks when it opens as version 2', async () => {
    const name = freshDbName();
    const events = incidentEvents();
    const cols = emptyColumns();
    for (const e of events) pushEvent(cols, e, 'imp_a');
    const [chunk] = toChunkRecords(cols, events.map((_, i) => i), 'imp_a', 0, 1000);
    const v1 = new Dexie(name);
    v1.version(1).stores({ chunks: '[importId+seq]', imports: 'id, startedAt', rejects: '++id, importId', settings: 'key' });
    await v1.table('chunks').add(chunk);
    v1.close();

    const db = new AuditlensDb(name);
    await db.open();
    const stored = await db.chunks.get(['imp_a', 0]);
    expect(typeof stored?.text).toBe('string');
    expect(unpackChunk(stored!)).toEqual(chunk);
    db.close();
  });

  it('round-trips every column through the packed form, including empty, multi-byte and control text', () => {
    const events = incidentEvents().map((e, i) => ({ ...e, raw: i === 0 ? '' : `${e.raw}\u0000\u001f😀`, target: i === 1 ? '' : e.target }));
    const cols = emptyColumns();
    for (const e of events) pushEvent(cols, e, 'imp_p');
    const [chunk] = toChunkRecords(cols, events.map((_, i) => i), 'imp_p', 0, 1000);
    expect(unpackChunk(packChunk(chunk))).toEqual(chunk);
    const some = unpackChunk(packChunk(chunk), ['id', 'ip']);
    expect(some.ip).toEqual(chunk.ip);
    expect(some.raw).toEqual([]);
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
