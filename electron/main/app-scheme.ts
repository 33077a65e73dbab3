import fs from 'node:fs/promises';
import path from 'node:path';
import type { Protocol } from 'electron';

/**
 * The renderer is served from app://ropa/ rather than file:// (Electron security checklist #18):
 * under file:// the CSP's 'self' would admit any file on the disk, under app://ropa it admits only
 * the built renderer, and the handler below refuses every path outside that folder.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'ropa';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/** Sent with every page of ours, in addition to the meta tag in index.html (both must allow a request). */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

/** Must run before the app is ready: app:// behaves like https (origin, fetch, CSP), not like file://. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/**
 * The file a request for app://ropa/… names inside the renderer folder, or null: another host, an
 * encoded or plain `..`, a backslash, a NUL, or anything that resolves outside the folder.
 */
export function resolveAppRequest(rawUrl: string, rendererRoot: string): { file: string; mimeType: string } | null {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || url.username || url.password || url.port) return null;
  let relative: string;
  try {
    relative = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (relative === '/' || relative === '') relative = '/index.html';
  if (relative.includes('\0') || relative.includes('\\') || relative.split('/').includes('..')) return null;
  const root = path.resolve(rendererRoot);
  const file = path.resolve(root, `.${relative}`);
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  const mimeType = mimeTypes[path.extname(file).toLowerCase()];
  return mimeType ? { file, mimeType } : null;
}

/** Answers app://ropa/ requests from the built renderer folder; anything else is a 404. */
export function serveAppScheme(protocol: Pick<Protocol, 'handle'>, rendererRoot: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const target = resolveAppRequest(request.url, rendererRoot);
    if (!target) return new Response('Not found', { status: 404 });
    try {
      const body = await fs.readFile(target.file);
      return new Response(body, {
        headers: {
          'content-type': target.mimeType,
          'content-security-policy': CONTENT_SECURITY_POLICY,
          'x-content-type-options': 'nosniff',
        },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}
