/**
 * The detail of one event of the current result (a side panel on PC, full screen on mobile), with
 * previous / next through the same result and copy as JSON. The event is fetched by its position.
 */
import { useEffect, useRef, useState } from 'react';
import type { Query } from '../../../../shared/filter/tree';
import type { AuditEvent } from '../../../../shared/model/event';
import type { ImportRecord } from '../../../../shared/model/import';
import { db } from '../../api/db';
import { formatNumber, t } from '../../i18n/messages';
import { notify, useAppStore } from '../../state/app-store';
import { Icon } from '../../components/Icon';
import { copyText } from './copy-text';
import { DetailBody } from './DetailBody';
import { eventJson } from './detail-fields';

interface Props { query: Query; index: number; total: number; zone: string }

export function EventDetail({ query, index, total, zone }: Props) {
  const [event, setEvent] = useState<AuditEvent | null>(null);
  const [imports, setImports] = useState<ImportRecord[]>([]);
  const panel = useRef<HTMLElement>(null);
  const go = (i: number) => useAppStore.getState().openDetail(Math.max(0, Math.min(total - 1, i)));
  const close = () => useAppStore.getState().openDetail(null);

  useEffect(() => {
    let live = true;
    db().page({ query, start: index, end: index + 1 })
      .then((r) => { if (live) setEvent(r.rows[0] ?? null); })
      .catch((e: Error) => notify('error', e.message));
    return () => { live = false; };
  }, [query, index]);
  useEffect(() => { db().imports().then(setImports).catch(() => setImports([])); }, []);
  useEffect(() => { panel.current?.focus(); }, []);

  const record = event ? imports.find((r) => r.id === event.importId) : undefined;
  return (
    <aside className="detail-panel" role="dialog" aria-label={t('detail.title')} data-testid="event-detail" tabIndex={-1} ref={panel} data-index={index}>
      <header className="detail-head">
        <h2>{t('detail.title')}</h2>
        <span className="muted" data-testid="detail-position">{t('detail.position', { i: formatNumber(index + 1), n: formatNumber(total) })}</span>
        <button type="button" className="detail-close" onClick={close} data-testid="detail-close" aria-label={t('detail.close')}><Icon name="close" size={16} /></button>
        <div className="detail-actions">
          <button type="button" onClick={() => go(index - 1)} disabled={index <= 0} data-testid="detail-prev" aria-label={t('detail.prev')}>‹ {t('detail.prev')}</button>
          <button type="button" onClick={() => go(index + 1)} disabled={index >= total - 1} data-testid="detail-next" aria-label={t('detail.next')}>{t('detail.next')} ›</button>
          <button type="button" onClick={() => event && void copyText(eventJson(event)).then(() => notify('info', t('detail.copied')))} disabled={!event} data-testid="detail-copy-json">{t('detail.copyJson')}</button>
        </div>
      </header>
      {event ? <DetailBody event={event} record={record} zone={zone} /> : <div className="loading">…</div>}
    </aside>
  );
}
