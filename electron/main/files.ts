import fs from 'node:fs';
import { BrowserWindow, dialog, shell } from 'electron';
import type { ShellHandlerTable } from '../services/dispatch';
import { reportFile, reportSaved } from '../services/report-jobs/jobs';

/** Paths the user chose in a save dialog this session: the only files the renderer may ask to open. */
const savedByUser = new Set<string>();

const filters = {
  'application/pdf': [{ name: 'PDF', extensions: ['pdf'] }],
  'text/csv': [{ name: 'CSV', extensions: ['csv'] }],
} as Record<string, { name: string; extensions: string[] }[]>;

/** Desktop side effects for the renderer: the save dialog for a finished report, and opening it. */
export const electronShellHandlers: ShellHandlerTable = {
  files: {
    saveReport: async (_ctx, { jobId }) => {
      const report = reportFile(jobId);
      const win = BrowserWindow.getFocusedWindow();
      const options = { defaultPath: report.fileName, filters: filters[report.mimeType] ?? [{ name: 'Excel', extensions: ['xlsx'] }] };
      const choice = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return { saved: false, path: null };
      fs.copyFileSync(report.file, choice.filePath);
      // Saved where the user chose: the copy in the app's folder goes (no stray personal data).
      reportSaved(jobId);
      savedByUser.add(choice.filePath);
      return { saved: true, path: choice.filePath };
    },
    openPath: async (_ctx, { path }) => {
      if (!savedByUser.has(path)) return { opened: false };
      return { opened: (await shell.openPath(path)) === '' };
    },
  },
};
