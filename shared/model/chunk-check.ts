/**
 * The hand-written check of a packed chunk from another process (docs/decisions.md "Batch
 * validation"): the layout must describe the text and the codes exactly, every code must name an
 * entry of its field, times must be finite, ids two lanes or non-empty text, detail keys distinct,
 * and the enumerations stored as text (actor kind, status) must hold allowed values. Enumerations
 * are checked per distinct entry and codes with a typed loop: checking stays a small part of
 * storing a batch.
 */
import { ACTOR_KINDS, STATUSES } from './event';
import {
  CHUNK_FIELDS, FIELD, LAYOUT_AFFIX, LAYOUT_ALIAS, LAYOUT_CODE16, LAYOUT_CODE8, LAYOUT_PLAIN, LAYOUT_SAME, LAYOUT_SLOT, MAX_CELL_FIELDS, MAX_CHUNK_EVENTS, MAX_KEY_FIELDS, RAW_FROM_CELLS,
  entryStart, entryValue, fieldCount, valueRange, type ChunkData,
} from './packed-chunk';
import { isLane } from '../util/id-lanes';

const ACTOR_KIND_SET = new Set<string>(ACTOR_KINDS);
const STATUS_SET = new Set<string>(STATUSES);

/** A reason the chunk cannot be stored, or null. Assumes the arrays have the types ChunkData names. */
export function checkChunk(c: ChunkData): string | null {
  const n = c.count;
  if (!Number.isInteger(n) || n < 1 || n > MAX_CHUNK_EVENTS) return `count ${n} is not 1 to ${MAX_CHUNK_EVENTS}`;
  if (c.time.length !== n || c.line.length !== n || c.flags.length !== n) return `time, line and flags must hold ${n} values`;
  for (let k = 0; k < n; k++) if (!Number.isFinite(c.time[k])) return `time[${k}]: not a finite number`;
  const keys = checkKeys(c.keys);
  if (keys) return keys;
  const cells = checkCells(c);
  if (cells) return cells;
  if (c.layout.length !== fieldCount(c) * LAYOUT_SLOT) return `layout: expected ${fieldCount(c) * LAYOUT_SLOT} words`;
  const ends = checkEnds(c);
  if (ends) return ends;
  let codeAt = 0;
  for (let f = 0; f < fieldCount(c); f++) {
    const why = checkField(c, f, codeAt);
    if (typeof why === 'string') return `${fieldName(c, f)}: ${why}`;
    codeAt = why;
  }
  if (codeAt !== c.codes.length) return `codes: ${c.codes.length} bytes where the layout uses ${codeAt}`;
  return checkIds(c) ?? checkValues(c);
}

function fieldName(c: ChunkData, f: number): string {
  if (f < CHUNK_FIELDS.length) return CHUNK_FIELDS[f];
  const j = f - CHUNK_FIELDS.length;
  return j < c.keys.length ? `details.${c.keys[j]}` : `cell ${j - c.keys.length + 1}`;
}

/** Cells come with a one-character delimiter; an event that rebuilds its raw line from them has an empty raw entry. */
function checkCells(c: ChunkData): string | null {
  if (!Number.isInteger(c.cells) || c.cells < 0 || c.cells > MAX_CELL_FIELDS) return `cells: ${c.cells} is not 0 to ${MAX_CELL_FIELDS}`;
  if ((c.cells > 0) !== (c.cellSep.length === 1)) return 'cells: a delimiter goes with cells, and only with cells';
  for (let k = 0; k < c.count; k++) {
    if (c.flags[k] & RAW_FROM_CELLS && c.cells === 0) return `flags[${k}]: raw from cells, but the chunk has none`;
  }
  return null;
}

function checkKeys(keys: readonly string[]): string | null {
  if (keys.length > MAX_KEY_FIELDS) return `keys: ${keys.length} detail keys, at most ${MAX_KEY_FIELDS}`;
  if (new Set(keys).size !== keys.length) return 'keys: a detail key is named twice';
  return keys.some((k) => k === '') ? 'keys: an empty detail key' : null;
}

