import type Database from 'better-sqlite3';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { registerInfo } from '../schema';

/** SQL text literal (the version is baked into a per-connection trigger, which takes no parameters). */
function literal(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/**
 * Records in the register file which ROPA Desk version last wrote it (register_info.last_written_by).
 * Every change writes an audit row in its own transaction, so a TEMP trigger on audit_log — which
 * exists for this connection only — stamps the version in that same transaction. It fires only when
 * the stamp differs, so it costs one lookup per audit row. Other programs that open the file (the
 * sqlite3 shell) are unaffected.
 */
export function stampWritesWith(sqlite: Database.Database, appVersion: string): void {
  if (!hasRegisterInfo(sqlite)) return;
  const version = literal(appVersion);
  sqlite.exec(`
    DROP TRIGGER IF EXISTS temp.ropa_last_written_by;
    CREATE TEMP TRIGGER ropa_last_written_by AFTER INSERT ON main.audit_log
    WHEN NOT EXISTS (SELECT 1 FROM main.register_info WHERE id = 1 AND last_written_by = ${version})
    BEGIN
      INSERT OR IGNORE INTO main.register_info (id) VALUES (1);
      UPDATE main.register_info SET last_written_by = ${version} WHERE id = 1;
    END;`);
}

/** An older schema (a test migrating step by step) has no register_info yet: nothing to stamp. */
function hasRegisterInfo(sqlite: Database.Database): boolean {
  return sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'register_info'").get() !== undefined;
}

/** Stamps the version directly: for writes without an audit row (a migration of the schema). */
export function stampWrittenBy(sqlite: Database.Database, db: DbOrTx, appVersion: string): void {
  if (!hasRegisterInfo(sqlite)) return;
  db.insert(registerInfo)
    .values({ id: 1, lastWrittenBy: appVersion })
    .onConflictDoUpdate({ target: registerInfo.id, set: { lastWrittenBy: appVersion } })
    .run();
}

/** The version that last wrote the register, or null for a file no version has written yet. */
export function lastWrittenBy(db: DbOrTx): string | null {
  return db.select({ v: registerInfo.lastWrittenBy }).from(registerInfo).where(eq(registerInfo.id, 1)).get()?.v ?? null;
}
