/**
 * Between the wire's columnar batch, the stored chunk record and the AuditEvent the UI sees.
 * Pure functions.
 */
import { ACTOR_KINDS, STATUSES, EVENT_STRING_FIELDS, type ActorKind, type AuditEvent, type EventStatus } from '../../../../shared/model/event';
import type { EventColumns } from '../../../../shared/model/batch';
import type { ChunkRecord, StoredStringField } from './schema';

const STORED_FIELDS = EVENT_STRING_FIELDS.filter((f): f is StoredStringField => f !== 'importId');
const ACTOR_KIND_SET = new Set<string>(ACTOR_KINDS);
const STATUS_SET = new Set<string>(STATUSES);

/**
 * Splits the events at `keep` (indices into `cols`) into chunk records of at most `size` events,
 * numbered from `firstSeq`.
 */
export function toChunkRecords(cols: EventColumns, keep: ArrayLike<number>, importId: string, firstSeq: number, size: number): ChunkRecord[] {
  const out: ChunkRecord[] = [];
  for (let start = 0, seq = firstSeq; start < keep.length; start += size, seq++) {
    const n = Math.min(size, keep.length - start);
    const rec = { importId, seq, count: n, time: new Float64Array(n), line: new Int32Array(n), flags: new Uint8Array(n), details: new Array<string>(n) } as ChunkRecord;
    for (const f of STORED_FIELDS) rec[f] = new Array<string>(n);
    for (let k = 0; k < n; k++) {
      const i = keep[start + k];
      rec.time[k] = cols.time[i];
      rec.line[k] = cols.line[i];
      rec.flags[k] = cols.flags[i];
      rec.details[k] = cols.details[i];
      for (const f of STORED_FIELDS) rec[f][k] = cols[f][i];
    }
    out.push(rec);
  }
  return out;
}

/**
 * What checkColumns does not check: enumerations and ranges the stored arrays rely on.
 * Returns a reason, or null when the batch can be stored.
 */
export function checkEventValues(cols: EventColumns): string | null {
  for (let i = 0; i < cols.id.length; i++) {
    if (!cols.id[i]) return `columns.id[${i}]: empty`;
    if (!ACTOR_KIND_SET.has(cols.actorKind[i])) return `columns.actorKind[${i}]: not one of ${ACTOR_KINDS.join(', ')}`;
    if (!STATUS_SET.has(cols.status[i])) return `columns.status[${i}]: not one of ${STATUSES.join(', ')}`;
    const flags = cols.flags[i];
    if (!Number.isInteger(flags) || flags < 0 || flags > 255) return `columns.flags[${i}]: not a flag byte`;
    const line = cols.line[i];
    if (!Number.isInteger(line) || Math.abs(line) > 0x7fffffff) return `columns.line[${i}]: not a 32-bit integer`;
  }
  return null;
}

/** The details object of one event; a damaged text yields {} rather than failing a whole page. */
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

/** The full event at `offset` of a chunk; `details` is parsed only when asked for. */
export function eventAt(chunk: ChunkRecord, offset: number, withDetails = true): AuditEvent {
  return {
    id: chunk.id[offset],
    sourceId: chunk.sourceId[offset],
    category: chunk.category[offset],
    time: chunk.time[offset],
    timeText: chunk.timeText[offset],
    actorName: chunk.actorName[offset],
    actorEmail: chunk.actorEmail[offset],
    actorLogin: chunk.actorLogin[offset],
    actorId: chunk.actorId[offset],
    actorKind: chunk.actorKind[offset] as ActorKind,
    action: chunk.action[offset],
    target: chunk.target[offset],
    status: chunk.status[offset] as EventStatus,
    statusText: chunk.statusText[offset],
    level: chunk.level[offset],
    ip: chunk.ip[offset],
    serviceType: chunk.serviceType[offset],
    module: chunk.module[offset],
    details: withDetails ? parseDetails(chunk.details[offset]) : {},
    importId: chunk.importId,
    line: chunk.line[offset],
    raw: chunk.raw[offset],
    flags: chunk.flags[offset],
  };
}
