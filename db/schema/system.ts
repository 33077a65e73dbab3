import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { auditActions } from '../../electron/shared/vocab';

/** Every change to the register, written in the same transaction as the change (Art 5(2)). */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    action: text('action', { enum: auditActions }).notNull(),
    before: text('before', { mode: 'json' }),
    after: text('after', { mode: 'json' }),
    at: text('at').notNull(),
  },
  (t) => [index('audit_entity_idx').on(t.entity, t.entityId)],
);

export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value', { mode: 'json' }).notNull(),
  updatedAt: text('updated_at').notNull(),
});

/** Frozen, hash-stamped versions of the register (e.g. the copy handed to Datatilsynet). */
export const snapshots = sqliteTable('snapshots', {
  id: text('id').primaryKey(),
  label: text('label').notNull(),
  contentHash: text('content_hash').notNull(),
  content: text('content').notNull(),
  createdAt: text('created_at').notNull(),
});

/**
 * One row (id = 1) about the register file itself. last_written_by: the ROPA Desk version whose
 * write is the newest in the file, stamped in the same transaction as the write
 * (db/queries/register-info.ts). revision: goes up in the same transaction as every write to the
 * register's tables (triggers, db/search/search-sql.ts), so whatever is computed from the whole
 * register (findings, summaries, counts) is keyed by it — even when another process (the CLI) wrote.
 */
export const registerInfo = sqliteTable(
  'register_info',
  {
    id: integer('id').primaryKey(),
    lastWrittenBy: text('last_written_by'),
    revision: integer('revision').notNull().default(0),
  },
  (t) => [check('register_info_single_row', sql`${t.id} = 1`)],
);

/**
 * The search index's key per entry (search_index, an FTS5 table, is keyed by this integer rowid,
 * which VACUUM never renumbers). Maintained by triggers: db/search/.
 */
export const searchKeys = sqliteTable(
  'search_keys',
  {
    key: integer('key').primaryKey(),
    kind: text('kind').notNull(),
    id: text('id').notNull(),
  },
  (t) => [uniqueIndex('search_keys_kind_id').on(t.kind, t.id)],
);
