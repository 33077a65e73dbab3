import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { APP_VERSION } from '../../electron/shared/app-version';
import { openDatabase } from '../client';
import { createTestDb } from '../testing/create-test-db';
import { lastWrittenBy } from './register-info';
import { setSetting } from './settings';

const dbs: { dispose(): void }[] = [];
afterEach(() => {
  for (const d of dbs.splice(0)) d.dispose();
});

describe('the app version that last wrote the register', () => {
  it('is stamped by the version that created (migrated) the file', () => {
    const db = createTestDb();
    dbs.push(db);
    expect(lastWrittenBy(db.db)).toBe(APP_VERSION);
  });

  it('follows the version of each write, in the same transaction, and not a version that only read', () => {
    const created = createTestDb();
    dbs.push(created);
    created.close();
    const file = path.join(created.dir, 'register.sqlite');

    const older = openDatabase(file, { appVersion: '0.0.9' });
    setSetting(older.db, 'language', 'da', '2026-12-05T10:00:00Z');
    expect(lastWrittenBy(older.db)).toBe('0.0.9');
    older.close();

    const newer = openDatabase(file, { appVersion: '9.9.9' });
    expect(lastWrittenBy(newer.db)).toBe('0.0.9'); // opened and read: no stamp
    expect(() =>
      newer.db.transaction((tx) => {
        setSetting(tx, 'language', 'en', '2026-12-05T11:00:00Z');
        throw new Error('rolled back');
      }),
    ).toThrow('rolled back');
    expect(lastWrittenBy(newer.db)).toBe('0.0.9'); // the stamp rolls back with the write
    setSetting(newer.db, 'language', 'en', '2026-12-05T11:00:00Z');
    expect(lastWrittenBy(newer.db)).toBe('9.9.9');
    newer.close();
  });

  it('leaves other programs that write the file alone (the stamp is a per-connection trigger)', () => {
    const created = createTestDb();
    dbs.push(created);
    const other = new Database(path.join(created.dir, 'register.sqlite'));
    other.prepare("INSERT INTO audit_log (entity, entity_id, action, at) VALUES ('setting', 'x', 'update', '2026-12-05T12:00:00Z')").run();
    expect(other.prepare('SELECT last_written_by FROM register_info').pluck().get()).toBe(APP_VERSION);
    other.close();
  });

  it('keeps one row only', () => {
    const db = createTestDb();
    dbs.push(db);
    expect(() => db.sqlite.prepare('INSERT INTO register_info (id, last_written_by) VALUES (2, ?)').run('x')).toThrow(/CHECK constraint/);
  });
});
