import { type Column, getTableColumns, getTableName, type SQL, sql } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { DbOrTx } from '../client';

/**
 * Reads a whole table as objects with exactly `keys`, in that order (keys that are not columns of
 * the table are left undefined, for the caller to fill): one SELECT of raw arrays, converted only
 * where drizzle would convert (booleans, JSON columns, blobs). Several times cheaper than mapping
 * drizzle's row objects and then copying them into another key order, which matters when the
 * whole register is read (10,000 activities, 50,000 transfers).
 */
export function readRows<T>(
  db: DbOrTx,
  table: SQLiteTable,
  keys: readonly string[],
  options: { groupBy?: string; where?: SQL; orderBy: string },
): { rows: T[]; groups: string[] } {
  const columns = getTableColumns(table) as Record<string, Column>;
  const present = keys.filter((k) => k in columns);
  const lead = options.groupBy ? 1 : 0;
  const select = [...(options.groupBy ? [`"${options.groupBy}"`] : []), ...present.map((k) => `"${columns[k]!.name}"`)].join(', ');
  const convert = present.map((k) => {
    const column = columns[k]!;
    const type = column.columnType;
    return type === 'SQLiteBoolean' || type === 'SQLiteTextJson' || type === 'SQLiteBlobBuffer'
      ? (v: unknown) => (v === null ? null : column.mapFromDriverValue(v))
      : null;
  });
  const from = sql.raw(`SELECT ${select} FROM "${getTableName(table)}"`);
  const order = sql.raw(` ORDER BY ${options.orderBy}`);
  const raw = db.values<unknown[]>(options.where ? sql`${from} WHERE ${options.where}${order}` : sql`${from}${order}`);
  const rows: T[] = new Array(raw.length);
  const groups: string[] = lead ? new Array(raw.length) : [];
  for (let i = 0; i < raw.length; i++) {
    const values = raw[i]!;
    const row: Record<string, unknown> = {};
    let j = 0;
    for (const key of keys) {
      if (key === present[j]) {
        const value = values[lead + j];
        const f = convert[j];
        row[key] = f ? f(value) : value;
        j++;
      } else row[key] = undefined;
    }
    rows[i] = row as T;
    if (lead) groups[i] = values[0] as string;
  }
  return { rows, groups };
}

/** Rows of a table as objects with the given keys, in id order. */
export function readAll<T>(db: DbOrTx, table: SQLiteTable, keys: readonly string[], options: { where?: SQL; orderBy?: string } = {}): T[] {
  return readRows<T>(db, table, keys, { where: options.where, orderBy: options.orderBy ?? '"id"' }).rows;
}
