import { getTableName, is } from 'drizzle-orm';
import { SQLiteTable } from 'drizzle-orm/sqlite-core';
import * as schema from '../schema';
import { revisionExemptTables } from './search-sql';

/** Every table of the drizzle schema whose writes change the register (so bump its revision). */
export function registerTables(): string[] {
  return (Object.values(schema) as unknown[])
    .filter((t): t is SQLiteTable => is(t, SQLiteTable))
    .map((t) => getTableName(t))
    .filter((name) => !revisionExemptTables.includes(name))
    .sort();
}
