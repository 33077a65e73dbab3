import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTestDb } from '../../db/testing/create-test-db';
import { handlers } from '../services/api';
import { reportFile, startReport } from '../services/report-jobs/jobs';
import { FakeBrowserWindow } from './testing/fake-electron';

const electron = await vi.hoisted(async () => (await import('./testing/fake-electron')).createFakeElectron());
vi.mock('electron', () => electron);

const { electronShellHandlers } = await import('./files');

const db = createTestDb();
afterAll(() => db.dispose());
const ctx = { database: db, now: () => new Date('2026-12-05T10:00:00Z'), reportFilesDir: path.join(db.dir, 'report-files') };
handlers.register.loadExample(ctx, undefined);

async function finishedCsv(): Promise<string> {
  const done = await startReport(ctx, {
    format: 'csv',
    lang: 'da',
    record: 'controller',
    profile: 'datatilsynet',
    annexes: { processors: true, transfers: true, findings: false },
  }).finished;
  expect(done.state).toBe('done');
  return done.jobId;
}

beforeEach(() => {
  vi.clearAllMocks();
  FakeBrowserWindow.all = [];
});

describe('the save-dialog adapter', () => {
  it('offers the report under its own name, filtered by type, attached to the focused window', async () => {
    const win = new FakeBrowserWindow({});
    const jobId = await finishedCsv();
    const result = await electronShellHandlers.files.saveReport(ctx, { jobId });
    expect(result).toEqual({ saved: false, path: null });
    // Cancelled: the report still waits in the app's folder, to be saved later.
    expect(fs.existsSync(reportFile(jobId).file)).toBe(true);
    const [parent, options] = electron.dialog.showSaveDialog.mock.calls[0] as unknown as [
      unknown,
      { defaultPath: string; filters: unknown },
    ];
    expect(parent).toBe(win);
    expect(options.defaultPath).toMatch(/\.csv$/);
    expect(options.filters).toEqual([{ name: 'CSV', extensions: ['csv'] }]);
  });

  it('copies the report where the DPO chose, and only such a file may be opened afterwards', async () => {
    const jobId = await finishedCsv();
    const target = path.join(db.dir, 'fortegnelse.csv');
    const waiting = reportFile(jobId).file;
    expect(path.dirname(waiting)).toBe(ctx.reportFilesDir);
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    expect(await electronShellHandlers.files.saveReport(ctx, { jobId })).toEqual({ saved: true, path: target });
    expect(fs.readFileSync(target, 'utf8')).toMatch(/Jensens Kurser/);
    // Saved: the app's own copy is gone, and a second save says why it cannot.
    expect(fs.existsSync(waiting)).toBe(false);
    expect(() => reportFile(jobId)).toThrow(/saved and its copy removed/);
    expect(await electronShellHandlers.files.openPath(ctx, { path: target })).toEqual({ opened: true });
    expect(electron.shell.openPath).toHaveBeenCalledWith(target);
    // Anything the renderer names that the DPO did not save is refused without touching the shell.
    expect(await electronShellHandlers.files.openPath(ctx, { path: '/etc/passwd' })).toEqual({ opened: false });
    expect(electron.shell.openPath).toHaveBeenCalledTimes(1);
  });
});
