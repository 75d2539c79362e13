/** Status as colour plus words, never colour alone. Text only: log content is never markup. */
import type { CustomCellRendererProps } from 'ag-grid-react';
import type { AuditEvent } from '../../../shared/model/event';
import { t } from '../i18n/messages';
import { MarkBadges } from './MarkBadges';

export function StatusCell(props: CustomCellRendererProps<AuditEvent> & { first?: boolean }) {
  const status = props.data?.status ?? 'unknown';
  // The normalized enum (`failure`) is shown in the UI language; the source's own words as written.
  const raw = typeof props.value === 'string' ? props.value : '';
  const text = raw && raw !== status ? raw : t(`status.${status}`);
  return (
    <span className="cell-line">
      {props.data && <MarkBadges value={text} flags={props.data.flags} first={props.first === true} />}
      <span className={`status status-${status}`} data-testid="status-cell">{status === 'failure' ? '✕ ' : status === 'success' ? '✓ ' : '? '}{text}</span>
    </span>
  );
}
