import { APP_HOST, APP_SCHEME } from './app-scheme';

/**
 * Whether a URL is our own renderer: app://ropa/… (or, in development, the electron-vite dev
 * server's origin). Parsed, never matched with includes()/startsWith():
 * "https://evil.example/?next=app://ropa/index.html" must not pass.
 */
export function isAppUrl(raw: string | undefined, devServerUrl: string | undefined): boolean {
  if (!raw) return false;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && !url.username && !url.password && !url.port) return true;
  if (devServerUrl) {
    try {
      return url.origin === new URL(devServerUrl).origin;
    } catch {
      return false;
    }
  }
  return false;
}
