/** Any other cell: the value as text, with its marks; levels toned by colour plus their word. */
import type { CustomCellRendererProps } from 'ag-grid-react';
import type { AuditEvent } from '../../../shared/model/event';
import { MarkBadges } from './MarkBadges';
import { levelTone } from './value-marks';

export function TextCell(props: CustomCellRendererProps<AuditEvent> & { first?: boolean; level?: boolean }) {
  const text = typeof props.value === 'string' ? props.value : props.value === undefined || props.value === null ? '' : String(props.value);
  const tone = props.level ? levelTone(text) : 'none';
  return (
    <span className="cell-line">
      {props.data && <MarkBadges value={text} flags={props.data.flags} first={props.first === true} />}
      {tone === 'none' ? text : <span className={`level level-${tone}`}>{tone === 'error' ? '‼ ' : tone === 'warn' ? '! ' : ''}{text}</span>}
    </span>
  );
}
