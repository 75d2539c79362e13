/**
 * The packed chunk: up to CHUNK_EVENTS events in the one form that the ingest builds, that crosses
 * the data channel (inside a batch frame, shared/batch-frame.ts) and that IndexedDB stores
 * (docs/decisions.md "Storage"). IndexedDB costs per byte (~20 ms of CPU per MB written, measured
 * in Chromium), so a chunk is a few typed arrays and ONE text, with nothing in it twice:
 * - ids are their two hash lanes (`ids`), not text;
 * - every string field's values are *entries* in `text`, each ending at `ends[entry]`: one per event
 *   (`plain`: raw lines), one for all events (`same`: the source), or the distinct values with a
 *   one- or two-byte code per event in `codes` (`code8`/`code16`: status, user, service …);
 * - a field may be *affixed*: its first two entries are a prefix and a suffix every value shares
 *   (`"2024-05-17 ` … `" @ Asia/Tokyo` of timeText), stored once;
 * - a field whose every value is a CSV cell's (statusText, details.ip …) is an *alias* of that
 *   cell's field and stores nothing;
 * - `details` keys get a field each (`keys`), up to MAX_KEY_FIELDS; further keys of the chunk go to
 *   `detailsRest`, a JSON object text per event;
 * - a CSV record's raw line is most often exactly its cells joined by the delimiter (quoted where
 *   needed): then the cells are fields of their own (`cells`, `cellSep`), dictionary-coded like the
 *   rest, the event carries RAW_FROM_CELLS and its raw entry is empty. Any other line is kept
 *   verbatim. The raw line was more than half of a chunk's bytes.
 * The per-chunk dictionaries also make the DB worker cheap: the index maps a chunk's few distinct
 * values to its own codes instead of hashing a string per event.
 */
import { EVENT_STRING_FIELDS, type EventStringField } from './event';
import { formatIdLanes } from '../util/id-lanes';

/** Events per chunk written by the ingest. */
export const CHUNK_EVENTS = 10_000;
/** Codes are 16-bit, so a chunk cannot hold more events than this. */
export const MAX_CHUNK_EVENTS = 65_535;
/** Detail keys with a field of their own per chunk; the rest share `detailsRest`. */
export const MAX_KEY_FIELDS = 64;
/** CSV cells a chunk keeps as fields to rebuild raw lines from. */
export const MAX_CELL_FIELDS = 256;
/** In a chunk's `flags` (never in an event's): the raw line is the event's cells joined, not its raw entry. */
export const RAW_FROM_CELLS = 0x80;
/** With RAW_FROM_CELLS: some cell is written quoted (csvCell); without it the line is the cells joined as they are. */
export const RAW_QUOTED = 0x40;
/** The flag bits a chunk keeps for itself; an event's flags are the rest. */
export const CHUNK_ONLY_FLAGS = RAW_FROM_CELLS | RAW_QUOTED;

/** A fixed string field of a chunk; `importId` is the chunk's own field. */
export type ChunkField = Exclude<EventStringField, 'importId'> | 'detailsRest';

/** The fixed string fields, in the order their entries sit in the text; detail key fields follow. */
export const CHUNK_FIELDS: readonly ChunkField[] = [...EVENT_STRING_FIELDS.filter((f): f is Exclude<EventStringField, 'importId'> => f !== 'importId'), 'detailsRest'];

/** Position of each fixed field in CHUNK_FIELDS (and in `layout`). */
export const FIELD = Object.fromEntries(CHUNK_FIELDS.map((f, i) => [f, i])) as Readonly<Record<ChunkField, number>>;

/** How a field's entries map to events (the low two bits of its layout kind). */
export const LAYOUT_PLAIN = 0;
export const LAYOUT_SAME = 1;
export const LAYOUT_CODE8 = 2;
export const LAYOUT_CODE16 = 3;
/** Flag in a layout kind: the field's first two entries are a prefix and a suffix of every value. */
export const LAYOUT_AFFIX = 4;
/**
 * A layout kind: the field's values are those of the field its third word names; with
 * LAYOUT_AFFIX, each between the field's two entries (prefix and suffix), else it has no entries.
 */
export const LAYOUT_ALIAS = 8;

/** `layout` words per field: first entry, kind, offset of its codes in `codes`. */
export const LAYOUT_SLOT = 3;

