/** The rejected lines of one import, with their reason and text. */
import { useEffect, useState } from 'react';
import type { Reject } from '../../../../shared/model/import';
import { db } from '../../api/db';
import { ingestMessage } from '../../i18n/ingest-text';
import { formatNumber, t } from '../../i18n/messages';

const PAGE = 200;

export function RejectTable({ importId }: { importId: string }) {
  const [rows, setRows] = useState<Reject[]>([]);
  const [total, setTotal] = useState(0);
  useEffect(() => {
    db().rejects({ importId, offset: 0, limit: PAGE }).then((r) => { setRows(r.rows); setTotal(r.total); }).catch(() => undefined);
  }, [importId]);
  if (total === 0) return <p className="muted">{t('rejects.none')}</p>;
  return (
    <table className="reject-table" data-testid="reject-table">
      <caption>{t('import.reasons')}: {formatNumber(total)}{total > rows.length ? ` ${t('rejects.firstShown', { n: formatNumber(rows.length) })}` : ''}</caption>
      <thead><tr><th className="num">{t('col.line')}</th><th>{t('col.reason')}</th><th>{t('col.raw')}</th></tr></thead>
      <tbody>{rows.map((r) => <tr key={`${r.line}-${r.reason}`}><td className="num">{r.line}</td><td>{ingestMessage(r.reason, r.text)}</td><td className="raw">{r.raw}</td></tr>)}</tbody>
    </table>
  );
}
