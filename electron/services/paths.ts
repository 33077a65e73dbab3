import os from 'node:os';
import path from 'node:path';

export const APP_FOLDER_NAME = 'ROPA Desk';

/** Electron's appData folder, computed the way Electron does, so the CLI and the app agree. */
function appDataDir(): string {
  if (process.platform === 'win32') return process.env.APPDATA || path.join(os.homedir(), 'AppData', 'Roaming');
  if (process.platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support');
  return process.env.XDG_CONFIG_HOME || path.join(os.homedir(), '.config');
}

/** The register the app and the CLI open by default; ROPA_DB overrides it for both. */
export function defaultRegisterFile(): string {
  return process.env.ROPA_DB || path.join(appDataDir(), APP_FOLDER_NAME, 'register.sqlite');
}

/** The app's private folder where reports wait between "generate" and "save" (see report-jobs/report-files.ts). */
export function defaultReportFilesDir(): string {
  return path.join(appDataDir(), APP_FOLDER_NAME, 'report-files');
}
