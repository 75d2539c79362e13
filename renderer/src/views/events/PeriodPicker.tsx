/**
 * The period: presets (last hour … 180 days, the loaded data's own range, all time) and a custom
 * range read and shown in the display time zone (named beside the inputs; the zone picker sits next to
 * the presets).
 */
import { t, type MessageKey } from '../../i18n/messages';
import { useAppStore } from '../../state/app-store';
import { PERIOD_PRESETS, type PeriodPreset } from '../../state/search-model';
import { useSearchStore } from '../../state/search-store';
import { rangeText } from '../search/search-words';
import { fromWallInput, toWallInput } from '../search/wall-input';

export function PeriodPicker() {
  const period = useSearchStore((s) => s.period);
  const dataRange = useSearchStore((s) => s.dataRange);
  const zone = useAppStore((s) => s.displayZone);
  const store = useSearchStore.getState;
  const choose = (preset: PeriodPreset) => {
    // Switching to custom starts from the range on screen, so the inputs are never blank.
    if (preset === 'custom' && period.preset === 'data' && dataRange) store().setCustom(dataRange.min, dataRange.max + 1);
    else store().setPeriod(preset === 'custom' ? { preset, ...(period.preset === 'custom' ? { from: period.from, to: period.to } : {}) } : { preset });
  };
  return (
    <div className="period" role="group" aria-label={t('period.label')} data-testid="period" data-preset={period.preset}>
      <select value={period.preset} onChange={(e) => choose(e.target.value as PeriodPreset)} aria-label={t('period.label')} data-testid="period-preset">
        {PERIOD_PRESETS.map((p) => <option key={p} value={p}>{t(`period.${p}` as MessageKey)}</option>)}
      </select>
      {period.preset === 'custom' && (
        <>
          <label>{t('period.from')} <input type="datetime-local" step={1} value={toWallInput(period.from, zone)} data-testid="period-from" onChange={(e) => store().setCustom(fromWallInput(e.target.value, zone), period.to)} /></label>
          <label>{t('period.to')} <input type="datetime-local" step={1} value={toWallInput(period.to, zone)} data-testid="period-to" onChange={(e) => store().setCustom(period.from, fromWallInput(e.target.value, zone))} /></label>
        </>
      )}
      {period.preset === 'data' && dataRange && <span className="period-range muted" data-testid="period-range">{rangeText(dataRange.min, dataRange.max, zone)}</span>}
      {period.preset === 'custom' && <span className="zone" title={t('zone.label')} data-testid="period-zone">{zone}</span>}
    </div>
  );
}
