/**
 * Event ids in both their forms: the two 53-bit hash lanes (what the ingest computes, what chunks
 * store and what the DB worker's id set keys on) and the 22-digit base-36 text that hashId
 * (hash.ts) writes and the UI shows. Chunks keep the numbers: 16 bytes instead of 26, and no id
 * is formatted on the import path or parsed back for the duplicate check.
 */
const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';
const CODES = Array.from(DIGITS, (c) => c.charCodeAt(0));
/** a 53-bit lane in base 36, as hashId pads it */
export const LANE_DIGITS = 11;
const idCodes: number[] = new Array<number>(2 * LANE_DIGITS).fill(0);

/** Base-36 digits of a lane into idCodes[at … at+10], zero padded (Number#toString(36) costs ~0.5 µs a call). */
function putLane(n: number, at: number): void {
  for (let i = at + LANE_DIGITS - 1; i >= at; i--) {
    const q = Math.floor(n / 36);
    idCodes[i] = CODES[n - q * 36];
    n = q;
  }
}

/** The id text of two lanes, as hashId writes it. */
export function formatIdLanes(a: number, b: number): string {
  putLane(a, 0);
  putLane(b, LANE_DIGITS);
  return String.fromCharCode.apply(null, idCodes);
}

/** True for a value a lane can hold: an integer from 0 to 2^53 - 1. */
export function isLane(x: number): boolean {
  return Number.isSafeInteger(x) && x >= 0;
}

/** The lanes read by the last successful readIdLanes. */
export const readLanes = new Float64Array(2);

/**
 * Reads the id written at `text[start, end)` into `readLanes`; false (and `readLanes` unchanged)
 * when it is not a 22-digit lowercase base-36 id of two lanes.
 */
export function readIdLanes(text: string, start = 0, end = text.length): boolean {
  if (end - start !== 2 * LANE_DIGITS) return false;
  let a = 0;
  let b = 0;
  for (let i = 0; i < 2 * LANE_DIGITS; i++) {
    const c = text.charCodeAt(start + i);
    const d = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 122 ? c - 87 : -1;
    if (d < 0) return false;
    if (i < LANE_DIGITS) a = a * 36 + d; else b = b * 36 + d;
  }
  if (a > Number.MAX_SAFE_INTEGER || b > Number.MAX_SAFE_INTEGER) return false;
  readLanes[0] = a;
  readLanes[1] = b;
  return true;
}
