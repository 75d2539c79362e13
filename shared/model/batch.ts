/**
 * Events read back out of packed chunks (packed-chunk.ts), the form a batch crosses from ingest
 * (main) to the DB worker in and the form stored in IndexedDB. Only pages and exports become
 * AuditEvent objects: row objects cost ~5 µs each to clone or serialize (research/perf-limits.md).
 */
import type { ActorKind, AuditEvent, EventStatus } from './event';
import { FIELD, valueAt, type ChunkData } from './packed-chunk';

/** A details JSON text as an object; a damaged text yields {} rather than failing a whole page. */
export function parseDetails(text: string): Record<string, string> {
  try {
    const v: unknown = JSON.parse(text);
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return {};
    const out: Record<string, string> = {};
    for (const [k, x] of Object.entries(v)) out[k] = typeof x === 'string' ? x : JSON.stringify(x);
    return out;
  } catch {
    return {};
  }
}

/** Event `k` of a chunk of import `importId`; `details` is parsed only when asked for. */
export function chunkEvent(c: ChunkData, k: number, importId: string, withDetails = true): AuditEvent {
  const v = (f: number) => valueAt(c, f, k);
  return {
    id: v(FIELD.id),
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
    details: withDetails ? parseDetails(v(FIELD.details)) : {},
    importId,
    line: c.line[k],
    raw: v(FIELD.raw),
    flags: c.flags[k],
  };
}

/** Every event of a chunk, in order. */
export function chunkEvents(c: ChunkData, importId: string): AuditEvent[] {
  const out: AuditEvent[] = [];
  for (let k = 0; k < c.count; k++) out.push(chunkEvent(c, k, importId));
  return out;
}
