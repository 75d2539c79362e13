/**
 * Rebuilds the in-memory index and the set of stored event ids from the chunk records when the
 * database opens, reading the chunks in primary-key pages (one import after another, in order).
 * The next page is requested before the current one is indexed, so IndexedDB's backend reads
 * while this thread encodes.
 */
import { FIELD, entryOf, entryStart, type PackedChunk } from '../../../../shared/model/packed-chunk';
import type { AuditlensDb } from '../db/schema';
import type { EventIndex } from './event-index';
import { StagedIds, type IdSet } from './id-set';

const PAGE_CHUNKS = 32;

export interface LoadedIndex {
  events: number;
  /** next free chunk seq per import */
  nextSeq: Map<string, number>;
  /** time spent waiting for IndexedDB, and indexing (ms) */
  waitMs: number;
  buildMs: number;
}

function readPage(db: AuditlensDb, after: [string, number] | null): Promise<PackedChunk[]> {
  return after ? db.chunks.where(':id').above(after).limit(PAGE_CHUNKS).toArray() : db.chunks.limit(PAGE_CHUNKS).toArray();
}

export async function loadIndex(db: AuditlensDb, index: EventIndex, ids: IdSet): Promise<LoadedIndex> {
  const nextSeq = new Map<string, number>();
  let waitMs = 0;
  let buildMs = 0;
  let pending = readPage(db, null);
  for (;;) {
    const t0 = performance.now();
    const page = await pending;
    const t1 = performance.now();
    waitMs += t1 - t0;
    if (page.length === PAGE_CHUNKS) {
      const tail = page[page.length - 1];
      pending = readPage(db, [tail.importId, tail.seq]);
    }
    for (const chunk of page) {
      index.appendChunk(chunk);
      addIds(ids, chunk);
      nextSeq.set(chunk.importId, chunk.seq + 1);
    }
    buildMs += performance.now() - t1;
    if (page.length < PAGE_CHUNKS) break;
  }
  // Sort once now, so the first query after start does not pay for it.
  const t2 = performance.now();
  index.timeDesc();
  buildMs += performance.now() - t2;
  return { events: index.size, nextSeq, waitMs, buildMs };
}

/** The chunk's ids, read in place in its text. */
function addIds(ids: IdSet, c: PackedChunk): void {
  // nothing to forget at start: the record of what was added is dropped
  const staged = new StagedIds();
  for (let k = 0; k < c.count; k++) {
    if (c.ids.length) {
      ids.addLanes(c.ids[2 * k], c.ids[2 * k + 1], staged);
    } else {
      const e = entryOf(c, FIELD.id, k);
      ids.addAt(c.text, entryStart(c, e), c.ends[e], staged);
    }
  }
}
