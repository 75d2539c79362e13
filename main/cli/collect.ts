/**
 * Runs the app's own import pipeline over the CLI's inputs, in this process, and gathers per file
 * (or ZIP entry) what `inspect` reports; the events themselves go to a callback as they arrive.
 * Duplicates are events whose id was already seen in this run, as the app's database would count them.
 */
import type { ColumnMapping } from '../../shared/mapping/column-mapping';
import { chunkEvent } from '../../shared/model/batch';
import type { AuditEvent } from '../../shared/model/event';
import { idAt } from '../../shared/model/packed-chunk';
import type { Reject } from '../../shared/model/import';
import { runImport, type UnitResult } from '../ingest/import-files';

export const REJECTS_SHOWN = 20;

export interface FileReport {
  path: string;
  entry: string | null;
  sha256: string;
  encoding: string;
  source: string;
  format: string;
  status: UnitResult['status'];
  message: string;
  events: number;
  duplicates: number;
  rejected: number;
  skipped: boolean;
  rejects: { line: number; reason: string }[];
  /** with status `needs-mapping`: the file's columns (or flattened JSON keys), for writing a mapping */
  columns?: string[];
}

export interface CollectOptions {
  timeZone: string;
  encoding?: string;
  mappings?: readonly ColumnMapping[];
  /** each new (not duplicate) event, in file order */
  onEvent?(e: AuditEvent): void;
  /** bytes read so far of the unit being read, for a progress line */
  onProgress?(name: string, bytesRead: number, bytesTotal: number): void;
}

export async function collect(files: readonly string[], opts: CollectOptions): Promise<FileReport[]> {
  const seen = new Set<string>();
  const reports: FileReport[] = [];
  let duplicates = 0;
  let rejects: Reject[] = [];
  const units = runImport(files, {
    timeZone: opts.timeZone,
    encoding: opts.encoding,
    mappings: opts.mappings,
    sinkFor: (unit, importId) => {
      duplicates = 0;
      rejects = [];
      return {
        batch: async (b) => {
          for (const c of b.chunks) {
            for (let k = 0; k < c.count; k++) {
              const id = idAt(c, k);
              if (seen.has(id)) { duplicates++; continue; }
              seen.add(id);
              opts.onEvent?.(chunkEvent(c, k, importId));
            }
          }
          if (rejects.length < REJECTS_SHOWN) rejects.push(...b.rejects.slice(0, REJECTS_SHOWN - rejects.length));
          opts.onProgress?.(unit.displayName, b.progress.bytesRead, b.progress.bytesTotal);
        },
      };
    },
  });
  for await (const r of units) {
    const skipped = r.status === 'skipped';
    const none = skipped || r.status === 'needs-mapping';
    const report: FileReport = {
      path: r.unit.path, entry: r.unit.entry ?? null, sha256: r.sha256, encoding: r.encoding, source: r.sourceId,
      format: r.format, status: r.status, message: r.message,
      events: none ? 0 : r.events - duplicates, duplicates: none ? 0 : duplicates,
      rejected: r.rejected, skipped, rejects: none ? [] : rejects.map((x) => ({ line: x.line, reason: x.reason })),
    };
    if (r.mappingRequest) report.columns = r.mappingRequest.columns;
    reports.push(report);
    duplicates = 0;
    rejects = [];
  }
  return reports;
}
