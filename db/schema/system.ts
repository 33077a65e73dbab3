import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
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
 * (db/queries/register-info.ts). The register revision (issue 7) belongs here too.
 */
export const registerInfo = sqliteTable(
  'register_info',
  {
    id: integer('id').primaryKey(),
    lastWrittenBy: text('last_written_by'),
  },
  (t) => [check('register_info_single_row', sql`${t.id} = 1`)],
);
