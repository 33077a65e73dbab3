import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { type BetterSQLite3Database, drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { resourcePath } from '../electron/services/resource-paths';
import { APP_VERSION } from '../electron/shared/app-version';
import { AppError } from '../electron/shared/errors';
import { message } from '../electron/shared/i18n/message';
import { backupRegisterFile } from './backup';
import { readJournal } from './migrations-journal';
import { stampWritesWith, stampWrittenBy } from './queries/register-info';
import * as schema from './schema';

export type AppDb = BetterSQLite3Database<typeof schema>;

export interface OpenOptions {
  /** Folder with drizzle-kit's output; defaults to the shipped db/migrations. */
  migrationsFolder?: string;
  /** Path to a better_sqlite3.node built for the running runtime (Electron passes its own). */
  nativeBinding?: string;
  /** Folder for the pre-migration backup; defaults to the database's folder. */
  backupDir?: string;
  /** The version stamped into register_info on every write; this build's by default (tests vary it). */
  appVersion?: string;
}

export interface OpenedDatabase {
  db: AppDb;
  sqlite: Database.Database;
  file: string;
  /** Where the copy taken before migrating lives, if one was taken. */
  backupPath: string | null;
  /** Number of migrations applied by this open. */
  migrationsApplied: number;
  /** The better-sqlite3 binding it was opened with, for a worker that opens the same file. */
  nativeBinding?: string;
  close(): void;
}

/** created_at of the newest migration already applied to this file, or null for a new file. */
function lastAppliedMigration(sqlite: Database.Database): number | null {
  const table = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'").get();
  if (!table) return null;
  const row = sqlite.prepare('SELECT max(created_at) AS last FROM __drizzle_migrations').get() as { last: number | null };
  return row.last;
}

function backupFileName(file: string, dir: string | undefined): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const base = path.basename(file).replace(/\.[^.]*$/, '');
  return path.join(dir ?? path.dirname(file), `${base}.before-migration-${stamp}.sqlite`);
}

function openSqlite(file: string, nativeBinding: string | undefined): Database.Database {
  try {
    if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
    const sqlite = new Database(file, nativeBinding ? { nativeBinding } : {});
    // Reading the schema version fails early, with a clear error, on a file that is not SQLite.
    sqlite.pragma('schema_version');
    return sqlite;
  } catch (e) {
    throw new AppError('IO', message('problem.openFailed', { file, detail: (e as Error).message }));
  }
}

/**
 * Opens (or creates) the register file and brings its schema up to date.
 * The only place better-sqlite3 is opened. WAL, foreign keys and a busy timeout are always on.
 * An existing file is copied before migrating; a failed migration is rolled back, so the
 * original stays as it was, and the error says where the copy is.
 */
export function openDatabase(file: string, options: OpenOptions = {}): OpenedDatabase {
  const migrationsFolder = options.migrationsFolder ?? resourcePath('migrations');
  const journal = readJournal(migrationsFolder);
  const existed = file !== ':memory:' && fs.existsSync(file) && fs.statSync(file).size > 0;
  const sqlite = openSqlite(file, options.nativeBinding);
  const fail = (error: AppError): never => {
    sqlite.close();
    throw error;
  };

  try {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('synchronous = NORMAL');
  } catch (e) {
    fail(new AppError('IO', message('problem.prepareFailed', { file, detail: (e as Error).message })));
  }

  const last = lastAppliedMigration(sqlite);
  const newest = journal.at(-1)?.when ?? 0;
  if (last !== null && last > newest) {
    fail(new AppError('INTEGRITY', message('problem.newerVersion', { file })));
  }
  const pending = journal.filter((m) => last === null || m.when > last).length;

  let backupPath: string | null = null;
  if (pending > 0 && existed) {
    backupPath = backupFileName(file, options.backupDir);
    try {
      backupRegisterFile(sqlite, file, backupPath);
    } catch (e) {
      fail(new AppError('IO', message('problem.backupFailed', { backup: backupPath, detail: (e as Error).message })));
    }
  }

  const db = drizzle(sqlite, { schema });
  if (pending > 0) {
    try {
      migrate(db, { migrationsFolder });
    } catch (e) {
      const where = backupPath ? message('problem.migrationBackupAt', { backup: backupPath }) : '';
      fail(new AppError('INTEGRITY', message('problem.migrationFailed', { file, where, detail: (e as Error).message })));
    }
  }

  const appVersion = options.appVersion ?? APP_VERSION;
  try {
    // A migration changes the file without an audit row: it counts as a write by this version.
    if (pending > 0) stampWrittenBy(sqlite, db, appVersion);
    stampWritesWith(sqlite, appVersion);
  } catch (e) {
    fail(new AppError('IO', message('problem.prepareFailed', { file, detail: (e as Error).message })));
  }

  return {
    db,
    sqlite,
    file,
    backupPath,
    migrationsApplied: pending,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    close: () => sqlite.close(),
  };
}

/**
 * Opens a register another connection has already opened and migrated, read-only, for a reader
 * that works beside the app (the report worker): no migration, no journal-mode change, nothing
 * written. In WAL mode it reads a consistent state while the app keeps writing.
 */
export function openDatabaseReadOnly(
  file: string,
  options: Pick<OpenOptions, 'nativeBinding'> = {},
): Omit<OpenedDatabase, 'backupPath' | 'migrationsApplied'> {
  let sqlite: Database.Database;
  try {
    sqlite = new Database(file, {
      readonly: true,
      fileMustExist: true,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    });
    sqlite.pragma('schema_version');
    sqlite.pragma('busy_timeout = 5000');
  } catch (e) {
    throw new AppError('IO', message('problem.openReadFailed', { file, detail: (e as Error).message }));
  }
  return { db: drizzle(sqlite, { schema }), sqlite, file, nativeBinding: options.nativeBinding, close: () => sqlite.close() };
}

/** A private in-memory database, for working tables that are never part of the register (the findings' search index). */
export function openScratch(options: Pick<OpenOptions, 'nativeBinding'> = {}): Database.Database {
  return new Database(':memory:', options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
}

/** A transaction handle; queries accept either so they compose inside larger transactions. */
export type AppTx = Parameters<Parameters<AppDb['transaction']>[0]>[0];
export type DbOrTx = AppDb | AppTx;
