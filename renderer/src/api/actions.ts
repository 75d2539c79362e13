/** User actions that cross into main and the DB worker: open files, cancel, export. */
import type { Query } from '../../../shared/filter/tree';
import type { FileRef } from '../../../shared/ipc/contract';
import { label } from '../../../shared/model/source-catalog';
import { columnsForPage } from '../grid/columns';
import { t } from '../i18n/messages';
import { notify, useAppStore } from '../state/app-store';
import { useImportStore } from '../state/import-store';
import { savedMappings } from '../state/mapping-store';
import { db } from './db';
import { api, call } from './ipc-client';
import { UploadCancelled } from '../bridge/upload-file';

/** The upload running now (web mode), for Cancel: a newer one runs beside it, Cancel stops the newest. */
let upload: AbortController | null = null;

/** Stops the web-mode upload of the files being opened; their imports stop and roll back. */
export function cancelUpload(): void {
  upload?.abort();
}

/** Refs of the files; in web mode their upload goes on after (and while their imports run). */
async function refsOf(files: File[]): Promise<FileRef[]> {
  const store = useImportStore.getState();
  const mine = new AbortController();
  upload = mine;
  const onEnd = (e: Error | null) => {
    if (upload === mine) upload = null;
    store.uploading(null);
    if (e instanceof UploadCancelled) notify('info', t('import.uploadCancelled', { file: e.fileName }));
    else if (e) notify('error', e.message);
  };
  try {
    return await api().fileRefs(files, { signal: mine.signal, onProgress: (p) => store.uploading(p), onEnd });
  } catch (e) {
    onEnd(null);
    throw e;
  }
}

/** Imports dropped/picked Files, or asks main's native dialog when there are none (Electron). */
export async function importFiles(files?: File[]): Promise<void> {
  try {
    const refs = files && files.length ? await refsOf(files) : (await call('files.pick', {})).files;
    if (refs.length === 0) return;
    const { imports } = await call('import.start', { refs: refs.map((r) => r.ref), timeZone: useAppStore.getState().displayZone, mappings: savedMappings() });
    useImportStore.getState().expect(imports);
  } catch (e) {
    useImportStore.getState().fail((e as Error).message);
    notify('error', (e as Error).message);
  }
}

export async function cancelImport(importId: string): Promise<void> {
  try {
    await call('import.cancel', { importId });
  } catch (e) {
    notify('error', (e as Error).message);
  }
}

function exportName(page: string): string {
  const stamp = new Date().toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
  return `auditlens-${page === 'all' ? 'all-events' : page.replace(/\./g, '-')}-${stamp}.csv`;
}

/** Writes every event of the current result (not just the visible rows) as CSV. */
export async function exportCsv(page: string, query: Query): Promise<{ rows: number; fileName: string } | null> {
  const zone = useAppStore.getState().displayZone;
  const begun = await call('export.begin', { format: 'csv', suggestedName: exportName(page) });
  if (begun.canceled) return null;
  const columns = columnsForPage(page).filter((c) => c.pc).map((c) => ({
    header: c.value === 'time' ? `${label(c.labels, 'en')} (${zone})` : label(c.labels, 'en'),
    value: c.value,
  }));
  await db().exportRows({ exportId: begun.exportId, query, columns, timeZone: zone });
  const result = await call('export.result', { exportId: begun.exportId });
  if (result.downloadUrl) {
    const a = document.createElement('a');
    a.href = result.downloadUrl;
    a.download = result.fileName;
    a.rel = 'noopener';
    document.body.appendChild(a);
    a.click();
    a.remove();
  }
  notify('info', t('export.done', { rows: result.rows.toLocaleString('en-US'), file: result.fileName }));
  return { rows: result.rows, fileName: result.fileName };
}
