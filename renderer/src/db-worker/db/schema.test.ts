import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { chunkEvents } from '../../../../shared/model/batch';
import { checkChunk } from '../../../../shared/model/chunk-check';
import type { NormalizedEvent } from '../../../../shared/model/event';
import { chunksOf } from '../test-support/index-of';
import { incidentEvents, record } from '../test-support/incident';
import { freshDbName } from '../test-support/harness';
import { LEGACY_FIELDS, packV2, type ChunkV1 } from './chunk-legacy';
import { AuditlensDb } from './schema';

/** A chunk as schema version 1 stored it: one array per column. */
function chunkV1(events: NormalizedEvent[], importId: string, seq: number): ChunkV1 {
  const n = events.length;
  const rec = { importId, seq, count: n, time: new Float64Array(events.map((e) => e.time)), line: new Int32Array(events.map((e) => e.line)), flags: new Uint8Array(events.map((e) => e.flags)) } as ChunkV1;
  for (const f of LEGACY_FIELDS) rec[f] = events.map((e) => (f === 'details' ? JSON.stringify(e.details) : e[f]));
  return rec;
}

const STORES_V1 = { chunks: '[importId+seq]', imports: 'id, startedAt', rejects: '++id, importId', settings: 'key' };
const asStored = (events: NormalizedEvent[], importId: string) => events.map((e) => ({ ...e, importId }));

describe('AuditlensDb', () => {
  it('opens, stores a chunk, an import, a reject and a setting, and reads them back after reopening', async () => {
    const name = freshDbName();
    const events = incidentEvents();
    const db = new AuditlensDb(name);
    await db.open();
    expect(db.verno).toBe(3);
    await db.chunks.bulkAdd(chunksOf(events, 'imp_a', 1000));
    await db.imports.put({ ...record('imp_a'), status: 'finished' });
    await db.rejects.add({ importId: 'imp_a', line: 3, reason: 'expected 6 fields, found 5', raw: 'a,b' });
    await db.settings.put({ key: 'displayZone', value: 'Asia/Tokyo' });
    db.close();

    const again = new AuditlensDb(name);
    await again.open();
    expect(again.tables.map((t) => t.name).sort()).toEqual(['chunks', 'imports', 'rejects', 'settings']);
    const stored = await again.chunks.get(['imp_a', 0]);
    expect(stored?.count).toBe(events.length);
    expect(stored?.time).toBeInstanceOf(Float64Array);
    expect(stored?.line).toBeInstanceOf(Int32Array);
    expect(stored?.flags).toBeInstanceOf(Uint8Array);
    expect(checkChunk(stored!)).toBeNull();
    expect(chunkEvents(stored!, 'imp_a')).toEqual(asStored(events, 'imp_a'));
    expect((await again.imports.get('imp_a'))?.status).toBe('finished');
    expect(await again.rejects.where('importId').equals('imp_a').count()).toBe(1);
    expect((await again.settings.get('displayZone'))?.value).toBe('Asia/Tokyo');
    again.close();
  });

  it('converts the chunks of a database written by schema version 1 when it opens', async () => {
    const name = freshDbName();
    const events = incidentEvents();
    const v1 = new Dexie(name);
    v1.version(1).stores(STORES_V1);
    await v1.table('chunks').bulkAdd([chunkV1(events.slice(0, 5), 'imp_a', 0), chunkV1(events.slice(5), 'imp_a', 1)]);
    await v1.table('imports').put({ ...record('imp_a'), status: 'finished' });
    v1.close();

    const db = new AuditlensDb(name);
    await db.open();
    const stored = await db.chunks.toArray();
    expect(stored.every((c) => checkChunk(c) === null)).toBe(true);
    expect(stored.flatMap((c) => chunkEvents(c, c.importId))).toEqual(asStored(events, 'imp_a'));
    expect((await db.imports.get('imp_a'))?.status).toBe('finished');
    db.close();
  });

  it('converts the chunks of a database written by schema version 2 when it opens', async () => {
    const name = freshDbName();
    const events = incidentEvents().map((e, i) => ({ ...e, raw: i === 0 ? '' : `${e.raw}\u0000\u001f😀`, target: i === 1 ? '' : e.target }));
    const v2 = new Dexie(name);
    v2.version(1).stores(STORES_V1);
    v2.version(2).stores({});
    await v2.table('chunks').add(packV2(chunkV1(events, 'imp_b', 4)));
    v2.close();

    const db = new AuditlensDb(name);
    await db.open();
    const stored = await db.chunks.get(['imp_b', 4]);
    expect(checkChunk(stored!)).toBeNull();
    expect(chunkEvents(stored!, 'imp_b')).toEqual(asStored(events, 'imp_b'));
    db.close();
  });
});
