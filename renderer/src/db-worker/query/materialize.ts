/**
 * Rows for positions: the chunk references are taken from the index synchronously (so a rollback
 * while IndexedDB is read cannot shift them), then each needed chunk is read once.
 */
import { AppError } from '../../../../shared/errors';
import type { AuditEvent } from '../../../../shared/model/event';
import type { ChunkCache } from '../db/chunk-cache';
import type { PackedChunk } from '../../../../shared/model/packed-chunk';
import { chunkEvent } from '../../../../shared/model/batch';
import type { ChunkKey, EventIndex } from '../index/event-index';

/** Where a list of positions lives: chunk number and offset per row, plus the chunk keys. */
export interface RowRefs {
  chunkNo: Int32Array;
  offset: Uint16Array;
  chunks: readonly (ChunkKey | null)[];
}

export function refsOf(index: EventIndex, positions: Int32Array): RowRefs {
  const chunkNo = new Int32Array(positions.length);
  const offset = new Uint16Array(positions.length);
  for (let k = 0; k < positions.length; k++) {
    const p = positions[k];
    chunkNo[k] = index.chunkNo[p];
    offset[k] = index.offset[p];
  }
  return { chunkNo, offset, chunks: index.chunks.slice() };
}

/**
 * Calls `visit(row, chunk, offset)` for rows `from..to-1` of `refs`, reading each distinct chunk
 * once. Throws `not-found` when a chunk disappeared (its import was rolled back meanwhile).
 */
export async function visitRows(
  cache: ChunkCache, refs: RowRefs, from: number, to: number,
  visit: (row: number, chunk: PackedChunk, offset: number) => void,
): Promise<void> {
  const numbers: number[] = [];
  const seen = new Set<number>();
  for (let k = from; k < to; k++) {
    const c = refs.chunkNo[k];
    if (!seen.has(c)) { seen.add(c); numbers.push(c); }
  }
  const keys = numbers.map((c) => refs.chunks[c]);
  if (keys.some((k) => k === null)) throw new AppError('not-found', 'the data changed while it was read; run the query again');
  const records = await cache.getMany(keys as ChunkKey[]);
  const byNumber = new Map<number, PackedChunk>();
  numbers.forEach((c, i) => {
    const rec = records[i];
    if (!rec) throw new AppError('not-found', 'the data changed while it was read; run the query again');
    byNumber.set(c, rec);
  });
  for (let k = from; k < to; k++) visit(k, byNumber.get(refs.chunkNo[k]) as PackedChunk, refs.offset[k]);
}

/** Full events for `positions`, in their order. */
export async function materialize(index: EventIndex, cache: ChunkCache, positions: Int32Array): Promise<AuditEvent[]> {
  const refs = refsOf(index, positions);
  const rows = new Array<AuditEvent>(positions.length);
  await visitRows(cache, refs, 0, positions.length, (k, chunk, offset) => { rows[k] = chunkEvent(chunk, offset, chunk.importId); });
  return rows;
}
