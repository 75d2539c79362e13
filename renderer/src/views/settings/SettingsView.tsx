/** Settings: language, theme, display time zone, density, layout. Saved at once (Dexie `settings`). */
import type { ReactNode } from 'react';
import { LANG_NAMES, t, UI_LANGS } from '../../i18n/messages';
import { useAppStore } from '../../state/app-store';
import { DENSITIES, LAYOUTS, THEMES, type UiSettings } from '../../state/settings-schema';
import { useSettingsStore, useUi } from '../../state/settings-store';
import { MappingsSettings } from './MappingsSettings';

const ZONES = ['UTC', 'Asia/Tokyo', 'Asia/Seoul', 'America/New_York', 'America/Los_Angeles', 'Europe/London', 'Europe/Berlin', 'Australia/Sydney'];

function Row({ label, children, hint }: { label: string; children: ReactNode; hint?: string }) {
  return (
    <div className="setting-row">
      <label><span className="setting-label">{label}</span>{children}</label>
      {hint && <p className="muted setting-hint">{hint}</p>}
    </div>
  );
}

export function SettingsView() {
  const ui = useUi();
  const system = useAppStore((s) => s.systemZone);
  const setUi = useSettingsStore((s) => s.setUi);
  const pick = <K extends keyof UiSettings>(k: K, allowed: readonly string[]) => (e: { target: { value: string } }) => {
    if (allowed.includes(e.target.value)) setUi({ [k]: e.target.value } as Partial<UiSettings>);
  };
  const zones = [...new Set([...ZONES, ui.zone === 'local' ? 'UTC' : ui.zone])];
  return (
    <section className="settings-view" data-testid="settings-view">
      <header className="toolbar"><h1 data-testid="page-title">{t('settings.title')}</h1></header>
      <div className="settings-form">
        <Row label={t('settings.language')}>
          <select value={ui.lang} onChange={pick('lang', UI_LANGS)} data-testid="settings-language">
            {UI_LANGS.map((l) => <option key={l} value={l}>{LANG_NAMES[l]}</option>)}
          </select>
        </Row>
        <Row label={t('settings.theme')}>
          <select value={ui.theme} onChange={pick('theme', THEMES)} data-testid="settings-theme">
            {THEMES.map((v) => <option key={v} value={v}>{t(`theme.${v}`)}</option>)}
          </select>
        </Row>
        <Row label={t('settings.zone')} hint={t('settings.zoneHint')}>
          <select value={ui.zone} onChange={(e) => setUi({ zone: e.target.value })} data-testid="settings-zone">
            <option value="local">{t('zone.local', { zone: system })}</option>
            {zones.map((z) => <option key={z} value={z}>{z === 'UTC' ? t('zone.utc') : z}</option>)}
          </select>
        </Row>
        <Row label={t('density.label')}>
          <select value={ui.density} onChange={pick('density', DENSITIES)} data-testid="settings-density">
            {DENSITIES.map((v) => <option key={v} value={v}>{t(`density.${v}`)}</option>)}
          </select>
        </Row>
        <Row label={t('layout.label')}>
          <select value={ui.layout} onChange={pick('layout', LAYOUTS)} data-testid="settings-layout">
            {LAYOUTS.map((v) => <option key={v} value={v}>{t(`layout.${v}`)}</option>)}
          </select>
        </Row>
      </div>
      <MappingsSettings />
    </section>
  );
}
