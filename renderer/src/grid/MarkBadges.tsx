/** Small badges that say a value is formula-like or that control characters were stripped. */
import { t } from '../i18n/messages';
import { MARK_LONG as LONG, MARK_SHORT as SHORT, marksFor } from './value-marks';

export function MarkBadges({ value, flags, first }: { value: string; flags: number; first: boolean }) {
  const marks = marksFor(value, flags, first);
  if (!marks.length) return null;
  return (
    <>
      {marks.map((m) => (
        <abbr key={m} className={`mark mark-${m}`} title={t(LONG[m])} aria-label={t(LONG[m])} data-testid={`mark-${m}`}>{t(SHORT[m])}</abbr>
      ))}
    </>
  );
}
