/** Small badges that say a value is formula-like or that control characters were stripped. */
import { t } from '../i18n/messages';
import { marksFor, type ValueMark } from './value-marks';

const SHORT: Record<ValueMark, 'flag.formulaShort' | 'flag.controlShort' | 'flag.badJsonShort'> = {
  formula: 'flag.formulaShort', control: 'flag.controlShort', badJson: 'flag.badJsonShort',
};
const LONG: Record<ValueMark, 'flag.formula' | 'flag.control' | 'flag.badJson'> = {
  formula: 'flag.formula', control: 'flag.control', badJson: 'flag.badJson',
};

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
