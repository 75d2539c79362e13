/** The display time zone; also the zone new imports read offset-less timestamps in. */
import { t } from '../../i18n/messages';
import { useAppStore } from '../../state/app-store';

const COMMON = ['UTC', 'Asia/Tokyo', 'Asia/Seoul', 'America/New_York', 'America/Los_Angeles', 'Europe/London', 'Europe/Berlin'];

export function ZonePicker() {
  const zone = useAppStore((s) => s.displayZone);
  const system = useAppStore((s) => s.systemZone);
  const setZone = useAppStore((s) => s.setDisplayZone);
  const zones = [...new Set([system, ...COMMON, zone])];
  return (
    <label className="zone-picker" title={t('zone.label')}>
      <span className="sr-only">{t('zone.label')}</span>
      <select value={zone} onChange={(e) => setZone(e.target.value)} data-testid="zone-picker" aria-label={t('zone.label')}>
        {zones.map((z) => <option key={z} value={z}>{z === system ? `${z} (local)` : z}</option>)}
      </select>
    </label>
  );
}
