/**
 * The packed chunk: up to CHUNK_EVENTS events in the one form that the ingest builds, that crosses
 * the data channel (inside a batch frame, shared/batch-frame.ts) and that IndexedDB stores
 * (docs/decisions.md "Storage"). IndexedDB and the structured clone cost per string and per byte,
 * so a chunk is a few typed arrays and ONE text:
 * - every string field's values are *entries* in `text`, each ending at `ends[entry]`;
 * - a field's entries are either one per event (`plain`: ids, raw lines), one for all events
 *   (`same`: the source, a constant column), or the distinct values with a one- or two-byte code per
 *   event in `codes` (`code8`/`code16`: status, service type, user …).
 * The per-chunk dictionaries are what make the DB worker cheap: the index maps a chunk's few
 * distinct values to its own codes instead of hashing a string per event.
 */
import { EVENT_STRING_FIELDS, type EventStringField } from './event';

/** Events per chunk written by the ingest. */
export const CHUNK_EVENTS = 1000;
/** Codes are 16-bit, so a chunk cannot hold more events than this. */
export const MAX_CHUNK_EVENTS = 65_535;

/** A string column of a chunk; `importId` is the chunk's own field, `details` one JSON object text per event. */
export type ChunkField = Exclude<EventStringField, 'importId'> | 'details';

/** Every string column of a chunk, in the order their entries sit in the text. */
export const CHUNK_FIELDS: readonly ChunkField[] = [...EVENT_STRING_FIELDS.filter((f): f is Exclude<EventStringField, 'importId'> => f !== 'importId'), 'details'];

/** Position of each field in CHUNK_FIELDS (and in `layout`). */
export const FIELD = Object.fromEntries(CHUNK_FIELDS.map((f, i) => [f, i])) as Readonly<Record<ChunkField, number>>;

/** How a field's entries map to events. */
export const LAYOUT_PLAIN = 0;
export const LAYOUT_SAME = 1;
export const LAYOUT_CODE8 = 2;
export const LAYOUT_CODE16 = 3;

/** `layout` words per field: first entry, kind, offset of its codes in `codes`. */
export const LAYOUT_SLOT = 3;

/** A chunk's events, before it is given to an import (`importId`, `seq`). */
export interface ChunkData {
  count: number;
  time: Float64Array;
  line: Int32Array;
  flags: Uint8Array;
  /** every entry of every field, field after field */
  text: string;
  /** end offset in `text` (UTF-16 units) of each entry */
  ends: Uint32Array;
  /** per field (CHUNK_FIELDS order): [first entry, LAYOUT_* kind, offset in `codes`] */
  layout: Uint32Array;
  /** the code8 / code16 (little-endian) columns, one after the other */
  codes: Uint8Array;
}

/** A chunk record as IndexedDB stores it (schema version 3). */
export interface PackedChunk extends ChunkData {
  importId: string;
  /** per import, from 0, in write order */
  seq: number;
}

/** The entry that holds field `f` of event `k`. */
export function entryOf(c: ChunkData, f: number, k: number): number {
  const s = f * LAYOUT_SLOT;
  const first = c.layout[s];
  switch (c.layout[s + 1]) {
    case LAYOUT_PLAIN: return first + k;
    case LAYOUT_SAME: return first;
    case LAYOUT_CODE8: return first + c.codes[c.layout[s + 2] + k];
    default: {
      const at = c.layout[s + 2] + 2 * k;
      return first + (c.codes[at] | (c.codes[at + 1] << 8));
    }
  }
}

/** Where entry `e` starts in the text. */
export function entryStart(c: ChunkData, e: number): number {
  return e === 0 ? 0 : c.ends[e - 1];
}

/** The text of entry `e`. */
export function entryText(c: ChunkData, e: number): string {
  return c.text.slice(e === 0 ? 0 : c.ends[e - 1], c.ends[e]);
}

/** The value of field `f` (see FIELD) for event `k`. */
export function valueAt(c: ChunkData, f: number, k: number): string {
  return entryText(c, entryOf(c, f, k));
}

/** The entries of field `f`: `first` up to (not including) `end`. */
export function entryRange(c: ChunkData, f: number): { first: number; end: number } {
  const first = c.layout[f * LAYOUT_SLOT];
  const end = f + 1 < CHUNK_FIELDS.length ? c.layout[(f + 1) * LAYOUT_SLOT] : c.ends.length;
  return { first, end };
}

/**
 * Per event, the index of its entry within field `f`'s entries (0 = the field's first entry):
 * what lets a reader resolve each distinct value once and then map events with a typed-array read.
 */
export function localCodes(c: ChunkData, f: number): Uint16Array {
  const n = c.count;
  const out = new Uint16Array(n);
  const s = f * LAYOUT_SLOT;
  const kind = c.layout[s + 1];
  const at = c.layout[s + 2];
  if (kind === LAYOUT_PLAIN) for (let k = 0; k < n; k++) out[k] = k;
  else if (kind === LAYOUT_CODE8) out.set(c.codes.subarray(at, at + n));
  else if (kind === LAYOUT_CODE16) for (let k = 0; k < n; k++) out[k] = c.codes[at + 2 * k] | (c.codes[at + 2 * k + 1] << 8);
  return out;
}
