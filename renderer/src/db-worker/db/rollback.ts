/**
 * Removes everything one import stored (chunks and rejects) and marks its record, in one
 * transaction. Returns the ids of the removed events (read first, so memory can forget them).
 */
import type { ImportRecord } from '../../../../shared/model/import';
import { importChunkRange, type AuditlensDb } from './schema';
import { idAt } from '../../../../shared/model/packed-chunk';

const PAGE_CHUNKS = 32;

export async function rollbackImport(
  db: AuditlensDb, importId: string,
  patch: Pick<ImportRecord, 'status' | 'message' | 'finishedAt'> & Partial<Pick<ImportRecord, 'messageText' | 'read' | 'rejected' | 'mappingRequest'>>,
): Promise<{ ids: string[]; record: ImportRecord | undefined }> {
  const [lo, hi] = importChunkRange(importId);
  const ids: string[] = [];
  let from: [string, number] = lo;
  for (;;) {
    const page = await db.chunks.where(':id').between(from, hi, false, true).limit(PAGE_CHUNKS).toArray();
    for (const c of page) for (let k = 0; k < c.count; k++) ids.push(idAt(c, k));
    if (page.length < PAGE_CHUNKS) break;
    from = [importId, page[page.length - 1].seq];
  }
  let record: ImportRecord | undefined;
  await db.transaction('rw', [db.chunks, db.rejects, db.imports], async () => {
    await db.chunks.where(':id').between(lo, hi, true, true).delete();
    await db.rejects.where('importId').equals(importId).delete();
    const old = await db.imports.get(importId);
    if (old) {
      record = { ...old, ...patch, added: 0 };
      // the text of a message this one replaces (a finished import read again) must not outlive it
      if (!patch.messageText) delete record.messageText;
      await db.imports.put(record);
    }
  });
  return { ids, record };
}
