/**
 * The import options (issue 3) as user actions: saved column mappings (Dexie `settings`, key
 * `columnMappings`), importing a needs-mapping file again with its new mapping, Re-import as…
 * another encoding, and the reject list exported as CSV through main's writer.
 */
import { AppError } from '../../../shared/errors';
import { signatureKey, signatureOf, type ColumnMapping } from '../../../shared/mapping/column-mapping';
import type { ImportRecord } from '../../../shared/model/import';
import { currentLang, t } from '../i18n/messages';
import { notify } from '../state/app-store';
import { useImportStore } from '../state/import-store';
import { mappingKey, restoreMappings, savedMappings, useMappingStore } from '../state/mapping-store';
import { useSettingsStore } from '../state/settings-store';
import { db } from './db';
import { call } from './ipc-client';

/** The settings key of the saved mappings: one list, restored through the schema (state/mapping-store.ts). */
export const MAPPINGS_KEY = 'columnMappings';

export async function loadMappings(): Promise<void> {
  useMappingStore.getState().load(restoreMappings(await db().getSetting(MAPPINGS_KEY)));
}

/**
 * Written at once, not debounced: the next import request must carry what the analyst just saved.
 * A failed write is said; the mapping still serves this session.
 */
async function persist(): Promise<void> {
  await db().putSetting(MAPPINGS_KEY, savedMappings()).catch((e: unknown) => notify('error', (e as Error).message));
}

export async function deleteMapping(m: ColumnMapping): Promise<void> {
  useMappingStore.getState().remove(mappingKey(m));
  await persist();
  notify('info', t('mappings.deleted', { name: m.name }));
}

/** True when the mapping was made for the columns of this needs-mapping import. */
function fits(m: ColumnMapping, r: ImportRecord): boolean {
  return r.mappingRequest?.kind === m.kind && signatureKey(signatureOf(r.mappingRequest.columns)) === signatureKey(m.signature);
}

/**
 * A finished import that needs a mapping goes to the dialog's queue; when a mapping for its columns
 * was saved while it waited in line (two such files in one drop), it is imported again with it at once.
 */
export function offerMapping(r: ImportRecord): void {
  if (r.status !== 'needs-mapping' || !r.mappingRequest) return;
  if (savedMappings().some((m) => fits(m, r))) {
    void importAgain(r, r.encodingBy === 'user' ? r.encoding : undefined).catch((e: unknown) => notify('error', isFileGone(e) ? t('mapping.fileGone', { file: r.fileName }) : (e as Error).message));
    return;
  }
  useMappingStore.getState().offer(r);
}

const isFileGone = (e: unknown) => e instanceof AppError && e.code === 'not-found' && e.details.reason === 'file-gone';

/** Imports the file of `r` again in place of it (`replaces`), with the saved mappings. */
async function importAgain(r: ImportRecord, encoding?: string): Promise<void> {
  if (!r.fileRef) throw new AppError('not-found', 'no file reference', { reason: 'file-gone' });
  const { imports } = await call('import.start', {
    refs: [r.fileRef], timeZone: r.timeZone, ...(encoding ? { encoding } : {}), mappings: savedMappings(), replaces: r.id,
    ...(r.entry !== undefined ? { entry: r.entry } : {}),
  });
  useImportStore.getState().expect(imports);
}

/**
 * Saves the mapping, then imports again the file it was made for and every other file waiting
 * for a mapping with the same columns. A file that is gone is said so; the mapping stays saved.
 */
export async function applyMapping(r: ImportRecord, m: ColumnMapping): Promise<void> {
  const store = useMappingStore.getState();
  store.save(m);
  await persist();
  const same = [r, ...store.queue.filter((q) => q.id !== r.id && fits(m, q))];
  store.drop(same.map((q) => q.id));
  notify('info', t('mapping.saved', { name: m.name, n: same.length }));
  for (const q of same) {
    try {
      await importAgain(q, q.encodingBy === 'user' ? q.encoding : undefined);
    } catch (e) {
      notify('error', isFileGone(e) ? t('mapping.fileGone', { file: q.fileName }) : (e as Error).message);
    }
  }
}

/** Rolls back the import and reads its file again in `encoding`, as one action; the new record says the user chose it. */
export async function reimportAs(r: ImportRecord, encoding: string): Promise<void> {
  try {
    await importAgain(r, encoding);
    notify('info', t('reimport.started', { file: r.fileName, encoding }));
  } catch (e) {
    notify('error', isFileGone(e) ? t('reimport.fileGone', { file: r.fileName }) : (e as Error).message);
  }
}

function rejectsFileName(r: ImportRecord): string {
  const base = (r.entry ?? r.fileName).replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '').replace(/[^\p{L}\p{N}._-]+/gu, '-').slice(0, 60) || 'import';
  const stamp = new Date().toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
  return `auditlens-rejects-${base}-${stamp}.csv`;
}

/** In web mode the file is on the host: the page downloads it from there. */
function offerDownload(url: string, fileName: string): void {
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
}

/** Writes the import's reject list (line, reason, raw text, file) as CSV: a save dialog, or a download in web mode. */
export async function exportRejects(r: ImportRecord): Promise<void> {
  try {
    const begun = await call('export.begin', { format: 'csv', suggestedName: rejectsFileName(r) });
    if (begun.canceled) return;
    const header = [t('col.line'), t('col.reason'), t('rejects.rawText'), t('col.file')];
    await db().exportRejects({ exportId: begun.exportId, importId: r.id, lang: currentLang(), header });
    const result = await call('export.result', { exportId: begun.exportId });
    if (result.downloadUrl) offerDownload(result.downloadUrl, result.fileName);
    useSettingsStore.getState().addExport({ at: Date.now(), page: 'rejects', format: 'csv', rows: result.rows, fileName: result.fileName });
    notify('info', t('rejects.exported', { rows: result.rows.toLocaleString('en-US'), file: result.fileName }));
  } catch (e) {
    notify('error', (e as Error).message);
  }
}
