/** Log Download: the exports done so far (persisted), newest first, like the vendors' page of that name. */
import { label } from '../../../../shared/model/source-catalog';
import { pageOf } from '../../grid/page-of';
import { formatDateTime, formatNumber, t } from '../../i18n/messages';
import { useAppStore } from '../../state/app-store';
import { useLang, useSettingsStore } from '../../state/settings-store';
import '../imports/imports.css';

export function LogDownloadView() {
  const exports = useSettingsStore((s) => s.exports);
  const zone = useAppStore((s) => s.displayZone);
  const layout = useAppStore((s) => s.layout);
  const lang = useLang();
  const pageName = (p: string) => {
    if (p === 'all') return t('nav.all');
    if (p === 'rejects') return t('rejects.logPage');
    const page = pageOf(p);
    return page ? `${page.vendor || t('nav.other')} › ${label(page.labels, lang)}` : p;
  };
  return (
    <section className="imports-view" data-testid="downloads-view">
      <header className="toolbar"><h1 data-testid="page-title">{t('downloads.title')}</h1></header>
      {exports.length === 0 && <p className="empty" data-testid="downloads-empty">{t('downloads.empty')}</p>}
      {exports.length > 0 && layout === 'mobile' && (
        // a phone: one card per export, the file name whole (five columns left it a few letters wide)
        <ul className="import-cards" data-testid="downloads-cards">
          {exports.map((e) => (
            <li key={`${e.at}-${e.fileName}`} className="import-card" data-testid="download-row">
              <span className="import-card-head"><span className="file">{e.fileName}</span></span>
              <span>{pageName(e.page)} · {e.format.toUpperCase()} · {t('downloads.rows')} <b>{formatNumber(e.rows)}</b></span>
              <span className="import-card-meta">{t('downloads.when')} {formatDateTime(e.at, zone)} ({zone})</span>
            </li>
          ))}
        </ul>
      )}
      {exports.length > 0 && layout === 'pc' && (
        <div className="table-scroll">
          <table className="imports-table" data-testid="downloads-table">
            <thead><tr><th>{t('downloads.when')} ({zone})</th><th>{t('downloads.page')}</th><th>{t('downloads.format')}</th><th className="num">{t('downloads.rows')}</th><th>{t('downloads.file')}</th></tr></thead>
            <tbody>
              {exports.map((e) => (
                <tr key={`${e.at}-${e.fileName}`} data-testid="download-row">
                  <td>{formatDateTime(e.at, zone)}</td><td>{pageName(e.page)}</td><td>{e.format.toUpperCase()}</td>
                  <td className="num">{formatNumber(e.rows)}</td><td className="file" title={e.fileName}>{e.fileName}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
