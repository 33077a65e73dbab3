import fs from 'node:fs';
import type Database from 'better-sqlite3';

/**
 * Copies the register file before a migration. The fast way: fold the write-ahead log into the file,
 * take the write lock so nobody can change it, and copy the file as it is (a plain file copy, or a
 * copy-on-write clone where the file system has them) — several times faster than VACUUM INTO,
 * which rebuilds every table and index (docs/performance.md). If the log cannot be folded in
 * (another program is reading the register) or someone wrote in between, VACUUM INTO makes the copy.
 */
export function backupRegisterFile(sqlite: Database.Database, file: string, target: string): 'copy' | 'vacuum' {
  // Without waiting: a reader holding the log means VACUUM INTO, not five seconds of retries.
  const timeout = sqlite.pragma('busy_timeout', { simple: true }) as number;
  sqlite.pragma('busy_timeout = 0');
  let checkpoint: { busy: number } | undefined;
  try {
    [checkpoint] = sqlite.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
  } finally {
    sqlite.pragma(`busy_timeout = ${timeout}`);
  }
  if (checkpoint?.busy === 0) {
    sqlite.exec('BEGIN IMMEDIATE');
    try {
      const wal = `${file}-wal`;
      if (!fs.existsSync(wal) || fs.statSync(wal).size === 0) {
        fs.copyFileSync(file, target, fs.constants.COPYFILE_EXCL | fs.constants.COPYFILE_FICLONE);
        return 'copy';
      }
    } finally {
      sqlite.exec('ROLLBACK');
    }
  }
  sqlite.prepare('VACUUM INTO ?').run(target);
  return 'vacuum';
}
