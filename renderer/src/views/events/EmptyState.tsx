/**
 * What an events page shows before anything is imported: what can be opened, and a button to
 * open it. On a phone the toolbar's own button is folded away with the search, so this one is the
 * way in there.
 */
import { t } from '../../i18n/messages';
import { useAppStore } from '../../state/app-store';
import { chooseFiles } from './file-picker';

export function EmptyState() {
  const mode = useAppStore((s) => s.mode);
  return (
    <div className="empty" data-testid="empty-state">
      <h2>{t('empty.title')}</h2>
      <p>{t('empty.body')}</p>
      <p>{t('empty.mapping')}</p>
      <button type="button" className="primary" onClick={() => chooseFiles(mode)} data-testid="empty-open-files">{t('action.open')}</button>
    </div>
  );
}
