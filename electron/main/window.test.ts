import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resourcePath } from '../services/resource-paths';
import { FakeBrowserWindow } from './testing/fake-electron';

const electron = await vi.hoisted(async () => (await import('./testing/fake-electron')).createFakeElectron());
vi.mock('electron', () => electron);

const { createMainWindow, mainWindowOptions } = await import('./window');

beforeEach(() => {
  FakeBrowserWindow.all = [];
});

describe('the main window', () => {
  it('sets every security-relevant preference explicitly', () => {
    expect(mainWindowOptions(true).webPreferences).toEqual(
      expect.objectContaining({
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
        devTools: false,
        preload: resourcePath('preload'),
      }),
    );
    expect(mainWindowOptions(false).webPreferences?.devTools).toBe(true);
  });

  it('loads app://ropa/index.html (not file://) and shows itself once painted', () => {
    const win = createMainWindow(undefined) as unknown as FakeBrowserWindow;
    expect(win.options).toEqual(mainWindowOptions(true));
    expect(win.loadURL).toHaveBeenCalledWith('app://ropa/index.html');
    expect(win.show).not.toHaveBeenCalled();
    win.emit('ready-to-show');
    expect(win.show).toHaveBeenCalled();
  });

  it('loads the dev server in development', () => {
    const win = createMainWindow('http://localhost:5173') as unknown as FakeBrowserWindow;
    expect(win.loadURL).toHaveBeenCalledWith('http://localhost:5173');
  });
});
