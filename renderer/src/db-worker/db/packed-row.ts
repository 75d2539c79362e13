/**
 * One event read straight from a stored (packed) chunk: its values are sliced out of the chunk's
 * text by their end offsets, so that a page whose rows are spread over a hundred chunks (sorted by
 * user, say) costs its rows, not a full unpack of every chunk it touches.
 */
import type { ActorKind, AuditEvent, EventStatus } from '../../../../shared/model/event';
import { PACKED_FIELDS, type PackedChunk } from './chunk-pack';
import { parseDetails } from './chunk-codec';

const FIELD_INDEX = new Map<string, number>(PACKED_FIELDS.map((f, i) => [f, i]));

function valueAt(chunk: PackedChunk, field: (typeof PACKED_FIELDS)[number], offset: number): string {
  const p = (FIELD_INDEX.get(field) as number) * chunk.count + offset;
  return chunk.text.slice(p === 0 ? 0 : chunk.ends[p - 1], chunk.ends[p]);
}

/** The full event at `offset`; `details` is parsed only when asked for. */
export function packedEventAt(chunk: PackedChunk, offset: number, withDetails = true): AuditEvent {
  const v = (f: (typeof PACKED_FIELDS)[number]) => valueAt(chunk, f, offset);
  return {
    id: v('id'),
    sourceId: v('sourceId'),
    category: v('category'),
    time: chunk.time[offset],
    timeText: v('timeText'),
    actorName: v('actorName'),
    actorEmail: v('actorEmail'),
    actorLogin: v('actorLogin'),
    actorId: v('actorId'),
    actorKind: v('actorKind') as ActorKind,
    action: v('action'),
    target: v('target'),
    status: v('status') as EventStatus,
    statusText: v('statusText'),
    level: v('level'),
    ip: v('ip'),
    serviceType: v('serviceType'),
    module: v('module'),
    details: withDetails ? parseDetails(v('details')) : {},
    importId: chunk.importId,
    line: chunk.line[offset],
    raw: v('raw'),
    flags: chunk.flags[offset],
  };
}
