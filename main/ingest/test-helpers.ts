/**
 * Test support for the ingest modules (imported only by *.test.ts): runs the pipeline into a
 * collecting sink and turns the columnar batches back into one object per event.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chunkEvents } from '../../shared/model/batch';
import type { AuditEvent } from '../../shared/model/event';
import type { Reject } from '../../shared/model/import';
import { runImport, type InputPath, type RunImportOptions, type UnitResult } from './import-files';
import { runIngest, type IngestBatch, type IngestOptions, type IngestResult } from './pipeline';

/** The shared fixtures folder, a sibling of the project root. */
export const FIXTURES = path.resolve(__dirname, '../../e2e/data/vendor');

export interface Collected { result: IngestResult; events: AuditEvent[]; rejects: Reject[]; batches: IngestBatch[] }

/** The events of a batch, as the DB worker would read them back from its chunks. */
export function rowsOf(b: IngestBatch, importId: string): AuditEvent[] {
  return b.chunks.flatMap((c) => chunkEvents(c, importId));
}

/** How many events a batch carries. */
export function eventCount(b: IngestBatch): number {
  return b.chunks.reduce((n, c) => n + c.count, 0);
}

export async function collect(filePath: string, extra: Partial<IngestOptions> = {}): Promise<Collected> {
  const batches: IngestBatch[] = [];
  const result = await runIngest(
    { filePath, fileName: path.basename(filePath), importId: 'imp_test', timeZone: 'Asia/Tokyo', ...extra },
    { batch: async (b) => { batches.push(b); } },
  );
  const importId = extra.importId ?? 'imp_test';
  return { result, batches, events: batches.flatMap((b) => rowsOf(b, importId)), rejects: batches.flatMap((b) => b.rejects) };
}

/** A scratch folder for variant files; `write` puts bytes or text in it and returns the path. */
export function scratch(): { dir: string; write(name: string, data: string | Uint8Array): string; remove(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'auditlens-ingest-'));
  return {
    dir,
    write(name, data) {
      const p = path.join(dir, name);
      writeFileSync(p, data);
      return p;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** UTF-8 bytes with a BOM, as NAVER WORKS writes its downloads. */
export function withBom(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}

/** Imports every unit of the inputs through runImport; events and rejects per unit, in order. */
export async function collectUnits(inputs: InputPath[], extra: Partial<RunImportOptions> = {}): Promise<CollectedUnit[]> {
  const batches = new Map<string, IngestBatch[]>();
  const out: CollectedUnit[] = [];
  for await (const result of runImport(inputs, {
    timeZone: 'Asia/Tokyo',
    ...extra,
    sinkFor: (_unit, importId) => {
      const list: IngestBatch[] = [];
      batches.set(importId, list);
      return { batch: async (b) => { list.push(b); } };
    },
  })) {
    const importId = `imp_${out.length}`;
    const list = batches.get(importId) ?? [];
    out.push({ result, events: list.flatMap((b) => rowsOf(b, importId)), rejects: list.flatMap((b) => b.rejects) });
  }
  return out;
}

export interface CollectedUnit { result: UnitResult; events: AuditEvent[]; rejects: Reject[] }
