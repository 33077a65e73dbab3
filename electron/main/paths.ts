import { defaultRegisterFile } from '../services/paths';

/** The register file: the same rule as the CLI's (ROPA_DB, else the app's user-data folder). */
export function registerFile(): string {
  return defaultRegisterFile();
}

/**
 * better-sqlite3 built for Electron's ABI. `npm start` builds it beside Node's own build
 * (so `npm test` keeps working) and passes its path; a packaged app rebuilds in place instead.
 */
export function sqliteBinding(): string | undefined {
  return process.env.ROPA_SQLITE_BINDING || undefined;
}
