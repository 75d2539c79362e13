/** The display time zone; also the zone new imports read offset-less timestamps in. */
import { t } from '../../i18n/messages';
import { useAppStore } from '../../state/app-store';
import { useSettingsStore } from '../../state/settings-store';

const COMMON = ['UTC', 'Asia/Tokyo', 'Asia/Seoul', 'America/New_York', 'America/Los_Angeles', 'Europe/London', 'Europe/Berlin'];

export function ZonePicker() {
  const zone = useAppStore((s) => s.displayZone);
  const system = useAppStore((s) => s.systemZone);
  // The choice is a preference: saved, and resolved to the zone shown by api/settings-sync.
  const setZone = (z: string) => useSettingsStore.getState().setUi({ zone: z === system ? 'local' : z });
  const zones = [...new Set([system, ...COMMON, zone])];
  return (
    <label className="zone-picker" title={t('zone.label')}>
      <span className="sr-only">{t('zone.label')}</span>
      <select value={zone} onChange={(e) => setZone(e.target.value)} data-testid="zone-picker" aria-label={t('zone.label')}>
        {zones.map((z) => <option key={z} value={z}>{z === system ? t('zone.localSuffix', { zone: z }) : z}</option>)}
      </select>
    </label>
  );
}