function checkEnds(c: ChunkData): string | null {
  let prev = 0;
  for (let e = 0; e < c.ends.length; e++) {
    if (c.ends[e] < prev) return `ends[${e}]: before the previous entry's end`;
    prev = c.ends[e];
  }
  return prev === c.text.length ? null : `ends: the entries cover ${prev} characters of a ${c.text.length}-character text`;
}

/** Checks one field's layout and codes; the offset after its codes, or a reason. */
function checkField(c: ChunkData, f: number, codeAt: number): number | string {
  const n = c.count;
  const s = f * LAYOUT_SLOT;
  const kind = c.layout[s + 1];
  if (kind > (LAYOUT_AFFIX | 3) && kind !== LAYOUT_ALIAS && kind !== (LAYOUT_ALIAS | LAYOUT_AFFIX)) return `unknown layout ${kind}`;
  const start = c.layout[s];
  const next = f + 1 < fieldCount(c) ? c.layout[s + LAYOUT_SLOT] : c.ends.length;
  if (start > next || next > c.ends.length || (f === 0 && start !== 0)) return 'its entries are out of order';
  if (kind & LAYOUT_ALIAS) {
    const to = c.layout[s + 2];
    if (to >= fieldCount(c) || to === f || c.layout[to * LAYOUT_SLOT + 1] & LAYOUT_ALIAS) return `an alias of field ${to}, which cannot be read`;
    const own = kind & LAYOUT_AFFIX ? 2 : 0;
    return next - start === own ? codeAt : `an alias with ${next - start} entries of its own, not ${own}`;
  }
  if (kind & LAYOUT_AFFIX && next - start < 2) return 'no prefix and suffix';
  const { first, end } = valueRange(c, f);
  const entries = end - first;
  if ((kind & 3) === LAYOUT_PLAIN) return entries === n ? codeAt : `${entries} entries for ${n} events`;
  if ((kind & 3) === LAYOUT_SAME) return entries === 1 ? codeAt : `${entries} entries where one is shared`;
  if (c.layout[s + 2] !== codeAt) return `codes at ${c.layout[s + 2]}, expected ${codeAt}`;
  const width = (kind & 3) === LAYOUT_CODE8 ? 1 : 2;
  if (codeAt + width * n > c.codes.length) return 'its codes run past the end';
  const codes = c.codes;
  for (let k = 0; k < n; k++) {
    const code = width === 1 ? codes[codeAt + k] : codes[codeAt + 2 * k] | (codes[codeAt + 2 * k + 1] << 8);
    if (code >= entries) return `event ${k} names entry ${code} of ${entries}`;
  }
  return codeAt + width * n;
}

/** Ids are two lanes per event (and the id field one empty entry), or non-empty texts. */
function checkIds(c: ChunkData): string | null {
  const { first, end } = valueRange(c, FIELD.id);
  if (c.ids.length > 0) {
    if (c.ids.length !== 2 * c.count) return `ids: ${c.ids.length} lanes for ${c.count} events`;
    for (let i = 0; i < c.ids.length; i++) if (!isLane(c.ids[i])) return `ids[${i}]: not a 53-bit hash lane`;
    return end - first === 1 && c.ends[first] === entryStart(c, first) ? null : 'id: texts beside the lanes';
  }
  // by offsets, not by slicing a string per event
  for (let e = first; e < end; e++) if (c.ends[e] === entryStart(c, e)) return `id entry ${e - first}: empty`;
  return null;
}

/** Values the stored arrays and the UI rely on, per distinct entry. */
function checkValues(c: ChunkData): string | null {
  const checks: [number, (v: string) => string | null][] = [
    [FIELD.actorKind, (v) => (ACTOR_KIND_SET.has(v) ? null : `"${v.slice(0, 40)}" is not one of ${ACTOR_KINDS.join(', ')}`)],
    [FIELD.status, (v) => (STATUS_SET.has(v) ? null : `"${v.slice(0, 40)}" is not one of ${STATUSES.join(', ')}`)],
  ];
  for (const [f, check] of checks) {
    const { first, end } = valueRange(c, f);
    for (let e = first; e < end; e++) {
      const why = check(entryValue(c, f, e));
      if (why) return `${CHUNK_FIELDS[f]} entry ${e - first}: ${why}`;
    }
  }
  return null;
}
