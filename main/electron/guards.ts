/** App-wide Electron guards: no navigation, no new windows, no webviews, no permissions. */
import { app, session, type WebContents } from 'electron';
import { createLogger } from '../log/logger';

const log = createLogger('security');

export function installGuards(): void {
  app.on('web-contents-created', (_e, contents: WebContents) => {
    contents.on('will-navigate', (ev, url) => { ev.preventDefault(); log.warn('blocked navigation', { url }); });
    contents.on('will-redirect', (ev, url) => { ev.preventDefault(); log.warn('blocked redirect', { url }); });
    contents.on('will-attach-webview', (ev) => ev.preventDefault());
    contents.setWindowOpenHandler(({ url }) => { log.warn('blocked a new window', { url }); return { action: 'deny' }; });
  });
  app.whenReady().then(() => {
    session.defaultSession.setPermissionRequestHandler((_wc, permission, cb) => { log.warn('denied a permission', { permission }); cb(false); });
    session.defaultSession.setPermissionCheckHandler(() => false);
  }).catch(() => undefined);
}
