/** Status as colour plus words, never colour alone. Text only: log content is never markup. */
import type { CustomCellRendererProps } from 'ag-grid-react';
import type { AuditEvent } from '../../../shared/model/event';

export function StatusCell(props: CustomCellRendererProps<AuditEvent>) {
  const status = props.data?.status ?? 'unknown';
  const text = typeof props.value === 'string' && props.value ? props.value : status;
  return <span className={`status status-${status}`} data-testid="status-cell">{status === 'failure' ? '✕ ' : status === 'success' ? '✓ ' : ''}{text}</span>;
}
