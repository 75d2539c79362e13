/**
 * Gathers events into batches of a fixed size, each a list of packed chunks (the form IndexedDB
 * stores, shared/model/packed-chunk.ts) with the rejects found since the previous batch and the
 * running totals as they stood when it closed. Building the stored form here, on the ingest
 * thread, is what spares the DB worker a JSON parse and a re-pack of every value.
 */
import { ChunkBuilder } from '../../shared/model/chunk-builder';
import type { NormalizedEvent } from '../../shared/model/event';
import { MAX_REJECTS_KEPT, type Reject } from '../../shared/model/import';
import { CHUNK_EVENTS, type ChunkData } from '../../shared/model/packed-chunk';

/** A batch closes early past this many characters: its frame stays far below what a socket message should carry. */
const MAX_BATCH_CHARS = 64 * 1024 * 1024;

export interface ClosedBatch { chunks: ChunkData[]; rejects: Reject[]; read: number; rejected: number }

export class BatchBuilder {
  private readonly chunk: ChunkBuilder;
  private chunks: ChunkData[] = [];
  private chunkChars = 0;
  private inBatch = 0;
  private rejects: Reject[] = [];
  private ready: ClosedBatch[] = [];
  /** events so far */
  read = 0;
  /** rejected records so far; exact even beyond the ones kept */
  rejected = 0;

  constructor(private readonly size: number, chunkSize = CHUNK_EVENTS) {
    this.chunk = new ChunkBuilder(chunkSize);
  }

  /**
   * Adds an event; `lanes`, its id as two hash lanes when the caller has them (then `e.id` is not
   * read); `cells` and `sep`, the CSV record it came from (see ChunkBuilder.add).
   */
  add(e: NormalizedEvent, lanes?: ArrayLike<number>, cells?: readonly string[], sep?: string): void {
    if (this.chunk.full) this.closeChunk();
    this.chunk.add(e, lanes, cells, sep);
    this.read++;
    if (++this.inBatch >= this.size || this.chunkChars + this.chunk.chars >= MAX_BATCH_CHARS) this.ready.push(this.close());
  }

  /** Counts a reject; keeps it in full only up to MAX_REJECTS_KEPT per import (memory of garbage input). */
  reject(r: Reject): void {
    if (this.rejected++ < MAX_REJECTS_KEPT) this.rejects.push(r);
  }

  /** Full batches waiting to be sent. */
  takeReady(): ClosedBatch[] {
    const r = this.ready;
    this.ready = [];
    return r;
  }

  /** Whatever is left, possibly nothing: the final batch. */
  takeRest(): ClosedBatch {
    return this.close();
  }

  private closeChunk(): void {
    const c = this.chunk.close();
    if (!c) return;
    this.chunks.push(c);
    this.chunkChars += c.text.length;
  }

  private close(): ClosedBatch {
    this.closeChunk();
    const b = { chunks: this.chunks, rejects: this.rejects, read: this.read, rejected: this.rejected };
    this.chunks = [];
    this.chunkChars = 0;
    this.rejects = [];
    this.inBatch = 0;
    return b;
  }
}
