import { app, session, shell } from 'electron';
import log from 'electron-log/main';
import { isAppUrl } from './trusted-url';

/**
 * Locks every window down (Electron security checklist #4, #13, #14, #15): no navigation away
 * from our page, no new windows, no permissions, no <webview>, and no request off the machine.
 */
export function installSecurityGuards(rendererIndexFile: string, devServerUrl: string | undefined): void {
  const isOwn = (url: string) => isAppUrl(url, rendererIndexFile, devServerUrl);

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isOwn(url)) {
        event.preventDefault();
        log.warn('Blocked navigation to', url);
      }
    });
    contents.on('will-redirect', (event, url) => {
      if (!isOwn(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      // Only plain https links (e.g. a source in the knowledge base) open, in the user's browser.
      try {
        if (new URL(url).protocol === 'https:') void shell.openExternal(url);
      } catch {
        // not a URL: ignore
      }
      return { action: 'deny' };
    });
  });

  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  // The app is offline by design: anything but our own files (and the dev server) is cancelled.
  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed = details.url.startsWith('devtools:') || isLocal(details.url, devServerUrl);
    if (!allowed) log.warn('Blocked request to', details.url);
    callback({ cancel: !allowed });
  });
}

function isLocal(raw: string, devServerUrl: string | undefined): boolean {
  try {
    const url = new URL(raw);
    if (url.protocol === 'file:' || url.protocol === 'data:' || url.protocol === 'blob:') return true;
    return devServerUrl !== undefined && url.origin === new URL(devServerUrl).origin;
  } catch {
    return false;
  }
}
