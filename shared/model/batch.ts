/**
 * Events read back out of packed chunks (packed-chunk.ts), the form a batch crosses from ingest
 * (main) to the DB worker in and the form stored in IndexedDB. Only pages and exports become
 * AuditEvent objects: row objects cost ~5 µs each to clone or serialize (research/perf-limits.md).
 */
import type { ActorKind, AuditEvent, EventStatus } from './event';
import { CHUNK_ONLY_FLAGS, FIELD, detailsAt, idAt, rawAt, setOwn, valueAt, type ChunkData } from './packed-chunk';

/** A details JSON text as an object; a damaged text yields {} rather than failing a whole page. */
export function parseDetails(text: string): Record<string, string> {
  try {
    const v: unknown = JSON.parse(text);
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return {};
    const out: Record<string, string> = {};
    for (const [k, x] of Object.entries(v)) setOwn(out, k, typeof x === 'string' ? x : JSON.stringify(x));
    return out;
  } catch {
    return {};
  }
}

/** What chunkEvent may leave empty because the caller does not read it (an export of a few columns). */
export interface EventParts { details?: boolean; raw?: boolean; id?: boolean }

/**
 * Event `k` of a chunk of import `importId`. `parts` says which of the costly parts to fill (all by
 * default): the details object, the raw line (rebuilt from its cells), the id text.
 */
export function chunkEvent(c: ChunkData, k: number, importId: string, parts: EventParts = {}): AuditEvent {
  const v = (f: number) => valueAt(c, f, k);
  return {
    id: parts.id === false ? '' : idAt(c, k),
    sourceId: v(FIELD.sourceId),
    category: v(FIELD.category),
    time: c.time[k],
    timeText: v(FIELD.timeText),
    actorName: v(FIELD.actorName),
    actorEmail: v(FIELD.actorEmail),
    actorLogin: v(FIELD.actorLogin),
    actorId: v(FIELD.actorId),
    actorKind: v(FIELD.actorKind) as ActorKind,
    action: v(FIELD.action),
    target: v(FIELD.target),
    status: v(FIELD.status) as EventStatus,
    statusText: v(FIELD.statusText),
    level: v(FIELD.level),
    ip: v(FIELD.ip),
    serviceType: v(FIELD.serviceType),
    module: v(FIELD.module),
    details: parts.details === false ? {} : detailsAt(c, k, parseDetails),
    importId,
    line: c.line[k],
    raw: parts.raw === false ? '' : rawAt(c, k),
    flags: c.flags[k] & ~CHUNK_ONLY_FLAGS,
  };
}

/** Every event of a chunk, in order. */
export function chunkEvents(c: ChunkData, importId: string): AuditEvent[] {
  const out: AuditEvent[] = [];
  for (let k = 0; k < c.count; k++) out.push(chunkEvent(c, k, importId));
  return out;
}
