import { app, clipboard, dialog, session, shell, type WebContents } from 'electron';
import { APP_SCHEME } from './app-scheme';
import { externalLinkAction } from './external-links';
import { mainLog } from './log';
import { mainTexts } from './main-texts';
import { isAppUrl } from './trusted-url';

/**
 * Locks every window down (Electron security checklist #4, #13, #14, #15): no navigation of any
 * frame away from our page, no redirects, no new windows, no <webview>, no permissions, and no
 * request off the machine. Links to an allowed official source open in the user's browser; any
 * other link is shown to copy.
 */
export function installSecurityGuards(devServerUrl: string | undefined): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, devServerUrl));

  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isLocalRequest(details.url, devServerUrl);
    if (!allowed) mainLog.warn('Blocked request to', details.url);
    callback({ cancel: !allowed });
  });
}

/** The guards of one WebContents (exported for the tests, which drive them with a fake). */
export function guardWebContents(contents: WebContents, devServerUrl: string | undefined): void {
  const isOwn = (url: string) => isAppUrl(url, devServerUrl);
  contents.on('will-navigate', (event, url) => {
    if (!isOwn(url)) {
      event.preventDefault();
      mainLog.warn('Blocked navigation to', url);
    }
  });
  // Sub-frames navigate too (an injected <iframe>): will-navigate fires for the main frame only.
  contents.on('will-frame-navigate', (details) => {
    if (!isOwn(details.url)) {
      details.preventDefault();
      mainLog.warn('Blocked frame navigation to', details.url);
    }
  });
  contents.on('will-redirect', (event, url) => {
    if (!isOwn(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    void openExternalLink(url);
    return { action: 'deny' };
  });
}

/** Opens an allowed official source in the browser; shows any other address to copy instead. */
export async function openExternalLink(url: string): Promise<'opened' | 'shown'> {
  if (externalLinkAction(url) === 'open') {
    await shell.openExternal(url);
    return 'opened';
  }
  const text = mainTexts(app.getLocale()).externalLink;
  const choice = await dialog.showMessageBox({
    type: 'info',
    title: text.title,
    message: text.message,
    detail: url,
    buttons: [text.copy, text.close],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  });
  if (choice.response === 0) clipboard.writeText(url);
  return 'shown';
}

/** Our own scheme, devtools, inline data and blobs, and the dev server in development: nothing else. */
export function isLocalRequest(raw: string, devServerUrl: string | undefined): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol === 'devtools:' || url.protocol === 'data:' || url.protocol === 'blob:') return true;
  if (url.protocol === `${APP_SCHEME}:`) return isAppUrl(raw, undefined);
  return devServerUrl !== undefined && isAppUrl(raw, devServerUrl);
}
