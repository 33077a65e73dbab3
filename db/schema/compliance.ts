import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { dpfStatuses } from '../../electron/shared/vocab';
import { timestamps } from './columns';

/** A DPO's acceptance of a finding, with justification and expiry (audited). */
export const findingAcknowledgements = sqliteTable(
  'finding_acknowledgements',
  {
    id: text('id').primaryKey(),
    ruleId: text('rule_id').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    justification: text('justification').notNull(),
    acknowledgedBy: text('acknowledged_by'),
    acknowledgedOn: text('acknowledged_on').notNull(),
    until: text('until').notNull(),
    /** Hash of the entity when acknowledged: a change to the entity re-opens the finding. */
    entityFingerprint: text('entity_fingerprint').notNull(),
    ...timestamps,
  },
  (t) => [index('acks_entity_idx').on(t.entityType, t.entityId)],
);

/** An imported copy of the U.S. Department of Commerce Data Privacy Framework List. */
export const dpfSnapshots = sqliteTable('dpf_snapshots', {
  id: text('id').primaryKey(),
  snapshotDate: text('snapshot_date').notNull(),
  sourceName: text('source_name'),
  importedAt: text('imported_at').notNull(),
});

export const dpfEntries = sqliteTable(
  'dpf_entries',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    snapshotId: text('snapshot_id')
      .notNull()
      .references(() => dpfSnapshots.id, { onDelete: 'cascade' }),
    orgName: text('org_name').notNull(),
    coveredEntities: text('covered_entities', { mode: 'json' }).$type<string[]>().notNull().default([]),
    status: text('status', { enum: dpfStatuses }).notNull(),
    frameworks: text('frameworks', { mode: 'json' }).$type<string[]>().notNull().default([]),
    dataTypes: text('data_types', { mode: 'json' }).$type<string[]>().notNull().default([]),
  },
  (t) => [index('dpf_entries_snapshot_idx').on(t.snapshotId)],
);
