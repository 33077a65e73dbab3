import fs from 'node:fs';
import path from 'node:path';
import { resourcePath } from '../electron/services/resource-paths';
import { AppError } from '../electron/shared/errors';
import { message } from '../electron/shared/i18n/message';

export interface JournalEntry {
  idx: number;
  when: number;
  tag: string;
}

/** drizzle-kit's list of migrations (meta/_journal.json), oldest first. Cheap: no SQLite involved. */
export function readJournal(folder: string = resourcePath('migrations')): JournalEntry[] {
  const file = path.join(folder, 'meta', '_journal.json');
  try {
    return (JSON.parse(fs.readFileSync(file, 'utf8')) as { entries: JournalEntry[] }).entries;
  } catch (e) {
    throw new AppError('IO', message('problem.migrationsUnreadable', { file, detail: (e as Error).message }));
  }
}

/**
 * The register file format this build writes: the number of schema migrations it knows. A file
 * migrated by a newer build has a higher number and is refused (db/client.ts says so).
 */
export function registerFormatVersion(folder?: string): number {
  return readJournal(folder).length;
}
