/**
 * Keeps the search and the URL's hash in step: opening a URL restores its search, each change of
 * the search pushes a history entry (so back/forward step through searches, in the browser and in
 * Electron alike), and each search run with conditions is remembered as recent. Only the hash is
 * written: the path and query string (web mode's `?token=`) are left as they are.
 */
import { useEffect } from 'react';
import { t } from '../i18n/messages';
import { notify, useAppStore } from '../state/app-store';
import { isWorthRecording } from '../state/saved-schema';
import { useSavedStore } from '../state/saved-store';
import { DEFAULT_SEARCH, isEventsPage, searchKey, type SearchSpec } from '../state/search-model';
import { decodeSearch, encodeSearch } from '../state/search-url';
import { currentSearch, useSearchStore } from '../state/search-store';

function write(spec: SearchSpec, mode: 'push' | 'replace'): void {
  const hash = encodeSearch(spec, useAppStore.getState().displayZone);
  if (hash === window.location.hash) return;
  const url = `${window.location.pathname}${window.location.search}${hash}`;
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
}

/** Applies the URL's search; false when the hash holds none. */
function readUrl(): boolean {
  const decoded = decodeSearch(window.location.hash, useAppStore.getState().displayZone);
  if (!decoded) return false;
  useSearchStore.getState().apply(decoded.spec, 'replace');
  if (decoded.problem) notify('error', t('search.urlProblem', { problem: decoded.problem }));
  return true;
}

export function useSearchUrl(ready: boolean): void {
  useEffect(() => {
    if (!ready) return;
    if (!readUrl()) write(currentSearch(), 'replace');
    let last = searchKey(currentSearch());
    const off = useSearchStore.subscribe((s) => {
      const spec = currentSearch();
      const key = searchKey(spec);
      if (key === last) return;
      last = key;
      write(spec, s.historyMode);
      if (isEventsPage(spec.page) && isWorthRecording(spec)) useSavedStore.getState().record(spec);
    });
    // Back/forward: the entry's hash is the search to show (a hash that is not ours shows the default).
    const onPop = () => { if (!readUrl()) useSearchStore.getState().apply(DEFAULT_SEARCH, 'replace'); };
    window.addEventListener('popstate', onPop);
    return () => { off(); window.removeEventListener('popstate', onPop); };
  }, [ready]);
}
