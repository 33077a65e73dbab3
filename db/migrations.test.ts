import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { resourcePath } from '../electron/services/resource-paths';
import { openDatabase } from './client';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** The committed migrations up to and including `tag`, as their own folder. */
function migrationsUpTo(tag: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ropa-mig-'));
  dirs.push(dir);
  fs.cpSync(resourcePath('migrations'), dir, { recursive: true });
  const journalFile = path.join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8'));
  const end = journal.entries.findIndex((e: { tag: string }) => e.tag === tag);
  journal.entries = journal.entries.slice(0, end + 1);
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  return dir;
}

describe('migration 0001 (DPO appointment may be "not recorded")', () => {
  it('keeps every organisation row and value written under 0000, and now allows null', () => {
    const file = path.join(migrationsUpTo('0000_init'), 'old.sqlite');
    const old = openDatabase(file, { migrationsFolder: migrationsUpTo('0000_init') });
    old.sqlite
      .prepare(
        "INSERT INTO organisation (id, name, dpo_appointed, dpo_name, created_at, updated_at) VALUES ('org', 'Jensens Kurser A/S', 1, 'Mette Ø. Åberg', '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z')",
      )
      .run();
    old.close();

    const migrated = openDatabase(file);
    expect(migrated.migrationsApplied).toBeGreaterThanOrEqual(1);
    expect(migrated.backupPath).not.toBeNull();
    expect(migrated.sqlite.prepare('SELECT name, dpo_appointed, dpo_name FROM organisation').get()).toEqual({
      name: 'Jensens Kurser A/S',
      dpo_appointed: 1,
      dpo_name: 'Mette Ø. Åberg',
    });
    migrated.sqlite.prepare('UPDATE organisation SET dpo_appointed = NULL').run();
    expect(migrated.sqlite.prepare('SELECT dpo_appointed FROM organisation').get()).toEqual({ dpo_appointed: null });
    migrated.close();
  });
});
