import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';

// A smoke test of the real Electron shell. It needs the Electron binary (downloaded by Electron
// on first start, which these build machines cannot do), a display, and better-sqlite3 built for
// Electron by `npm start`. Where any is missing it is skipped and says which.
function missing(): string | null {
  const dist = path.resolve('node_modules/electron/dist');
  const pathTxt = path.resolve('node_modules/electron/path.txt');
  if (!fs.existsSync(pathTxt) || !fs.existsSync(path.join(dist, fs.readFileSync(pathTxt, 'utf8')))) {
    return 'the Electron binary is not installed (run npm start once on a machine with internet access)';
  }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return 'there is no display';
  if (!fs.existsSync(path.resolve('node_modules/.ropa-native')))
    return 'better-sqlite3 has not been built for Electron (npm start does it)';
  if (!fs.existsSync(path.resolve('out/main/index.js'))) return 'the app is not built (npm run build)';
  return null;
}

const reason = missing();
if (reason) console.warn(`Electron shell smoke test skipped: ${reason}.`);

describe.skipIf(reason !== null)('the Electron shell', () => {
  it('opens a sandboxed window with window.api and no Node in the page', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ropa-electron-'));
    const nativeDir = path.resolve('node_modules/.ropa-native');
    const build = fs.readdirSync(nativeDir).find((d) => d.startsWith('electron-'));
    const app = await electron.launch({
      args: ['.'],
      env: {
        ...process.env,
        ROPA_DB: path.join(dir, 'register.sqlite'),
        ROPA_SQLITE_BINDING: path.join(nativeDir, build ?? '', 'better_sqlite3.node'),
      },
    });
    try {
      const page = await app.firstWindow();
      // Served from the privileged app:// scheme, never from file:// (see electron/main/app-scheme.ts).
      expect(page.url()).toBe('app://ropa/index.html#/');
      const shape = await page.evaluate(() => ({
        api: typeof (window as unknown as { api?: { register?: { status?: unknown } } }).api?.register?.status,
        require: typeof (window as unknown as { require?: unknown }).require,
        process: typeof (window as unknown as { process?: unknown }).process,
      }));
      expect(shape).toEqual({ api: 'function', require: 'undefined', process: 'undefined' });
      const status = await page.evaluate(() =>
        (window as unknown as { api: { register: { status: (i?: unknown) => Promise<unknown> } } }).api.register.status(),
      );
      expect(status).toMatchObject({ ok: true, data: { empty: true } });
    } finally {
      await app.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
