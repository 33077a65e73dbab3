import { pathToFileURL } from 'node:url';

/**
 * Whether a URL is our own renderer. Parsed, never matched with includes()/startsWith():
 * "https://evil.example/?next=file:///app/index.html" must not pass.
 */
export function isAppUrl(raw: string | undefined, rendererIndexFile: string, devServerUrl: string | undefined): boolean {
  if (!raw) return false;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (devServerUrl) {
    const dev = new URL(devServerUrl);
    if (url.origin === dev.origin) return true;
  }
  const own = pathToFileURL(rendererIndexFile);
  return url.protocol === 'file:' && url.pathname === own.pathname;
}
