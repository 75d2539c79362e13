/**
 * Composition shared by both hosts (Electron and web): the services and the router, built from
 * the host's own ports.
 */
import { DataHub } from './data/data-hub';
import { ExportService, type ExportPorts } from './export/export-service';
import { FileRegistry } from './files/file-registry';
import { ImportService } from './ingest/import-service';
import { createHandlers, type HostInfo } from './ipc/handlers';
import { createRouter } from './ipc/router';

export function createAppCore(host: HostInfo, exportPorts: ExportPorts, ingestWorkerPath: string) {
  const files = new FileRegistry();
  const hub = new DataHub();
  const imports = new ImportService(files, hub, ingestWorkerPath, true);
  const exportsSvc = new ExportService(hub, exportPorts);
  const dispatch = createRouter(createHandlers(host, files, imports, exportsSvc));
  return { files, hub, imports, exportsSvc, dispatch };
}
export type AppCore = ReturnType<typeof createAppCore>;
