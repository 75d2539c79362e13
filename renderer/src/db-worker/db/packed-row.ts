/**
 * One event read straight from a stored (packed) chunk: its values are sliced out of the chunk's
 * text through the chunk's layout, so that a page whose rows are spread over a hundred chunks
 * (sorted by user, say) costs its rows, not a full unpack of every chunk it touches.
 */
import { chunkEvent, type EventParts } from '../../../../shared/model/batch';
import type { AuditEvent } from '../../../../shared/model/event';
import type { PackedChunk } from '../../../../shared/model/packed-chunk';

/** The event at `offset`: all of it, or without the `parts` set to false (see chunkEvent). */
export function packedEventAt(chunk: PackedChunk, offset: number, parts: EventParts = {}): AuditEvent {
  return chunkEvent(chunk, offset, chunk.importId, parts);
}
