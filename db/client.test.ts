import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { resourcePath } from '../electron/services/resource-paths';
import { openDatabase } from './client';

const dirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ropa-client-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** A copy of the real migrations plus one extra migration written by the test. */
function migrationsWith(extraSql: string, tag: string): string {
  const folder = path.join(tempDir(), 'migrations');
  fs.cpSync(resourcePath('migrations'), folder, { recursive: true });
  const journalFile = path.join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8'));
  const last = journal.entries.at(-1);
  journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1000, tag });
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  fs.writeFileSync(path.join(folder, `${tag}.sql`), extraSql);
  return folder;
}

describe('openDatabase', () => {
  it('creates a new register with WAL, foreign keys and a busy timeout, and takes no backup', () => {
    const file = path.join(tempDir(), 'new.sqlite');
    const opened = openDatabase(file);
    expect(opened.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(opened.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(opened.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(opened.migrationsApplied).toBeGreaterThan(0);
    expect(opened.backupPath).toBeNull();
    opened.close();
    const again = openDatabase(file);
    expect(again.migrationsApplied).toBe(0);
    again.close();
  });

  it('copies an existing register before migrating it', () => {
    const dir = tempDir();
    const file = path.join(dir, 'reg.sqlite');
    const first = openDatabase(file);
    first.sqlite.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('k', '1', '2026-01-01T00:00:00Z')").run();
    first.close();
    const folder = migrationsWith('CREATE TABLE extra_thing (id text primary key);', '0099_extra');
    const second = openDatabase(file, { migrationsFolder: folder });
    expect(second.migrationsApplied).toBe(1);
    expect(second.backupPath).not.toBeNull();
    second.close();
    const backup = openDatabase(second.backupPath!, { migrationsFolder: resourcePath('migrations') });
    expect(backup.sqlite.prepare("SELECT value FROM settings WHERE key = 'k'").get()).toEqual({ value: '1' });
    backup.close();
  });

  it('leaves the file untouched, with a backup beside it, when a migration fails', () => {
    const dir = tempDir();
    const file = path.join(dir, 'reg.sqlite');
    const first = openDatabase(file);
    first.sqlite.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('kept', '42', '2026-01-01T00:00:00Z')").run();
    first.close();
    const folder = migrationsWith('CREATE TABLE half_done (id text);\n--> statement-breakpoint\nTHIS IS NOT SQL;', '0099_broken');
    let message = '';
    try {
      openDatabase(file, { migrationsFolder: folder });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/failed and was rolled back, so the file is unchanged/);
    expect(message).toMatch(/before-migration-/);
    const backups = fs.readdirSync(dir).filter((f) => f.includes('before-migration-'));
    expect(backups).toHaveLength(1);
    const reopened = openDatabase(file);
    expect(reopened.migrationsApplied).toBe(0);
    expect(reopened.sqlite.prepare("SELECT name FROM sqlite_master WHERE name = 'half_done'").get()).toBeUndefined();
    expect(reopened.sqlite.prepare("SELECT value FROM settings WHERE key = 'kept'").get()).toEqual({ value: '42' });
    reopened.close();
  });

  it('refuses a file that is not SQLite with a clear error', () => {
    const file = path.join(tempDir(), 'notes.sqlite');
    fs.writeFileSync(file, 'this is a text file, not a register '.repeat(100));
    expect(() => openDatabase(file)).toThrow(/could not be opened/);
    expect(fs.readFileSync(file, 'utf8')).toMatch(/^this is a text file/);
  });

  it('refuses a register written by a newer version', () => {
    const file = path.join(tempDir(), 'future.sqlite');
    openDatabase(file, { migrationsFolder: migrationsWith('CREATE TABLE future (id text);', '0099_future') }).close();
    expect(() => openDatabase(file)).toThrow(/newer version of ROPA Desk/);
  });
});
