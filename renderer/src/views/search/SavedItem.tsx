/** One saved search (open, rename, update, delete) or one recent search (open) in the Saved menu. */
import { useState } from 'react';
import { formatDateTime, t } from '../../i18n/messages';
import { useAppStore } from '../../state/app-store';
import type { RecentSearch, SavedSearch } from '../../state/saved-schema';
import { useSavedStore } from '../../state/saved-store';
import { currentSearch } from '../../state/search-store';
import { useLang } from '../../state/settings-store';
import { pageLabel, periodText, searchText } from './search-words';

function Summary({ spec, showPage }: { spec: SavedSearch['spec']; showPage: boolean }) {
  const zone = useAppStore((s) => s.displayZone);
  const lang = useLang();
  const q = searchText(spec, zone);
  const whole = `${showPage ? `${pageLabel(spec.page, lang)} · ` : ''}${periodText(spec.period, zone)}${q ? ` · ${q}` : ''}`;
  return (
    <span className="saved-summary" title={whole}>
      {showPage && <>{pageLabel(spec.page, lang)} · </>}{periodText(spec.period, zone)}
      {q && <> · <code>{q}</code></>}
    </span>
  );
}

export function SavedItem({ entry, onOpen }: { entry: SavedSearch; onOpen(): void }) {
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(entry.name);
  const [confirm, setConfirm] = useState(false);
  const store = useSavedStore.getState();
  if (renaming) {
    return (
      <li className="saved-item" data-testid="saved-item" data-name={entry.name}>
        <form
          className="rename-form" onSubmit={(e) => { e.preventDefault(); store.rename(entry.id, name); setRenaming(false); }}
          onKeyDown={(e) => { if (e.key === 'Escape') { setRenaming(false); setName(entry.name); e.stopPropagation(); } }}
        >
          <input autoFocus value={name} maxLength={200} onChange={(e) => setName(e.target.value)} aria-label={t('saved.name')} data-testid="saved-rename-input" />
          <button type="submit" disabled={!name.trim()}>{t('saved.ok')}</button>
        </form>
      </li>
    );
  }
  return (
    <li className="saved-item" data-testid="saved-item" data-name={entry.name}>
      <button type="button" className="saved-open" onClick={onOpen} data-testid="saved-open" title={t('saved.open')}>
        <span className="saved-name">{entry.name}</span>
        <Summary spec={entry.spec} showPage={entry.scope === 'page'} />
      </button>
      <span className="saved-actions">
        {confirm ? (
          <>
            <button type="button" className="danger" onClick={() => store.remove(entry.id)} data-testid="saved-delete-confirm">{t('saved.deleteConfirm')}</button>
            <button type="button" onClick={() => setConfirm(false)}>{t('action.cancel')}</button>
          </>
        ) : (
          <>
            <button type="button" className="link" onClick={() => setRenaming(true)} data-testid="saved-rename">{t('saved.rename')}</button>
            <button type="button" className="link" onClick={() => store.overwrite(entry.id, { ...currentSearch(), page: entry.scope === 'page' ? currentSearch().page : entry.spec.page })} title={t('saved.updateHint')} data-testid="saved-update">{t('saved.update')}</button>
            <button type="button" className="link" onClick={() => setConfirm(true)} data-testid="saved-delete">{t('saved.delete')}</button>
          </>
        )}
      </span>
    </li>
  );
}

export function RecentItem({ entry, onOpen }: { entry: RecentSearch; onOpen(): void }) {
  const zone = useAppStore((s) => s.displayZone);
  return (
    <li className="saved-item recent" data-testid="recent-item">
      <button type="button" className="saved-open" onClick={onOpen} title={formatDateTime(entry.at, zone)}>
        <Summary spec={entry.spec} showPage />
      </button>
    </li>
  );
}
