/**
 * Columnar batch of normalized events: the shape that crosses from ingest (main) to the DB worker
 * and the shape stored in IndexedDB chunk records. Arrays of equal length, one entry per event.
 * Columnar because structured clone / JSON of row objects costs ~5 µs per row (research/perf-limits.md).
 */
import type { NormalizedEvent } from './event';
import { EVENT_STRING_FIELDS, type EventStringField } from './event';

export type EventColumns = { [K in EventStringField]: string[] } & {
  time: number[];
  line: number[];
  flags: number[];
  /** one JSON object text per event: the source's own fields */
  details: string[];
};

export function emptyColumns(): EventColumns {
  const cols = { time: [], line: [], flags: [], details: [] } as unknown as EventColumns;
  for (const f of EVENT_STRING_FIELDS) cols[f] = [];
  return cols;
}

export function pushEvent(cols: EventColumns, e: NormalizedEvent, importId: string): void {
  for (const f of EVENT_STRING_FIELDS) cols[f].push(f === 'importId' ? importId : (e as unknown as Record<string, string>)[f]);
  cols.time.push(e.time);
  cols.line.push(e.line);
  cols.flags.push(e.flags);
  cols.details.push(JSON.stringify(e.details));
}

export function columnsLength(cols: EventColumns): number {
  return cols.id.length;
}

/**
 * Checks that a value received from another process is a well-formed EventColumns: every column an
 * array of the same length with elements of the right type. Returns a reason, or null when valid.
 * Hand-written rather than a zod schema: a zod parse of 5,000-event batches costs more than the import.
 */
export function checkColumns(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return 'columns: not an object';
  const v = value as Record<string, unknown>;
  const id = v.id;
  if (!Array.isArray(id)) return 'columns.id: not an array';
  const n = id.length;
  for (const f of [...EVENT_STRING_FIELDS, 'details']) {
    const col = v[f];
    if (!Array.isArray(col) || col.length !== n) return `columns.${f}: expected an array of ${n}`;
    for (let i = 0; i < n; i++) if (typeof col[i] !== 'string') return `columns.${f}[${i}]: not a string`;
  }
  for (const f of ['time', 'line', 'flags']) {
    const col = v[f];
    if (!Array.isArray(col) || col.length !== n) return `columns.${f}: expected an array of ${n}`;
    for (let i = 0; i < n; i++) if (typeof col[i] !== 'number' || !Number.isFinite(col[i])) return `columns.${f}[${i}]: not a finite number`;
  }
  return null;
}
