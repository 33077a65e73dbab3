import { app, BrowserWindow, dialog } from 'electron';
import log from 'electron-log/main';
import { type OpenedDatabase, openDatabase } from '../../db/client';
import { registerIpc } from './ipc';
import { registerFile, rendererIndex, sqliteBinding } from './paths';
import { installSecurityGuards } from './security';
import { isAppUrl } from './trusted-url';
import { createMainWindow } from './window';

// Only wiring here: open the register (migrating it first), lock down, register IPC, show the window.
log.initialize();
const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
let database: OpenedDatabase | null = null;

if (!app.requestSingleInstanceLock()) app.quit();

app.whenReady().then(() => {
  const file = registerFile();
  try {
    database = openDatabase(file, { nativeBinding: sqliteBinding() });
    if (database.backupPath) log.info('Register migrated; copy taken before at', database.backupPath);
  } catch (e) {
    // Never show the normal UI on a register we could not open or migrate: say why and stop.
    log.error('Could not open the register', e);
    dialog.showErrorBox('ROPA Desk could not open the register', `${(e as Error).message}\n\nFile: ${file}`);
    app.exit(1);
    return;
  }
  installSecurityGuards(rendererIndex(), devServerUrl);
  registerIpc({ database, now: () => new Date() }, (url) => isAppUrl(url, rendererIndex(), devServerUrl));
  createMainWindow(devServerUrl, rendererIndex());
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow(devServerUrl, rendererIndex());
  });
});

app.on('second-instance', () => {
  const [win] = BrowserWindow.getAllWindows();
  if (win) {
    if (win.isMinimized()) win.restore();
    win.focus();
  }
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

app.on('will-quit', () => {
  database?.close();
});
