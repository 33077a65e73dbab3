import path from 'node:path';
import { app } from 'electron';
import { defaultRegisterFile } from '../services/paths';

/** The register file: the same rule as the CLI's (ROPA_DB, else the app's user-data folder). */
export function registerFile(): string {
  return defaultRegisterFile();
}

/** drizzle-kit's migrations ship inside the app (app.getAppPath() is the project root in development). */
export function migrationsFolder(): string {
  return path.join(app.getAppPath(), 'db', 'migrations');
}

/**
 * better-sqlite3 built for Electron's ABI. `npm start` builds it beside Node's own build
 * (so `npm test` keeps working) and passes its path; a packaged app rebuilds in place instead.
 */
export function sqliteBinding(): string | undefined {
  return process.env.ROPA_SQLITE_BINDING || undefined;
}

export function rendererIndex(): string {
  return path.join(__dirname, '../renderer/index.html');
}

/** Shipped files (knowledge base, fonts) live in resources/ at the app root. */
export function resourcesFolder(): string {
  return path.join(app.getAppPath(), 'resources');
}
