/** The Imports page on PC: one row per import, its detail (full SHA-256, actions, rejects) below it when opened. */
import { Fragment } from 'react';
import type { ImportRecord } from '../../../../shared/model/import';
import { formatInZone } from '../../../../shared/util/timezone';
import { formatBytes, formatNumber, t } from '../../i18n/messages';
import { EncodingText, ImportDetail, SourceText, StatusCell } from './ImportParts';

/** Hex digits of the SHA-256 a row shows (the whole is in its detail and tooltip): enough to tell files apart at a glance. */
const HASH_SHOWN = 12;

interface Props { rows: ImportRecord[]; zone: string; open: string | null; onToggle(id: string): void }

export function ImportsTable({ rows, zone, open, onToggle }: Props) {
  return (
    <div className="table-scroll">
      <table className="imports-table" data-testid="imports-table">
        <thead>
          <tr>
            <th>{t('col.file')}</th><th>{t('col.size')}</th><th>{t('col.source')}</th><th className="wrap">{t('col.encoding')}<br />{t('col.timeZone')}</th>
            <th className="num">{t('col.read')}</th><th className="num">{t('col.added')}</th><th className="num">{t('col.duplicates')}</th><th className="num">{t('col.rejected')}</th>
            <th>{t('col.status')}</th><th className="wrap">{t('col.started')} ({zone})</th><th>{t('col.sha256')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <Fragment key={r.id}>
              <tr data-testid="import-row" data-status={r.status} data-file={r.fileName} onClick={() => onToggle(r.id)} className={open === r.id ? 'open' : ''}>
                <td className="file" title={r.fileName}>{r.fileName}</td>
                <td className="nowrap">{formatBytes(r.size)}</td>
                <td className="source"><SourceText record={r} idLine /></td>
                <td>
                  <EncodingText record={r} />
                  <span className="zone">{r.timeZone}</span>
                </td>
                <td className="num">{formatNumber(r.read)}</td>
                <td className="num">{formatNumber(r.added)}</td>
                <td className="num">{formatNumber(r.duplicates)}</td>
                <td className="num">{formatNumber(r.rejected)}</td>
                <td><StatusCell record={r} /></td>
                <td className="started">{formatInZone(r.startedAt, zone)}</td>
                <td className="hash" title={r.sha256}>{r.sha256 ? `${r.sha256.slice(0, HASH_SHOWN)}…` : '—'}</td>
              </tr>
              {open === r.id && <tr className="detail"><td colSpan={11}><ImportDetail record={r} /></td></tr>}
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}
