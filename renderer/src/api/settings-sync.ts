/**
 * Loads the preferences from the DB worker at start-up and writes each change back. Writes are
 * debounced per key so dragging a column writes once, not per pixel.
 */
import { restoreColumns, restoreExports, restoreUi, resolveZone } from '../state/settings-schema';
import { useSettingsStore } from '../state/settings-store';
import { useAppStore } from '../state/app-store';
import { setLanguage } from '../i18n/messages';
import { db } from './db';

const KEYS = { ui: 'ui', columns: 'columns', exports: 'exports' } as const;
const timers = new Map<string, ReturnType<typeof setTimeout>>();
let writing = 0;

/** `html[data-settings-saved]` tells tests (and nothing else) that no write is pending. */
function mark(): void {
  document.documentElement.dataset.settingsSaved = timers.size === 0 && writing === 0 ? 'true' : 'false';
}

function save(key: string, value: unknown): void {
  clearTimeout(timers.get(key));
  timers.set(key, setTimeout(() => {
    timers.delete(key);
    writing++;
    db().putSetting(key, value).catch(() => undefined).finally(() => { writing--; mark(); });
  }, 150));
  mark();
}

/** Reads every preference, applies it, then keeps the database in step with the store. */
export async function loadSettings(): Promise<void> {
  const client = db();
  const [ui, columns, exports] = await Promise.all([client.getSetting(KEYS.ui), client.getSetting(KEYS.columns), client.getSetting(KEYS.exports)]);
  const store = useSettingsStore.getState();
  store.load({ ui: restoreUi(ui, navigator.language), columns: restoreColumns(columns), exports: restoreExports(exports) });
  applyUi();
  useSettingsStore.subscribe((s, prev) => {
    if (s.ui !== prev.ui) { save(KEYS.ui, s.ui); applyUi(); }
    if (s.columns !== prev.columns) save(KEYS.columns, s.columns);
    if (s.exports !== prev.exports) save(KEYS.exports, s.exports);
  });
}

function applyUi(): void {
  const { ui } = useSettingsStore.getState();
  const app = useAppStore.getState();
  const zone = resolveZone(ui.zone, app.systemZone);
  if (app.displayZone !== zone) app.setDisplayZone(zone);
  void setLanguage(ui.lang);
}
