import fs from 'node:fs';
import { describe, expect, it, vi } from 'vitest';

const electron = await vi.hoisted(async () => (await import('./testing/fake-electron')).createFakeElectron());
vi.mock('electron', () => electron);

const { installMenu } = await import('./menu');

describe('the application menu', () => {
  it('has a native About panel with the app version and the register format, and no links out', () => {
    installMenu();
    const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));
    const journal = JSON.parse(fs.readFileSync('db/migrations/meta/_journal.json', 'utf8'));
    expect(electron.app.setAboutPanelOptions).toHaveBeenCalledWith(
      expect.objectContaining({ applicationVersion: pkg.version, version: `register file format ${journal.entries.length}` }),
    );
    const template = electron.Menu.setApplicationMenu.mock.calls[0]![0] as { role?: string; submenu?: { role?: string }[] }[];
    expect(template.find((m) => m.role === 'help')?.submenu).toEqual([{ role: 'about' }]);
    // Electron's default menu links to its web site; ours has no item that could open a URL.
    expect(JSON.stringify(template)).not.toMatch(/click|https?:/);
  });
});
