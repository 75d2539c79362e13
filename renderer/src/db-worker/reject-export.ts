/**
 * Streams the rejected lines of one import to main as `export-rows` messages (the events export's
 * path and writer: main's CSV writer neutralizes formula-looking cells, and the file lands where
 * the save dialog or the web-mode download puts it). One message in flight, acknowledged before
 * the next: a 10,000-reject list of 4 KB texts is never held twice.
 */
import { z } from 'zod';
import type { ToMain } from '../../../shared/data-channel';
import type { ExportAcks } from './export-stream';
import type { AuditlensDb } from './db/schema';
import { sayIn } from '../i18n/ingest-catalogs';

/** `lang` and `header`: the reasons and the header in the analyst's language (the stored English without them). */
export const RejectExportParams = z.object({
  exportId: z.string().min(1).max(200), importId: z.string().min(1).max(200),
  lang: z.enum(['en', 'ja', 'ko']).optional(), header: z.array(z.string().max(100)).length(4).optional(),
});
export type RejectExportRequest = z.infer<typeof RejectExportParams>;

/** The header of a reject export: what the Imports page shows for each rejected line, and where it came from. */
export const REJECT_EXPORT_HEADER = ['Line', 'Reason', 'Raw text', 'File'] as const;
export const REJECTS_PER_MESSAGE = 2000;

export interface RejectExportDeps {
  db: AuditlensDb;
  acks: ExportAcks;
  send(msg: ToMain): void;
  perMessage?: number;
}

/** Sends every stored reject of the import in line order; resolves with the row count once main has all of them. */
export async function streamRejects(deps: RejectExportDeps, req: RejectExportRequest): Promise<{ rows: number }> {
  const record = await deps.db.imports.get(req.importId);
  const file = record?.fileName ?? req.importId;
  const perMessage = deps.perMessage ?? REJECTS_PER_MESSAGE;
  // stored in arrival order, which is line order within an import; the id keeps ties stable
  const rows = (await deps.db.rejects.where('importId').equals(req.importId).toArray()).sort((a, b) => a.line - b.line || (a.id ?? 0) - (b.id ?? 0));
  try {
    for (let seq = 0, from = 0; seq === 0 || from < rows.length; seq++) {
      const to = Math.min(rows.length, from + perMessage);
      const cells = rows.slice(from, to).map((r) => [String(r.line), r.text && req.lang ? sayIn(r.text, req.lang) : r.reason, r.raw, file]);
      deps.acks.check(req.exportId);
      const acked = deps.acks.wait(req.exportId, seq);
      deps.send({ t: 'export-rows', exportId: req.exportId, seq, ...(seq === 0 ? { header: req.header ?? [...REJECT_EXPORT_HEADER] } : {}), rows: cells, last: to >= rows.length });
      await acked;
      from = to;
    }
  } finally {
    deps.acks.finished(req.exportId);
  }
  return { rows: rows.length };
}
