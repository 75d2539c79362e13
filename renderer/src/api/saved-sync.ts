/**
 * Loads saved and recent searches from the DB worker's settings table and writes each change back
 * (debounced), like the preferences in settings-sync.ts. In the settings table rather than a table
 * of their own: no Dexie version bump, and the lists are small (at most a few hundred entries).
 */
import { t } from '../i18n/messages';
import { restoreRecent, restoreSaved } from '../state/saved-schema';
import { useSavedStore } from '../state/saved-store';
import { db } from './db';

export const SAVED_KEY = 'savedSearches';
export const RECENT_KEY = 'recentSearches';

const timers = new Map<string, ReturnType<typeof setTimeout>>();
let writing = 0;

/** `html[data-searches-saved]` tells tests that no write of the lists is pending. */
function mark(): void {
  document.documentElement.dataset.searchesSaved = timers.size === 0 && writing === 0 ? 'true' : 'false';
}

function save(key: string, value: unknown): void {
  clearTimeout(timers.get(key));
  timers.set(key, setTimeout(() => {
    timers.delete(key);
    writing++;
    // JSON round trip: only plain data reaches the worker's z.json() check.
    db().putSetting(key, JSON.parse(JSON.stringify(value))).catch(() => undefined).finally(() => { writing--; mark(); });
  }, 150));
  mark();
}

export async function loadSavedSearches(): Promise<void> {
  const [saved, recent] = await Promise.all([db().getSetting(SAVED_KEY), db().getSetting(RECENT_KEY)]);
  useSavedStore.getState().load({ saved: restoreSaved(saved, t('saved.untitled')), recent: restoreRecent(recent) });
  mark();
  useSavedStore.subscribe((s, prev) => {
    if (s.saved !== prev.saved) save(SAVED_KEY, s.saved);
    if (s.recent !== prev.recent) save(RECENT_KEY, s.recent);
  });
}
