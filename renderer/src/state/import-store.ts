/** Progress of running imports and the summary of the last finished batch of files. */
import { create } from 'zustand';
import type { UploadProgress } from '../../../shared/ipc/contract';
import type { ImportRecord } from '../../../shared/model/import';

export interface ImportProgressView {
  importId: string; fileName: string; read: number; rejected: number; added: number; duplicates: number;
  bytesRead: number; bytesTotal: number;
}

interface ImportState {
  running: Record<string, ImportProgressView>;
  /** imports of the current session's last run, shown in the summary until dismissed */
  finished: ImportRecord[];
  errors: string[];
  /** web mode: the file being sent to the host (its import reads what has arrived) */
  upload: UploadProgress | null;
  uploading(p: UploadProgress | null): void;
  expect(list: { importId: string; fileName: string; size: number }[]): void;
  progress(p: ImportProgressView): void;
  done(r: ImportRecord): void;
  fail(message: string): void;
  dismiss(): void;
}

export const useImportStore = create<ImportState>((set) => ({
  running: {},
  finished: [],
  errors: [],
  upload: null,
  uploading: (p) => set({ upload: p }),
  expect: (list) => set((s) => {
    // A small import can end before the answer to import.start arrives (a spare ingest worker starts
    // at once): those are already finished and must not wait here for a progress that never comes.
    const ids = new Set(list.map((i) => i.importId));
    const early = s.finished.filter((f) => ids.has(f.id));
    const ended = new Set(early.map((f) => f.id));
    const running = { ...s.running };
    for (const i of list) {
      if (ended.has(i.importId)) continue;
      running[i.importId] = { importId: i.importId, fileName: i.fileName, read: 0, rejected: 0, added: 0, duplicates: 0, bytesRead: 0, bytesTotal: i.size };
    }
    return { running, finished: Object.keys(s.running).length ? s.finished : early, errors: [] };
  }),
  progress: (p) => set((s) => (s.running[p.importId] ? { running: { ...s.running, [p.importId]: { ...s.running[p.importId], ...p } } } : s)),
  done: (r) => set((s) => {
    const running = { ...s.running };
    delete running[r.id];
    return { running, finished: [...s.finished.filter((f) => f.id !== r.id), r] };
  }),
  fail: (message) => set((s) => ({ errors: [...s.errors, message] })),
  dismiss: () => set({ finished: [], errors: [] }),
}));
