/**
 * Saved and recent searches: save the current search under a name (for this page, or for every
 * page), open, rename or delete one; reopen one of the last searches run.
 */
import { useEffect, useRef, useState } from 'react';
import { t } from '../../i18n/messages';
import { useAppStore } from '../../state/app-store';
import { isEventsPage } from '../../state/search-model';
import type { SavedScope, SavedSearch } from '../../state/saved-schema';
import { savedFor, useSavedStore } from '../../state/saved-store';
import { currentSearch, useSearchStore } from '../../state/search-store';
import { useSearchUi } from '../../state/search-ui-store';
import { SavedItem, RecentItem } from './SavedItem';

export function openSaved(e: SavedSearch): void {
  const page = currentSearch().page;
  const spec = e.scope === 'global' ? { ...e.spec, page: isEventsPage(page) ? page : 'all' } : e.spec;
  useSearchStore.getState().apply(spec);
}

function SaveForm({ onDone }: { onDone(): void }) {
  const [name, setName] = useState('');
  const [scope, setScope] = useState<SavedScope>('page');
  const submit = () => {
    if (!name.trim()) return;
    useSavedStore.getState().save(name, scope, currentSearch());
    useAppStore.getState().notify('info', t('saved.done', { name: name.trim() }));
    onDone();
  };
  return (
    <form className="save-form" onSubmit={(e) => { e.preventDefault(); submit(); }} data-testid="save-form">
      <label className="save-name">
        <span>{t('saved.name')}</span>
        <input autoFocus value={name} maxLength={200} onChange={(e) => setName(e.target.value)} data-testid="save-search-name" placeholder={t('saved.namePlaceholder')} />
      </label>
      <fieldset className="save-scope">
        <legend className="sr-only">{t('saved.scope')}</legend>
        <label><input type="radio" name="scope" checked={scope === 'page'} onChange={() => setScope('page')} data-testid="save-scope-page" /> {t('saved.scopePage')}</label>
        <label><input type="radio" name="scope" checked={scope === 'global'} onChange={() => setScope('global')} data-testid="save-scope-global" /> {t('saved.scopeGlobal')}</label>
      </fieldset>
      <button type="submit" className="primary" disabled={!name.trim()} data-testid="save-search-submit">{t('saved.save')}</button>
    </form>
  );
}

export function SavedMenu() {
  const open = useSearchUi((s) => s.savedOpen);
  const saved = useSavedStore((s) => s.saved);
  const recent = useSavedStore((s) => s.recent);
  const page = useSearchStore((s) => s.page);
  const [saving, setSaving] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const setOpen = (v: boolean) => { useSearchUi.getState().set({ savedOpen: v }); if (!v) setSaving(false); };

  useEffect(() => {
    if (!open) return;
    const away = (e: MouseEvent) => { if (box.current && !box.current.contains(e.target as Node)) setOpen(false); };
    // Esc closes it wherever the focus is (after saving, the form that had it is gone)
    const esc = (e: KeyboardEvent) => { if (e.key === 'Escape') { setOpen(false); e.stopPropagation(); } };
    document.addEventListener('mousedown', away);
    document.addEventListener('keydown', esc);
    return () => { document.removeEventListener('mousedown', away); document.removeEventListener('keydown', esc); };
  }, [open]);

  const lists = savedFor(saved, page);
  const section = (title: string, items: SavedSearch[], testId: string) => items.length > 0 && (
    <section className="saved-section" data-testid={testId}>
      <h3>{title}</h3>
      <ul>{items.map((e) => <SavedItem key={e.id} entry={e} onOpen={() => { openSaved(e); setOpen(false); }} />)}</ul>
    </section>
  );
  return (
    <div className="saved-wrap" ref={box}>
      <button type="button" className={open ? 'toggled' : ''} aria-expanded={open} aria-haspopup="dialog" onClick={() => setOpen(!open)} data-testid="saved-toggle">
        {t('saved.title')} ▾
      </button>
      {open && (
        <div className="saved-menu" role="dialog" aria-label={t('saved.title')} data-testid="saved-menu">
          {saving ? <SaveForm onDone={() => setSaving(false)} /> : (
            <button type="button" className="primary save-current" onClick={() => setSaving(true)} data-testid="save-current">{t('saved.saveCurrent')}</button>
          )}
          {saved.length === 0 && <p className="muted">{t('saved.none')}</p>}
          {section(t('saved.here'), lists.here, 'saved-here')}
          {section(t('saved.global'), lists.global, 'saved-global')}
          {section(t('saved.elsewhere'), lists.elsewhere, 'saved-elsewhere')}
          <section className="saved-section" data-testid="recent-list">
            <h3>{t('saved.recent')}</h3>
            {recent.length === 0 ? <p className="muted">{t('saved.noRecent')}</p> : (
              <ul>{recent.map((r) => <RecentItem key={r.at} entry={r} onOpen={() => { useSearchStore.getState().apply(r.spec); setOpen(false); }} />)}</ul>
            )}
          </section>
        </div>
      )}
    </div>
  );
}
