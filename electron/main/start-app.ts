import { app, BrowserWindow, dialog, protocol } from 'electron';
import { type OpenedDatabase, openDatabase } from '../../db/client';
import { type ApiContext, danishToday } from '../services/context';
import { createWorkerHost } from '../services/derived/worker-host';
import { removeAllReportFiles, sweepReportFiles } from '../services/report-jobs/report-files';
import { resourcePath } from '../services/resource-paths';
import { registerAppScheme, serveAppScheme } from './app-scheme';
import { registerIpc } from './ipc';
import { configureMainLog, mainLog } from './log';
import { installMenu } from './menu';
import { registerFile, sqliteBinding } from './paths';
import { installSecurityGuards } from './security';
import { ensureRegisterFolderWritable, startupFailureMessage } from './startup-failure';
import { isAppUrl } from './trusted-url';
import { createMainWindow } from './window';

/**
 * The desktop app: one instance, the register opened (and migrated) before any window exists,
 * every guard installed, then the window. A register that cannot be opened is explained in a
 * native dialog, never shown as a blank window.
 */
export function startApp(): void {
  // Before ready, or the scheme is not privileged.
  registerAppScheme(protocol);
  if (!app.requestSingleInstanceLock()) {
    // Another ROPA Desk has the register open; it brings its window forward ('second-instance').
    app.quit();
    return;
  }
  app.on('second-instance', focusMainWindow);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  void app.whenReady().then(onReady);
}

function focusMainWindow(): void {
  const [win] = BrowserWindow.getAllWindows();
  if (!win) return;
  if (win.isMinimized()) win.restore();
  win.focus();
}

/** Opens the register, or says in a native dialog what went wrong and what to do, and quits. */
export function openRegisterOrExplain(file: string): OpenedDatabase | null {
  try {
    ensureRegisterFolderWritable(file);
    const database = openDatabase(file, { nativeBinding: sqliteBinding() });
    if (database.backupPath) mainLog.info('Register migrated; copy taken before at', database.backupPath);
    return database;
  } catch (e) {
    mainLog.error('Could not open the register', e);
    const { title, content } = startupFailureMessage(e, file, app.getLocale());
    dialog.showErrorBox(title, content);
    app.exit(1);
    return null;
  }
}

function onReady(): void {
  configureMainLog(app.getPath('logs'));
  const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
  const database = openRegisterOrExplain(registerFile());
  if (!database) return;
  // Reports an earlier run left unsaved (a crash, a kill) hold personal data: remove them now.
  sweepReportFiles();
  installSecurityGuards(devServerUrl);
  serveAppScheme(protocol, resourcePath('renderer'));
  // Findings, summaries and counts are computed on a worker thread that reads the file itself, so
  // IPC (lists, saves) never waits for an evaluation of the whole register; today's start at once.
  const derived = createWorkerHost({ file: database.file, nativeBinding: sqliteBinding() });
  const ctx: ApiContext = { database, now: () => new Date(), derived };
  derived.warm({ asOf: danishToday(ctx) });
  registerIpc(ctx, (url) => isAppUrl(url, devServerUrl));
  installMenu();
  createMainWindow(devServerUrl);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow(devServerUrl);
  });
  app.on('will-quit', () => {
    removeAllReportFiles();
    void derived.close();
    database.close();
  });
}
