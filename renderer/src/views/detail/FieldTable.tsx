/** A label / value table with a copy button per value. Values are text only (log content is hostile). */
import { t } from '../../i18n/messages';
import { notify } from '../../state/app-store';
import { copyText } from './copy-text';
import type { FieldRow } from './detail-fields';

/** Where a value can pivot from: `pivotOf(key)` names the field a row's value filters on (or null). */
export interface RowPivot { pivotOf(key: string): string | null; open(column: string, at: HTMLElement | { x: number; y: number }): void }

export function FieldTable({ rows, testId, pivot }: { rows: FieldRow[]; testId: string; pivot?: RowPivot }) {
  const copy = (v: string) => void copyText(v).then(() => notify('info', t('detail.copied')));
  return (
    <table className="field-table" data-testid={testId}>
      <tbody>
        {rows.map((r) => {
          // right-click on a value, or its ⋯ button, opens the pivot menu (filter to / exclude / new search)
          const column = pivot?.pivotOf(r.key) ?? null;
          const name = r.labelKey ? t(r.labelKey) : r.label ?? r.key;
          return (
            <tr key={r.key} data-field={r.key}>
              <th scope="row">{r.labelKey ? t(r.labelKey) : r.label}</th>
              <td>
                <span className="field-value" onContextMenu={column && pivot ? (e) => { e.preventDefault(); pivot.open(column, { x: e.clientX, y: e.clientY }); } : undefined}>{r.value || '—'}</span>
                {column && pivot && (
                  <button
                    type="button" className="pivot-button" aria-haspopup="menu" data-testid="detail-pivot" data-field={r.key}
                    aria-label={`${t('pivot.menu')}: ${name}`} title={t('pivot.menu')} onClick={(e) => pivot.open(column, e.currentTarget)}
                  >⋯</button>
                )}
                {r.note && <span className="field-note" data-testid="field-note">{r.note}</span>}
              </td>
              <td className="copy-cell">{r.value && <button type="button" className="link" onClick={() => copy(r.value)} aria-label={`${t('detail.copy')}: ${name}`}>{t('detail.copy')}</button>}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
