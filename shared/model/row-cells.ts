/**
 * How a chunk being built relates an event's fields to the CSV record it was read from
 * (chunk-builder.ts): whether the record's cells rebuild its raw line exactly, and which cell a
 * field's values are (an alias, perhaps with a fixed prefix and suffix around it).
 */
import type { FieldColumn } from './field-column';
import { csvCell, needsQuotes } from './packed-chunk';

/** A cell shorter than this is not taken as the middle of an affixed value (a `1` is in too many). */
const MIN_AFFIX_CELL = 4;

/**
 * Makes `col` an alias of the cell whose value `v` is, or (a column that tries an affix) of the
 * longest cell `v` holds with a fixed prefix and suffix around it; false when there is none.
 */
export function findAlias(col: FieldColumn, v: string, cells: readonly string[]): boolean {
  const i = cells.indexOf(v);
  if (i >= 0) {
    col.alias = i;
    return true;
  }
  if (!col.tryAffix) return false;
  let best = -1;
  let at = -1;
  for (let j = 0; j < cells.length; j++) {
    const cell = cells[j];
    if (cell.length < MIN_AFFIX_CELL || (best >= 0 && cell.length <= cells[best].length)) continue;
    const x = v.indexOf(cell);
    if (x >= 0) {
      best = j;
      at = x;
    }
  }
  if (best < 0) return false;
  col.alias = best;
  col.aliasAffix = true;
  col.aliasPre = v.slice(0, at);
  col.aliasSuf = v.slice(at + cells[best].length);
  return true;
}

/**
 * Whether `cells` joined by `sep`, each written as csvCell writes it, are exactly `raw`. A line
 * with no quote and no CR was split at each delimiter and nowhere else, so its cells rebuild it
 * when their lengths add up (the usual case, checked without touching the text); any other line
 * is compared cell by cell, in place.
 */
export function joinsTo(raw: string, cells: readonly string[], sep: string): number {
  if (raw.indexOf('"') < 0 && raw.indexOf('\r') < 0) {
    let length = cells.length - 1;
    for (let i = 0; i < cells.length; i++) length += cells[i].length;
    return length === raw.length ? JOINED_BARE : NOT_JOINED;
  }
  const sepCode = sep.charCodeAt(0);
  let pos = 0;
  for (let i = 0; i < cells.length; i++) {
    if (i > 0) {
      if (raw.charCodeAt(pos) !== sepCode) return NOT_JOINED;
      pos++;
    }
    const v = cells[i];
    if (raw.charCodeAt(pos) === 34) {
      const q = csvCell(v, sep);
      if (q.charCodeAt(0) !== 34 || !raw.startsWith(q, pos)) return NOT_JOINED;
      pos += q.length;
    } else {
      // written bare, it must also be one that csvCell leaves bare
      if (!raw.startsWith(v, pos) || needsQuotes(v, sep)) return NOT_JOINED;
      pos += v.length;
    }
  }
  return pos === raw.length ? JOINED_QUOTED : NOT_JOINED;
}

export const NOT_JOINED = 0;
/** every cell as it is */
export const JOINED_BARE = 1;
/** some cell quoted, as csvCell writes it */
export const JOINED_QUOTED = 2;

