import { app, BrowserWindow } from 'electron';
import { resourcePath } from '../services/resource-paths';

/** The main window, with every security-relevant preference set explicitly. */
export function createMainWindow(devServerUrl: string | undefined, rendererIndexFile: string): BrowserWindow {
  const win = new BrowserWindow({
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
      spellcheck: true,
      devTools: !app.isPackaged,
    },
  });
  win.once('ready-to-show', () => win.show());
  if (devServerUrl) void win.loadURL(devServerUrl);
  else void win.loadFile(rendererIndexFile);
  return win;
}
