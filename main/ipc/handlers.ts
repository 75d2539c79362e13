/** The handler map: one place where every command meets its service. Knows nothing of Electron. */
import { AppError } from '../../shared/errors';
import type { ExportService } from '../export/export-service';
import type { FileRegistry } from '../files/file-registry';
import type { ImportService } from '../ingest/import-service';
import type { Handlers } from './router';

export interface HostInfo {
  mode: 'electron' | 'web';
  version: string;
  /** native open dialog; web mode has none (the page uploads instead) */
  pickFiles?: () => Promise<string[]>;
  systemTimeZone: string;
}

export function createHandlers(host: HostInfo, files: FileRegistry, imports: ImportService, exportsSvc: ExportService): Handlers {
  return {
    'app.info': () => ({ mode: host.mode, version: host.version, platform: process.platform, systemTimeZone: host.systemTimeZone }),
    'files.pick': async () => {
      if (!host.pickFiles) throw new AppError('not-supported', 'no native file dialog in web mode; use the file picker or drop files on the window');
      const paths = await host.pickFiles();
      return { files: paths.map((p) => files.register(p)) };
    },
    'files.registerDropped': ({ paths }) => {
      if (host.mode !== 'electron') throw new AppError('not-supported', 'dropped paths are only accepted from the desktop app');
      return { files: paths.map((p) => files.register(p)) };
    },
    'import.start': async ({ refs, timeZone, encoding, mappings, entry, replaces }) => ({ imports: await imports.start(refs, timeZone, encoding, { mappings, entry, replaces }) }),
    'import.cancel': ({ importId }) => ({ cancelled: imports.cancel(importId) }),
    'export.begin': ({ suggestedName }) => exportsSvc.begin(suggestedName),
    'export.result': ({ exportId }) => exportsSvc.result(exportId),
  };
}
