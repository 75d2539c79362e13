/**
 * Messages between the ingest thread and its CSV parsing thread (csv-parse-worker.ts). Every `text`
 * and the final `end` get exactly one reply, in order: the records completed by it, or the error
 * that stopped the parse (after which nothing more is read).
 */
import type { PackedRecords } from './csv-record-pack';

export type ToCsvParser = { type: 'text'; text: string } | { type: 'end' };

export type FromCsvParser =
  | { type: 'records'; records: PackedRecords | null; delimiter: string; line: number }
  | { type: 'too-long'; line: number }
  | { type: 'error'; message: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function isPacked(v: unknown): v is PackedRecords {
  return isObject(v) && typeof v.input === 'string' && v.offs instanceof Int32Array && Array.isArray(v.side) && Number.isInteger(v.count);
}

/** Checks a reply of the parsing thread; null when it is not one we know. */
export function parseFromCsvParser(v: unknown): FromCsvParser | null {
  if (!isObject(v)) return null;
  if (v.type === 'records') {
    const ok = (v.records === null || isPacked(v.records)) && typeof v.delimiter === 'string' && Number.isInteger(v.line);
    return ok ? (v as FromCsvParser) : null;
  }
  if (v.type === 'too-long' && Number.isInteger(v.line)) return v as FromCsvParser;
  if (v.type === 'error' && typeof v.message === 'string') return v as FromCsvParser;
  return null;
}

/** Checks a message to the parsing thread; null when it is not one we know. */
export function parseToCsvParser(v: unknown): ToCsvParser | null {
  if (!isObject(v)) return null;
  if (v.type === 'text' && typeof v.text === 'string') return v as ToCsvParser;
  if (v.type === 'end') return { type: 'end' };
  return null;
}
