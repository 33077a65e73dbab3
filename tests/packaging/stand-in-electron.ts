import fs from 'node:fs';
import path from 'node:path';

/** @electron/fuses finds the fuse wire after this marker in the Electron binary. */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/**
 * Electron 45's fuse defaults, in @electron/fuses' order (V1): RunAsNode, EnableCookieEncryption,
 * EnableNodeOptionsEnvironmentVariable, EnableNodeCliInspectArguments,
 * EnableEmbeddedAsarIntegrityValidation, OnlyLoadAppFromAsar, LoadBrowserProcessSpecificV8Snapshot,
 * GrantFileProtocolExtraPrivileges. '1' on, '0' off.
 */
const ELECTRON_DEFAULT_FUSES = '10110001';

/**
 * A stand-in for Electron's unpacked distribution, for electron-builder's `electronDist` option: the
 * Electron binary cannot be downloaded on the build machines. The "binary" is a shell script that
 * carries a fuse wire in Electron's format (so electron-builder's fuse flipping is applied to it and
 * can be read back), beside the locale files electron-builder filters. It proves what the package
 * contains and how it is configured — not that the real Electron runs it.
 */
export function makeStandInElectron(dir: string): string {
  fs.mkdirSync(path.join(dir, 'locales'), { recursive: true });
  const script = Buffer.from('#!/bin/sh\necho "stand-in Electron: the real binary is not available here" >&2\nexit 1\n# ');
  const wire = Buffer.concat([
    Buffer.from(FUSE_SENTINEL),
    Buffer.from([1, ELECTRON_DEFAULT_FUSES.length]),
    Buffer.from(ELECTRON_DEFAULT_FUSES),
    Buffer.from('\n'),
  ]);
  fs.writeFileSync(path.join(dir, 'electron'), Buffer.concat([script, wire]), { mode: 0o755 });
  for (const locale of ['da', 'en-US', 'en-GB', 'de', 'fr', 'sv']) fs.writeFileSync(path.join(dir, 'locales', `${locale}.pak`), 'pak');
  fs.writeFileSync(path.join(dir, 'LICENSE'), 'stand-in');
  fs.writeFileSync(path.join(dir, 'version'), JSON.parse(fs.readFileSync('node_modules/electron/package.json', 'utf8')).version);
  return dir;
}

/**
 * A stand-in for the `electron` module, so the packaged main bundle can be run by plain Node in its
 * --cli mode: only what that mode touches works (app.exit); the desktop objects are inert.
 */
export function writeStandInElectronModule(appRoot: string): void {
  const dir = path.join(appRoot, 'node_modules', 'electron');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'electron', main: 'index.cjs' }));
  fs.writeFileSync(
    path.join(dir, 'index.cjs'),
    [
      "exports.app = { isPackaged: true, exit: (code) => process.exit(code), getLocale: () => 'en-US' };",
      ...['BrowserWindow', 'Menu', 'clipboard', 'dialog', 'ipcMain', 'protocol', 'session', 'shell'].map((name) => `exports.${name} = {};`),
    ].join('\n'),
  );
}
