/**
 * The hand-written check of a packed chunk from another process (docs/decisions.md "Batch
 * validation"): the layout must describe the text and the codes exactly, every code must name an
 * entry of its field, times must be finite, ids non-empty, and the enumerations stored as text
 * (actor kind, status) must hold allowed values. Enumerations and ids are checked per distinct
 * entry, codes with a typed loop: checking stays a small part of storing a batch.
 */
import { ACTOR_KINDS, STATUSES } from './event';
import {
  CHUNK_FIELDS, FIELD, LAYOUT_CODE16, LAYOUT_CODE8, LAYOUT_PLAIN, LAYOUT_SAME, LAYOUT_SLOT, MAX_CHUNK_EVENTS, entryRange, entryStart, entryText,
  type ChunkData,
} from './packed-chunk';

const ACTOR_KIND_SET = new Set<string>(ACTOR_KINDS);
const STATUS_SET = new Set<string>(STATUSES);

/** A reason the chunk cannot be stored, or null. Assumes the arrays have the types ChunkData names. */
export function checkChunk(c: ChunkData): string | null {
  const n = c.count;
  if (!Number.isInteger(n) || n < 1 || n > MAX_CHUNK_EVENTS) return `count ${n} is not 1 to ${MAX_CHUNK_EVENTS}`;
  if (c.time.length !== n || c.line.length !== n || c.flags.length !== n) return `time, line and flags must hold ${n} values`;
  for (let k = 0; k < n; k++) if (!Number.isFinite(c.time[k])) return `time[${k}]: not a finite number`;
  if (c.layout.length !== CHUNK_FIELDS.length * LAYOUT_SLOT) return `layout: expected ${CHUNK_FIELDS.length * LAYOUT_SLOT} words`;
  const bad = checkEnds(c);
  if (bad) return bad;
  let codeAt = 0;
  for (let f = 0; f < CHUNK_FIELDS.length; f++) {
    const why = checkField(c, f, codeAt);
    if (typeof why === 'string') return `${CHUNK_FIELDS[f]}: ${why}`;
    codeAt = why;
  }
  if (codeAt !== c.codes.length) return `codes: ${c.codes.length} bytes where the layout uses ${codeAt}`;
  return checkValues(c);
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
  const { first, end } = entryRange(c, f);
  if (first > end || end > c.ends.length) return 'its entries are out of order';
  const entries = end - first;
  const kind = c.layout[s + 1];
  if (kind === LAYOUT_PLAIN) return entries === n ? codeAt : `${entries} entries for ${n} events`;
  if (kind === LAYOUT_SAME) return entries === 1 ? codeAt : `${entries} entries where one is shared`;
  if (kind !== LAYOUT_CODE8 && kind !== LAYOUT_CODE16) return `unknown layout ${kind}`;
  if (c.layout[s + 2] !== codeAt) return `codes at ${c.layout[s + 2]}, expected ${codeAt}`;
  const width = kind === LAYOUT_CODE8 ? 1 : 2;
  if (codeAt + width * n > c.codes.length) return 'its codes run past the end';
  const codes = c.codes;
  for (let k = 0; k < n; k++) {
    const code = width === 1 ? codes[codeAt + k] : codes[codeAt + 2 * k] | (codes[codeAt + 2 * k + 1] << 8);
    if (code >= entries) return `event ${k} names entry ${code} of ${entries}`;
  }
  return codeAt + width * n;
}

/** Values the stored arrays and the UI rely on, per distinct entry. */
function checkValues(c: ChunkData): string | null {
  const ids = entryRange(c, FIELD.id);
  // by offsets, not by slicing a string per event
  for (let e = ids.first; e < ids.end; e++) if (c.ends[e] === entryStart(c, e)) return `id entry ${e - ids.first}: empty`;
  const checks: [number, (v: string) => string | null][] = [
    [FIELD.actorKind, (v) => (ACTOR_KIND_SET.has(v) ? null : `"${v.slice(0, 40)}" is not one of ${ACTOR_KINDS.join(', ')}`)],
    [FIELD.status, (v) => (STATUS_SET.has(v) ? null : `"${v.slice(0, 40)}" is not one of ${STATUSES.join(', ')}`)],
  ];
  for (const [f, check] of checks) {
    const { first, end } = entryRange(c, f);
    for (let e = first; e < end; e++) {
      const why = check(entryText(c, e));
      if (why) return `${CHUNK_FIELDS[f]} entry ${e - first}: ${why}`;
    }
  }
  return null;
}
