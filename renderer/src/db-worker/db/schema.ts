/**
 * The Dexie database. Events live in chunk records of up to CHUNK_EVENTS events in packed form
 * (shared/model/packed-chunk.ts): IndexedDB's cost is per record and per byte, so thousands of events
 * per record with per-chunk dictionaries write far faster than one record per event (~3,900/s,
 * research/perf-limits.md). Versions are append-only; each upgrade converts the chunks it finds.
 */
import Dexie, { type DexieOptions, type Table } from 'dexie';
import type { ImportRecord, Reject } from '../../../../shared/model/import';
import type { PackedChunk } from '../../../../shared/model/packed-chunk';
import { isChunkV1, isChunkV2, packV2, packV3 } from './chunk-legacy';

export const DB_NAME = 'auditlens';

export type RejectRow = Reject & { id?: number };
export interface SettingRow { key: string; value: unknown }

export class AuditlensDb extends Dexie {
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
      if (isChunkV1(value)) ref.value = packV2(value);
    }));
    // v3: per-chunk dictionaries (layout + codes), the form the ingest sends.
    this.version(3).stores({}).upgrade((tx) => tx.table('chunks').toCollection().modify((value: unknown, ref: { value: unknown }) => {
      if (isChunkV1(value)) ref.value = packV3(packV2(value));
      else if (isChunkV2(value)) ref.value = packV3(value);
    }));
  }
}

/** Key range bounds covering every chunk of one import. */
export function importChunkRange(importId: string): [[string, number], [string, number]] {
  return [[importId, -Infinity], [importId, Infinity]];
}
