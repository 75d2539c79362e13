/**
 * The Dexie database. Events live in chunk records of up to CHUNK_SIZE events in columnar form:
 * IndexedDB's cost is per record, so ~1,000 events per record write ~240k events/s where one
 * record per event writes ~3,900/s (research/perf-limits.md). Versions are append-only.
 */
import Dexie, { type DexieOptions, type Table } from 'dexie';
import type { EventStringField } from '../../../../shared/model/event';
import type { ImportRecord, Reject } from '../../../../shared/model/import';
import { isUnpacked, packChunk, type PackedChunk } from './chunk-pack';

export const DB_NAME = 'auditlens';
export const CHUNK_SIZE = 1000;

/** The string columns a chunk stores; `importId` is the chunk's own field, not a column. */
export type StoredStringField = Exclude<EventStringField, 'importId'>;

/** A chunk in memory, one array per column. */
export type ChunkRecord = { [K in StoredStringField]: string[] } & {
  importId: string;
  /** per import, from 0, in write order */
  seq: number;
  count: number;
  time: Float64Array;
  line: Int32Array;
  flags: Uint8Array;
  /** one JSON object text per event */
  details: string[];
};

export type RejectRow = Reject & { id?: number };
export interface SettingRow { key: string; value: unknown }

export class AuditlensDb extends Dexie {
  /** stored packed (chunk-pack.ts); ChunkRecord is the in-memory form */
  declare chunks: Table<PackedChunk, [string, number]>;
  declare imports: Table<ImportRecord, string>;
  declare rejects: Table<RejectRow, number>;
  declare settings: Table<SettingRow, string>;

  constructor(name = DB_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores({
      // Rollback and rebuild walk the primary key range of one import; no secondary index is
      // needed on chunks, and every index would cost on each write.
      chunks: '[importId+seq]',
      imports: 'id, startedAt',
      rejects: '++id, importId',
      settings: 'key',
    });
    // v2: chunk records are packed (one text + offsets instead of arrays of strings).
    this.version(2).stores({}).upgrade((tx) => tx.table('chunks').toCollection().modify((value: unknown, ref: { value: unknown }) => {
      if (isUnpacked(value)) ref.value = packChunk(value);
    }));
  }
}

/** Key range bounds covering every chunk of one import. */
export function importChunkRange(importId: string): [[string, number], [string, number]] {
  return [[importId, -Infinity], [importId, Infinity]];
}
