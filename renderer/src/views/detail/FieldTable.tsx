/** A label / value table with a copy button per value. Values are text only (log content is hostile). */
import { t } from '../../i18n/messages';
import { notify } from '../../state/app-store';
import { copyText } from './copy-text';
import type { FieldRow } from './detail-fields';

export function FieldTable({ rows, testId }: { rows: FieldRow[]; testId: string }) {
  const copy = (v: string) => void copyText(v).then(() => notify('info', t('detail.copied')));
  return (
    <table className="field-table" data-testid={testId}>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} data-field={r.key}>
            <th scope="row">{r.labelKey ? t(r.labelKey) : r.label}</th>
            <td><span className="field-value">{r.value || '—'}</span></td>
            <td className="copy-cell">{r.value && <button type="button" className="link" onClick={() => copy(r.value)} aria-label={`${t('detail.copy')}: ${r.labelKey ? t(r.labelKey) : r.label ?? r.key}`}>{t('detail.copy')}</button>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
