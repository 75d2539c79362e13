/** The single toast for info and errors. */
import { useEffect } from 'react';
import { t } from '../i18n/messages';
import { useAppStore } from '../state/app-store';

export function Notice() {
  const notice = useAppStore((s) => s.notice);
  const clear = useAppStore((s) => s.clearNotice);
  useEffect(() => {
    if (notice?.level !== 'info') return;
    const timer = setTimeout(clear, 6000);
    return () => clearTimeout(timer);
  }, [notice, clear]);
  if (!notice) return null;
  return (
    <div className={`notice notice-${notice.level}`} role={notice.level === 'error' ? 'alert' : 'status'} data-testid="notice">
      <span>{notice.text}</span>
      <button type="button" onClick={clear} aria-label={t('action.close')}>×</button>
    </div>
  );
}
