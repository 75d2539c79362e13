/** An EventIndex built straight from events (no database), for the query tests. */
import { emptyColumns, pushEvent } from '../../../../shared/model/batch';
import type { NormalizedEvent } from '../../../../shared/model/event';
import { toChunkRecords } from '../db/chunk-codec';
import { EventIndex } from '../index/event-index';

export function indexOf(events: NormalizedEvent[], importId = 'imp_t', chunkSize = 5): EventIndex {
  const index = new EventIndex();
  appendEvents(index, events, importId, chunkSize);
  return index;
}

/** Appends events as the chunk records an import would write. */
export function appendEvents(index: EventIndex, events: NormalizedEvent[], importId: string, chunkSize = 5): void {
  const cols = emptyColumns();
  for (const e of events) pushEvent(cols, e, importId);
  for (const c of toChunkRecords(cols, events.map((_, i) => i), importId, 0, chunkSize)) index.appendChunk(c);
}

/** Event ids at the selected positions, given the events in arrival order. */
export function idsAt(events: NormalizedEvent[], positions: Int32Array): string[] {
  return Array.from(positions, (p) => events[p].id);
}
