import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
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
