import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { backupRegisterFile } from './backup';
import { openDatabase } from './client';
import { readRegister, serialiseRegister } from './queries/register-export';
import { writeRegister } from './queries/register-import';
import { buildExampleRegister } from './seed/example-register';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function register() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ropa-backup-'));
  dirs.push(dir);
  const opened = openDatabase(path.join(dir, 'register.sqlite'));
  writeRegister(opened.db, buildExampleRegister(), '2026-11-25T10:00:00.000Z');
  return { dir, opened };
}

/** What a copy holds, read as the app reads it, and whether SQLite finds it sound. */
function contentOf(file: string) {
  const copy = openDatabase(file);
  try {
    return { json: serialiseRegister(readRegister(copy.db)), integrity: copy.sqlite.pragma('integrity_check', { simple: true }) };
  } finally {
    copy.close();
  }
}

describe('the copy taken before a migration', () => {
  it('is the file itself, with what was still in the write-ahead log, when nobody else holds the log', () => {
    const { dir, opened } = register();
    expect(fs.statSync(`${opened.file}-wal`).size).toBeGreaterThan(0);
    const target = path.join(dir, 'copy.sqlite');
    expect(backupRegisterFile(opened.sqlite, opened.file, target)).toBe('copy');
    const original = serialiseRegister(readRegister(opened.db));
    opened.close();
    expect(contentOf(target)).toEqual({ json: original, integrity: 'ok' });
  });

  it('is made with VACUUM INTO when another connection keeps the log from being folded in', () => {
    const { dir, opened } = register();
    const reader = new Database(opened.file, { readonly: true });
    reader.exec('BEGIN');
    reader.prepare('SELECT count(*) FROM activities').get();
    const target = path.join(dir, 'copy.sqlite');
    try {
      expect(backupRegisterFile(opened.sqlite, opened.file, target)).toBe('vacuum');
    } finally {
      reader.exec('COMMIT');
      reader.close();
    }
    const original = serialiseRegister(readRegister(opened.db));
    opened.close();
    expect(contentOf(target)).toEqual({ json: original, integrity: 'ok' });
  });
});
