/** An EventIndex built straight from events (no database), for the query tests. */
import { ChunkBuilder } from '../../../../shared/model/chunk-builder';
import type { NormalizedEvent } from '../../../../shared/model/event';
import type { ChunkData, PackedChunk } from '../../../../shared/model/packed-chunk';
import { EventIndex } from '../index/event-index';

export function indexOf(events: NormalizedEvent[], importId = 'imp_t', chunkSize = 5): EventIndex {
  const index = new EventIndex();
  appendEvents(index, events, importId, chunkSize);
  return index;
}

/** The events as packed chunks of at most `chunkSize` (what the ingest sends). */
export function chunkDataOf(events: NormalizedEvent[], chunkSize = 5): ChunkData[] {
  const b = new ChunkBuilder(chunkSize);
  const out: ChunkData[] = [];
  for (const e of events) {
    if (b.full) out.push(b.close() as ChunkData);
    b.add(e);
  }
  const last = b.close();
  if (last) out.push(last);
  return out;
}

/** The events as the chunk records an import would store, numbered from `firstSeq`. */
export function chunksOf(events: NormalizedEvent[], importId: string, chunkSize = 5, firstSeq = 0): PackedChunk[] {
  return chunkDataOf(events, chunkSize).map((c, i) => ({ importId, seq: firstSeq + i, ...c }));
}

/** Appends events as the chunk records an import would write. */
export function appendEvents(index: EventIndex, events: NormalizedEvent[], importId: string, chunkSize = 5): void {
  for (const c of chunksOf(events, importId, chunkSize)) index.appendChunk(c);
}

/** Event ids at the selected positions, given the events in arrival order. */
export function idsAt(events: NormalizedEvent[], positions: Int32Array): string[] {
  return Array.from(positions, (p) => events[p].id);
}