/** A chunk's events, before it is given to an import (`importId`, `seq`). */
export interface ChunkData {
  count: number;
  time: Float64Array;
  line: Int32Array;
  flags: Uint8Array;
  /** the id of event k as its lanes at [2k, 2k+1]; empty when ids are texts in the `id` field */
  ids: Float64Array;
  /** detail keys with a field of their own: field CHUNK_FIELDS.length + j is key j */
  keys: string[];
  /** CSV cell fields after the key fields (0: none): what RAW_FROM_CELLS events rebuild raw from */
  cells: number;
  /** the cells' delimiter (`,` or a tab); '' without cells */
  cellSep: string;
  /** every entry of every field, field after field */
  text: string;
  /** end offset in `text` (UTF-16 units) of each entry */
  ends: Uint32Array;
  /** per field: [first entry, kind (LAYOUT_* | LAYOUT_AFFIX, or LAYOUT_ALIAS), offset in `codes` (an alias: the field it reads)] */
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

/** Fixed fields, the chunk's detail key fields and its cell fields. */
export function fieldCount(c: Pick<ChunkData, 'keys' | 'cells'>): number {
  return CHUNK_FIELDS.length + c.keys.length + c.cells;
}

/** The field of cell `i`. */
export function cellField(c: Pick<ChunkData, 'keys'>, i: number): number {
  return CHUNK_FIELDS.length + c.keys.length + i;
}

const QUOTE = /"/g;

/** True when a CSV writer must quote the cell: it holds the delimiter, a quote or a line break. */
export function needsQuotes(v: string, sep: string): boolean {
  return v.includes('"') || v.includes(sep) || v.includes('\n') || v.includes('\r');
}

/** A CSV cell as a canonical writer puts it: quoted only when it needs to be. */
export function csvCell(v: string, sep: string): string {
  return needsQuotes(v, sep) ? `"${v.replace(QUOTE, '""')}"` : v;
}

/** The raw text of event `k`: its raw entry, or its cells joined when the event carries RAW_FROM_CELLS. */
export function rawAt(c: ChunkData, k: number): string {
  const flags = c.flags[k];
  if (!(flags & RAW_FROM_CELLS)) return valueAt(c, FIELD.raw, k);
  const parts = new Array<string>(c.cells);
  for (let i = 0; i < c.cells; i++) {
    const v = valueAt(c, cellField(c, i), k);
    parts[i] = flags & RAW_QUOTED ? csvCell(v, c.cellSep) : v;
  }
  return parts.join(c.cellSep);
}

/** The field that holds `f`'s values: `f` itself, or the field an alias names. */
export function sourceField(c: ChunkData, f: number): number {
  const s = f * LAYOUT_SLOT;
  return c.layout[s + 1] & LAYOUT_ALIAS ? c.layout[s + 2] : f;
}

/** True when field `f` has one value entry per event, in event order. */
export function isPlain(c: ChunkData, f: number): boolean {
  return (c.layout[sourceField(c, f) * LAYOUT_SLOT + 1] & 3) === LAYOUT_PLAIN;
}

/** The entries that hold field `f`'s values (after the prefix and suffix of an affixed field; an alias's are its source's). */
export function valueRange(c: ChunkData, f: number): { first: number; end: number } {
  f = sourceField(c, f);
  const s = f * LAYOUT_SLOT;
  const first = c.layout[s] + (c.layout[s + 1] & LAYOUT_AFFIX ? 2 : 0);
  const end = f + 1 < c.layout.length / LAYOUT_SLOT ? c.layout[s + LAYOUT_SLOT] : c.ends.length;
  return { first, end };
}

/** The entry that holds field `f` of event `k`. */
export function entryOf(c: ChunkData, f: number, k: number): number {
  let s = f * LAYOUT_SLOT;
  if (c.layout[s + 1] & LAYOUT_ALIAS) s = c.layout[s + 2] * LAYOUT_SLOT;
  const kind = c.layout[s + 1];
  const first = c.layout[s] + (kind & LAYOUT_AFFIX ? 2 : 0);
  switch (kind & 3) {
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

/** The text of entry `e` as stored (without its field's prefix and suffix). */
export function entryText(c: ChunkData, e: number): string {
  return c.text.slice(e === 0 ? 0 : c.ends[e - 1], c.ends[e]);
}

/** The value entry `e` of field `f` stands for. */
export function entryValue(c: ChunkData, f: number, e: number): string {
  const s = f * LAYOUT_SLOT;
  const kind = c.layout[s + 1];
  const own = kind & LAYOUT_AFFIX ? c.layout[s] : -1;
  const v = kind & LAYOUT_ALIAS ? entryValue(c, c.layout[s + 2], e) : entryText(c, e);
  return own < 0 ? v : entryText(c, own) + v + entryText(c, own + 1);
}

/** The value of field `f` (see FIELD) for event `k`. */
export function valueAt(c: ChunkData, f: number, k: number): string {
  return entryValue(c, f, entryOf(c, f, k));
}

/** The id of event `k`. */
export function idAt(c: ChunkData, k: number): string {
  return c.ids.length ? formatIdLanes(c.ids[2 * k], c.ids[2 * k + 1]) : valueAt(c, FIELD.id, k);
}

/** The details of event `k`: its key fields' non-empty values, then the keys in `detailsRest`. */
export function detailsAt(c: ChunkData, k: number, parse: (json: string) => Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (let j = 0; j < c.keys.length; j++) {
    const v = valueAt(c, CHUNK_FIELDS.length + j, k);
    if (v !== '') setOwn(out, c.keys[j], v);
  }
  const rest = valueAt(c, FIELD.detailsRest, k);
  if (rest !== '') for (const [key, v] of Object.entries(parse(rest))) setOwn(out, key, v);
  return out;
}

/** A log may name a key `__proto__`: define it, never assign it (that would set the prototype). */
export function setOwn(out: Record<string, string>, key: string, v: string): void {
  if (key === '__proto__') Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
  else out[key] = v;
}

/**
 * Per event, the index of its value entry within field `f`'s values (0 = valueRange's first): what
 * lets a reader resolve each distinct value once and then map events with a typed-array read.
 */
export function localCodes(c: ChunkData, f: number): Uint16Array {
  const n = c.count;
  const out = new Uint16Array(n);
  const s = sourceField(c, f) * LAYOUT_SLOT;
  const kind = c.layout[s + 1] & 3;
  const at = c.layout[s + 2];
  if (kind === LAYOUT_PLAIN) for (let k = 0; k < n; k++) out[k] = k;
  else if (kind === LAYOUT_CODE8) out.set(c.codes.subarray(at, at + n));
  else if (kind === LAYOUT_CODE16) for (let k = 0; k < n; k++) out[k] = c.codes[at + 2 * k] | (c.codes[at + 2 * k + 1] << 8);
  return out;
}
