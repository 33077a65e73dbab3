import { app, Menu, type MenuItemConstructorOptions } from 'electron';
import { registerFormatVersion } from '../../db/migrations-journal';
import { APP_VERSION } from '../shared/app-version';

/**
 * The application menu: the standard roles and a native About panel with the app version and the
 * register format. Replacing Electron's default menu also removes its Help links to Electron's
 * web site. The in-app About and help dialog (header of every screen) says the same and more.
 */
export function installMenu(): void {
  app.setAboutPanelOptions({
    applicationName: 'ROPA Desk',
    applicationVersion: APP_VERSION,
    version: `register file format ${registerFormatVersion()}`,
    copyright: 'Copyright © 2026 ROPA Desk contributors',
  });
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' } as const] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ role: 'about' }] },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
