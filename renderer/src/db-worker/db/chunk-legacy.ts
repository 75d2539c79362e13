/**
 * Chunk records as earlier schema versions stored them, read only to upgrade a database:
 * version 1 kept one array of strings per column; version 2 packed all strings into one text plus
 * the end offset of every value. Version 3 (shared/model/packed-chunk.ts) adds per-chunk
 * dictionaries and is the form the ingest sends.
 */
import { parseDetails } from '../../../../shared/model/batch';
import { ChunkBuilder } from '../../../../shared/model/chunk-builder';
import { EVENT_STRING_FIELDS, type EventStringField } from '../../../../shared/model/event';
import type { PackedChunk } from '../../../../shared/model/packed-chunk';

type StoredStringField = Exclude<EventStringField, 'importId'>;

/** The string columns of version 1 and 2 chunks, in version 2's packing order. */
export const LEGACY_FIELDS: readonly (StoredStringField | 'details')[] = [...EVENT_STRING_FIELDS.filter((f): f is StoredStringField => f !== 'importId'), 'details'];

/** What every chunk version keeps as it is. */
interface ChunkFrame {
  importId: string;
  seq: number;
  count: number;
  time: Float64Array;
  line: Int32Array;
  flags: Uint8Array;
}

/** A version 1 chunk: one array per column. */
export type ChunkV1 = { [K in StoredStringField]: string[] } & ChunkFrame & { details: string[] };

/** A version 2 chunk: the values of LEGACY_FIELDS, field after field, in one text. */
export interface ChunkV2 extends ChunkFrame {
  text: string;
  /** end offset in `text` of each value: field f, event k at [f * count + k] */
  ends: Uint32Array;
}

/** True for a record written before chunks were packed (schema version 1). */
export function isChunkV1(value: unknown): value is ChunkV1 {
  return typeof value === 'object' && value !== null && Array.isArray((value as { id?: unknown }).id);
}

/** True for a record of schema version 2 (packed, without per-chunk dictionaries). */
export function isChunkV2(value: unknown): value is ChunkV2 {
  return typeof value === 'object' && value !== null && typeof (value as { text?: unknown }).text === 'string' && !('layout' in value);
}

/** The version 2 form of a version 1 chunk (the version 2 upgrade). */
export function packV2(rec: ChunkV1): ChunkV2 {
  const n = rec.count;
  const ends = new Uint32Array(LEGACY_FIELDS.length * n);
  const parts: string[] = new Array<string>(LEGACY_FIELDS.length * n);
  let at = 0;
  let p = 0;
  for (const f of LEGACY_FIELDS) {
    for (let k = 0; k < n; k++) {
      const v = rec[f][k];
      parts[p] = v;
      at += v.length;
      ends[p++] = at;
    }
  }
  return { importId: rec.importId, seq: rec.seq, count: n, time: rec.time, line: rec.line, flags: rec.flags, text: parts.join(''), ends };
}

/** The version 3 form of a version 2 chunk (the version 3 upgrade). */
export function packV3(old: ChunkV2): PackedChunk {
  const n = old.count;
  const b = new ChunkBuilder(Math.max(1, n));
  // LEGACY_FIELDS and CHUNK_FIELDS agree up to raw; version 3 keeps details per key
  const values = new Array<string>(LEGACY_FIELDS.length);
  for (let k = 0; k < n; k++) {
    for (let f = 0; f < LEGACY_FIELDS.length; f++) {
      const p = f * n + k;
      values[f] = old.text.slice(p === 0 ? 0 : old.ends[p - 1], old.ends[p]);
    }
    const details = parseDetails(values[LEGACY_FIELDS.length - 1]);
    b.addValues(values[0], values, details, old.time[k], old.line[k], old.flags[k]);
  }
  const data = b.close();
  if (!data) throw new Error(`chunk ${old.importId}/${old.seq} holds no events`);
  return { importId: old.importId, seq: old.seq, ...data };
}
