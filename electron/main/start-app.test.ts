import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeBrowserWindow } from './testing/fake-electron';

const electron = await vi.hoisted(async () => (await import('./testing/fake-electron')).createFakeElectron());
vi.mock('electron', () => electron);

const { openRegisterOrExplain, startApp } = await import('./start-app');
(await import('./testing/quiet-log')).quietMainLog();

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ropa-start-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

beforeEach(() => {
  vi.clearAllMocks();
  electron.app.listeners.clear();
  FakeBrowserWindow.all = [];
});

describe('the single-instance lock', () => {
  it('quits at once when another ROPA Desk holds the lock, before anything is opened', () => {
    electron.app.requestSingleInstanceLock.mockReturnValueOnce(false);
    startApp();
    expect(electron.app.quit).toHaveBeenCalled();
    expect(electron.app.whenReady).not.toHaveBeenCalled();
    expect(electron.app.listeners.has('second-instance')).toBe(false);
  });

  it('brings the open window forward when a second instance starts', () => {
    startApp();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalled();
    expect(electron.app.whenReady).toHaveBeenCalled();
    const win = new FakeBrowserWindow({});
    win.minimized = true;
    electron.app.emit('second-instance');
    expect(win.restore).toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalled();
  });
});

describe('a register that cannot be opened', () => {
  it('opens a good register and shows no dialog', () => {
    const database = openRegisterOrExplain(path.join(dir, 'ok', 'register.sqlite'));
    expect(database).not.toBeNull();
    database?.close();
    expect(electron.dialog.showErrorBox).not.toHaveBeenCalled();
  });

  it('explains an unwritable register folder in a native dialog, in Danish on a Danish system, and quits', () => {
    // A folder that cannot be created (its parent is a file) stands in for a read-only folder:
    // the tests run as root, whom permission bits do not stop.
    const blocker = path.join(dir, 'blocker');
    fs.writeFileSync(blocker, '');
    electron.app.locale = 'da';
    try {
      expect(openRegisterOrExplain(path.join(blocker, 'ROPA Desk', 'register.sqlite'))).toBeNull();
    } finally {
      electron.app.locale = 'en-US';
    }
    const [title, content] = electron.dialog.showErrorBox.mock.calls[0]!;
    expect(title).toBe('ROPA Desk kan ikke starte');
    expect(content).toMatch(/kan ikke skrive i mappen/);
    expect(content).toMatch(/ROPA_DB/);
    expect(content).toContain(path.join(blocker, 'ROPA Desk', 'register.sqlite'));
    expect(electron.app.exit).toHaveBeenCalledWith(1);
  });

  it('explains a database module built for another runtime (the ABI mismatch of a broken install)', () => {
    // A binding that is not a loadable library fails in dlopen, as one built for another ABI does.
    const bogus = path.join(dir, 'better_sqlite3.node');
    fs.writeFileSync(bogus, 'not a shared library');
    process.env.ROPA_SQLITE_BINDING = bogus;
    try {
      expect(openRegisterOrExplain(path.join(dir, 'abi', 'register.sqlite'))).toBeNull();
    } finally {
      delete process.env.ROPA_SQLITE_BINDING;
    }
    const [title, content] = electron.dialog.showErrorBox.mock.calls[0]!;
    expect(title).toBe('ROPA Desk cannot start');
    expect(content).toMatch(/^The database module \(better-sqlite3\) in this installation does not match/);
    expect(content).toMatch(/Reinstall ROPA Desk/);
    expect(electron.app.exit).toHaveBeenCalledWith(1);
  });

  it('explains a register written by a newer version', () => {
    const file = path.join(dir, 'future.sqlite');
    openRegisterOrExplain(file)?.close();
    const sqlite = new Database(file);
    sqlite.prepare('INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)').run('future', Date.now() + 1e12);
    sqlite.close();
    expect(openRegisterOrExplain(file)).toBeNull();
    const [, content] = electron.dialog.showErrorBox.mock.calls[0]!;
    expect(content).toMatch(/^The register was written by a newer version of ROPA Desk\.\nUpdate ROPA Desk before opening it/);
  });
});
