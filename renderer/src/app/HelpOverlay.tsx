/** The keyboard shortcuts, opened with `?`. */
import { t, type MessageKey } from '../i18n/messages';
import { useAppStore } from '../state/app-store';

const KEYS: [string, MessageKey][] = [
  ['↑ ↓', 'help.arrows'], ['Enter', 'help.enter'], ['← →', 'help.prevNext'], ['Esc', 'help.esc'], ['/', 'help.slash'], ['Shift+F10', 'help.pivot'], ['?', 'help.help'],
];

export function HelpOverlay() {
  const open = useAppStore((s) => s.helpOpen);
  if (!open) return null;
  const close = () => useAppStore.getState().set({ helpOpen: false });
  return (
    <div className="modal-backdrop" onClick={close}>
      <div className="modal help" role="dialog" aria-modal="true" aria-label={t('help.title')} data-testid="help-overlay" onClick={(e) => e.stopPropagation()}>
        <header className="modal-head"><h2>{t('help.title')}</h2><button type="button" onClick={close} aria-label={t('action.close')}>✕</button></header>
        <dl className="keys">
          {KEYS.map(([k, m]) => <div key={k}><dt><kbd>{k}</kbd></dt><dd>{t(m)}</dd></div>)}
        </dl>
      </div>
    </div>
  );
}
