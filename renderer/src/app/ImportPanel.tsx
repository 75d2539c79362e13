/** Running imports (progress, cancel) and, when they end, the summary with every reject's reason. */
import { useImportStore } from '../state/import-store';
import { cancelImport, cancelUpload } from '../api/actions';
import type { UploadProgress } from '../../../shared/ipc/contract';
import { formatNumber, t } from '../i18n/messages';
import { ImportSummary } from './ImportSummary';

export function ImportPanel() {
  const running = useImportStore((s) => s.running);
  const finished = useImportStore((s) => s.finished);
  const errors = useImportStore((s) => s.errors);
  const upload = useImportStore((s) => s.upload);
  const list = Object.values(running);
  if (!upload && list.length === 0 && finished.length === 0 && errors.length === 0) return null;
  return (
    <aside className="import-panel" aria-live="polite" data-testid="import-panel">
      {upload && <UploadRunning p={upload} />}
      {list.map((p) => {
        const pct = percent(p.bytesRead, p.bytesTotal);
        return (
          <div className="import-running" key={p.importId} data-testid="import-progress">
            <div className="row">
              <strong>{t('import.running', { file: p.fileName })}</strong>
              <button type="button" onClick={() => void cancelImport(p.importId)} data-testid="import-cancel">{t('action.cancel')}</button>
            </div>
            <progress max={100} value={pct} aria-label={p.fileName} />
            <div className="muted">{t('import.progress', { read: formatNumber(p.read), rejected: formatNumber(p.rejected), pct })}</div>
          </div>
        );
      })}
      {!upload && list.length === 0 && <ImportSummary records={finished} errors={errors} />}
    </aside>
  );
}

const percent = (part: number, whole: number) => (whole > 0 ? Math.min(100, Math.floor((part / whole) * 100)) : 0);
const mb = (bytes: number) => (bytes / 1024 ** 2).toFixed(1);

/** Web mode: the file on its way to the host, while its import reads what has arrived. */
function UploadRunning({ p }: { p: UploadProgress }) {
  const pct = percent(p.loaded, p.total);
  return (
    <div className="import-running" data-testid="upload-progress">
      <div className="row">
        <strong>{t('import.uploading', { file: p.fileName })}</strong>
        <button type="button" onClick={cancelUpload} data-testid="upload-cancel">{t('action.cancel')}</button>
      </div>
      <progress max={100} value={pct} aria-label={p.fileName} />
      <div className="muted">{t('import.uploadProgress', { loaded: mb(p.loaded), total: mb(p.total), pct, index: p.index + 1, count: p.count })}</div>
    </div>
  );
}
