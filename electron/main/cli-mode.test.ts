import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { cliArguments, runInAppCli } from './cli-mode';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ropa-cli-mode-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the CLI inside the app', () => {
  it('takes the arguments after --cli, and none means the desktop app', () => {
    expect(cliArguments(['/opt/ROPA Desk/ropa-desk', '--cli', 'check', '--json'])).toEqual(['check', '--json']);
    expect(cliArguments(['electron', '.', '--cli', '--version'])).toEqual(['--version']);
    expect(cliArguments(['/opt/ROPA Desk/ropa-desk'])).toBeNull();
    expect(cliArguments(['electron', '.', '--no-sandbox'])).toBeNull();
  });

  it('runs the same commands as npx ropa and exits with their code, no window', async () => {
    const app = { exit: vi.fn() };
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const db = path.join(dir, 'r.sqlite');
      await runInAppCli(app, ['seed', '--db', db], undefined);
      expect(app.exit).toHaveBeenLastCalledWith(0);
      await runInAppCli(app, ['check', '--db', db, '--as-of', '2026-11-25', '--fail-on', 'CRITICAL'], undefined);
      expect(app.exit).toHaveBeenLastCalledWith(3);
      expect(log.mock.calls.flat().join('\n')).toMatch(/TR-PS-ACTIVE/);
      await runInAppCli(app, ['frobnicate'], undefined);
      expect(app.exit).toHaveBeenLastCalledWith(2);
      expect(error.mock.calls.flat().join('\n')).toMatch(/Unknown command "frobnicate"/);
    } finally {
      log.mockRestore();
      error.mockRestore();
    }
  });
});
