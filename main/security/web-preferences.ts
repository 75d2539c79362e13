/** The one set of webPreferences every window gets (STYLE.md §4); asserted by a unit test. */
export function secureWebPreferences(preloadPath: string) {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    spellcheck: false,
  } as const;
}

/** The only origin our windows load, and the only sender frames IPC accepts. */
export const APP_ORIGIN = 'app://auditlens';

export function isAppUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'app:' && u.host === 'auditlens';
  } catch {
    return false;
  }
}
