/**
 * Recently read chunk records, kept as stored (packed: rows are sliced out on demand by
 * chunkEvent, shared/model/batch.ts), least recently used evicted. A grid block of newest-first
 * rows sits in one chunk or two, so scrolling reads each chunk from IndexedDB once; a page sorted
 * by another field touches up to one chunk per row, hence room for many chunks.
 */
import type { AuditlensDb } from './schema';
import type { PackedChunk } from '../../../../shared/model/packed-chunk';
import type { ChunkKey } from '../index/event-index';

export const CHUNK_CACHE_SIZE = 128;

const keyText = (k: ChunkKey) => `${k.importId}\u0000${k.seq}`;

export class ChunkCache {
  private readonly entries = new Map<string, PackedChunk>();

  constructor(private readonly db: AuditlensDb, private readonly capacity = CHUNK_CACHE_SIZE) {}

  /**
   * The records of `keys` in the same order; missing ones are read in one bulkGet. A chunk that no
   * longer exists (rolled back meanwhile) comes back as undefined.
   */
  async getMany(keys: ChunkKey[]): Promise<(PackedChunk | undefined)[]> {
    const out: (PackedChunk | undefined)[] = keys.map((k) => this.touch(keyText(k)));
    const missing = keys.filter((_, i) => !out[i]);
    if (missing.length) {
      const read = await this.db.chunks.bulkGet(missing.map((k) => [k.importId, k.seq] as [string, number]));
      const byKey = new Map<string, PackedChunk>();
      read.forEach((rec, i) => { if (rec) byKey.set(keyText(missing[i]), rec); });
      keys.forEach((k, i) => { if (!out[i]) out[i] = byKey.get(keyText(k)); });
      for (const [k, rec] of byKey) this.put(k, rec);
    }
    return out;
  }

  /** Forgets every chunk of an import (after its rollback). */
  dropImport(importId: string): void {
    for (const k of [...this.entries.keys()]) if (k.startsWith(`${importId}\u0000`)) this.entries.delete(k);
  }

  private touch(k: string): PackedChunk | undefined {
    const rec = this.entries.get(k);
    if (rec) {
      this.entries.delete(k);
      this.entries.set(k, rec);
    }
    return rec;
  }

  private put(k: string, rec: PackedChunk): void {
    this.entries.delete(k);
    this.entries.set(k, rec);
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
  }
}
