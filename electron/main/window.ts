import { app, BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import { resourcePath } from '../services/resource-paths';
import { APP_INDEX_URL } from './app-scheme';

/** The main window's options, every security-relevant preference set explicitly. */
export function mainWindowOptions(isPackaged: boolean): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 860,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'ROPA Desk',
    webPreferences: {
      preload: resourcePath('preload'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
      devTools: !isPackaged,
    },
  };
}

/** Opens the main window on app://ropa/index.html (or the dev server), shown once it has painted. */
export function createMainWindow(devServerUrl: string | undefined): BrowserWindow {
  const win = new BrowserWindow(mainWindowOptions(app.isPackaged));
  win.once('ready-to-show', () => win.show());
  void win.loadURL(devServerUrl ?? APP_INDEX_URL);
  return win;
}
