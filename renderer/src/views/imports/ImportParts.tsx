/** What the Imports page's table (PC) and cards (mobile) show alike: an import's status, and its opened detail. */
import type { ImportRecord } from '../../../../shared/model/import';
import { t } from '../../i18n/messages';
import { useLang } from '../../state/settings-store';
import { pageParts } from '../search/search-words';
import { ImportActions } from './ImportActions';
import { messageBesideFile } from './import-message';
import { RejectTable } from './RejectTable';

export function StatusBadge({ record: r }: { record: ImportRecord }) {
  return <span className={`badge badge-${r.status}`} data-testid="import-status">{t(`importStatus.${r.status}`)}</span>;
}

/** Whether the import replaced an earlier one, and what its end said (why it failed or was skipped). */
export function StatusNotes({ record: r }: { record: ImportRecord }) {
  const message = r.message ? messageBesideFile(r) : '';
  return (
    <>
      {r.replaces && <span className="replaces">{t('imports.replaces')}</span>}
      {message && <span className="msg" title={message}>{message}</span>}
    </>
  );
}

/**
 * The source an import was read as: its page as the side menu names it, and the importer's id
 * (what the CLI prints) on a line of its own in the table, in the tooltip on a card.
 */
export function SourceText({ record: r, idLine }: { record: ImportRecord; idLine: boolean }) {
  const parts = pageParts(r.sourceId, useLang());
  if (!parts) return <span data-testid="import-source">{r.sourceId || '—'}</span>;
  // vendor and menu each kept whole: a narrow column breaks between them, not inside a word
  return (
    <span data-testid="import-source" title={r.sourceId}>
      <span className="nowrap">{parts[0]} ›</span> <span className="nowrap">{parts[1]}</span>
      {idLine && <span className="source-id">{r.sourceId}</span>}
    </span>
  );
}

/** The encoding the import was read in, and whether the user chose it (Re-import as…). */
export function EncodingText({ record: r }: { record: ImportRecord }) {
  return (
    <span className="enc" data-testid="import-encoding">
      {r.encoding || '—'}{r.encodingBy === 'user' && <span className="enc-chosen">{t('imports.encodingChosen')}</span>}
    </span>
  );
}

/** The table's status cell: the badge above its notes. */
export function StatusCell({ record }: { record: ImportRecord }) {
  return <><StatusBadge record={record} /><StatusNotes record={record} /></>;
}

/** The full SHA-256, what can be done with the import, and its rejected lines. */
export function ImportDetail({ record }: { record: ImportRecord }) {
  return (
    <>
      <div className="hash-full">SHA-256 {record.sha256 || '—'}</div>
      <ImportActions record={record} />
      <RejectTable importId={record.id} />
    </>
  );
}
