/** Period presets and a custom range, always read and shown in the display time zone. */
import { formatInZone, wallToEpoch } from '../../../../shared/util/timezone';
import { t, type MessageKey } from '../../i18n/messages';
import { useAppStore } from '../../state/app-store';
import { PERIOD_PRESETS, useSearchStore, type PeriodPreset } from '../../state/search-store';

function toInput(ms: number | undefined, zone: string): string {
  return ms === undefined ? '' : formatInZone(ms, zone).slice(0, 16).replace(' ', 'T');
}

function fromInput(v: string, zone: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(v);
  if (!m) return undefined;
  return wallToEpoch(zone, { year: +m[1], month: +m[2], day: +m[3], hour: +m[4], minute: +m[5], second: 0 });
}

export function PeriodPicker() {
  const preset = useSearchStore((s) => s.preset);
  const custom = useSearchStore((s) => s.custom);
  const setPreset = useSearchStore((s) => s.setPreset);
  const setCustom = useSearchStore((s) => s.setCustom);
  const zone = useAppStore((s) => s.displayZone);
  return (
    <div className="period" role="group" aria-label={t('period.label')}>
      <select value={preset} onChange={(e) => setPreset(e.target.value as PeriodPreset)} aria-label={t('period.label')} data-testid="period-preset">
        {PERIOD_PRESETS.map((p) => <option key={p} value={p}>{t(`period.${p}` as MessageKey)}</option>)}
      </select>
      {preset === 'custom' && (
        <>
          <label>{t('period.from')} <input type="datetime-local" value={toInput(custom.from, zone)} data-testid="period-from" onChange={(e) => setCustom({ ...custom, from: fromInput(e.target.value, zone) })} /></label>
          <label>{t('period.to')} <input type="datetime-local" value={toInput(custom.to, zone)} data-testid="period-to" onChange={(e) => setCustom({ ...custom, to: fromInput(e.target.value, zone) })} /></label>
          <span className="zone" title={t('zone.label')}>{zone}</span>
        </>
      )}
    </div>
  );
}
