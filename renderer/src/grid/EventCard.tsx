/** One event as a card: the page's mobile columns as label / value lines; tap opens the detail. */
import type { AuditEvent } from '../../../shared/model/event';
import { label, type Lang, type SourceColumn } from '../../../shared/model/source-catalog';
import { t } from '../i18n/messages';
import { displayText } from './columns';
import { MarkBadges } from './MarkBadges';
import { statusWords } from './value-marks';

interface Props {
  index: number; event: AuditEvent | undefined; columns: SourceColumn[]; zone: string; lang: Lang;
  top: number; height: number; active: boolean; onOpen(index: number): void;
}

export function EventCard({ index, event, columns, zone, lang, top, height, active, onOpen }: Props) {
  return (
    <div role="listitem" className="card-slot" style={{ top, height }}>
    <button
      type="button" className={`card ${active ? 'active' : ''} ${event ? `card-${event.status}` : 'card-loading'}`}
      data-testid="event-card" data-index={index} title={t('card.open')}
      onClick={() => onOpen(index)}
    >
      {columns.map((c, i) => {
        const text = event ? displayText(event, c.value, zone, lang) : '';
        const status = c.value === 'status' || c.value === 'statusText' ? statusWords(event, text) : null;
        return (
          <span className="card-line" key={c.value} data-col={c.value}>
            <span className="card-label">{label(c.labels, lang)}{c.value === 'time' ? ` (${zone})` : ''}</span>
            <span className="card-value" title={text}>
              {event && <MarkBadges value={text} flags={event.flags} first={i === 0} />}
              {status
                ? <span className={`status status-${status.status}`} data-testid="status-cell">{status.text}</span>
                : text || (event ? '—' : '…')}
            </span>
          </span>
        );
      })}
    </button>
    </div>
  );
}
