/**
 * The stored form of a chunk. Structured cloning is paid per string: a chunk of 1,000 events held
 * as 20 arrays of strings is 20,000 strings to clone on every write and read, and that clone was
 * the largest cost of an import in the DB worker (measured with the V8 profiler). Stored, all the
 * string values of a chunk are one text plus the end offset of each value, so a chunk clones as
 * one string and a few typed arrays; the in-memory ChunkRecord is rebuilt by slicing.
 */
import type { ChunkRecord, StoredStringField } from './schema';
import { EVENT_STRING_FIELDS } from '../../../../shared/model/event';

const STORED_FIELDS = EVENT_STRING_FIELDS.filter((f): f is StoredStringField => f !== 'importId');
/** Every string column of a chunk, in the order they are packed. */
export const PACKED_FIELDS: readonly (StoredStringField | 'details')[] = [...STORED_FIELDS, 'details'];

export interface PackedChunk {
  importId: string;
  seq: number;
  count: number;
  time: Float64Array;
  line: Int32Array;
  flags: Uint8Array;
  /** the values of PACKED_FIELDS, field after field, each field's values in event order */
  text: string;
  /** end offset in `text` of each value: field f, event k at [f * count + k] */
  ends: Uint32Array;
}

export function packChunk(rec: ChunkRecord): PackedChunk {
  const n = rec.count;
  const ends = new Uint32Array(PACKED_FIELDS.length * n);
  const parts: string[] = new Array<string>(PACKED_FIELDS.length * n);
  let at = 0;
  let p = 0;
  for (const f of PACKED_FIELDS) {
    const col = rec[f];
    for (let k = 0; k < n; k++) {
      const v = col[k];
      parts[p] = v;
      at += v.length;
      ends[p++] = at;
    }
  }
  return { importId: rec.importId, seq: rec.seq, count: n, time: rec.time, line: rec.line, flags: rec.flags, text: parts.join(''), ends };
}

/** Rebuilds the columns (all of them, or only `fields`, the others left empty). */
export function unpackChunk(stored: PackedChunk, fields: readonly (StoredStringField | 'details')[] = PACKED_FIELDS): ChunkRecord {
  const n = stored.count;
  const rec = { importId: stored.importId, seq: stored.seq, count: n, time: stored.time, line: stored.line, flags: stored.flags } as ChunkRecord;
  const wanted = new Set(fields);
  const { text, ends } = stored;
  PACKED_FIELDS.forEach((f, fi) => {
    const col = new Array<string>(wanted.has(f) ? n : 0);
    if (wanted.has(f)) {
      let p = fi * n;
      let start = p === 0 ? 0 : ends[p - 1];
      for (let k = 0; k < n; k++, p++) {
        const end = ends[p];
        col[k] = text.slice(start, end);
        start = end;
      }
    }
    rec[f] = col;
  });
  return rec;
}

/** True for a record written before chunks were packed (schema version 1). */
export function isUnpacked(value: unknown): value is ChunkRecord {
  return typeof value === 'object' && value !== null && Array.isArray((value as { id?: unknown }).id);
}
