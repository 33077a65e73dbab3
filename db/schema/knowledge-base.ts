import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { kbUpdateStates } from '../../electron/shared/vocab';

/**
 * Signed knowledge-base updates the DPO imported into this register, kept verbatim (the signed
 * file) so the CLI and the app use the same knowledge base and a backup of the register carries
 * it. Each is verified again whenever it is loaded. One row at most is 'active'; the row it
 * replaced (null: the knowledge base shipped with the app) is what a rollback returns to.
 */
export const kbUpdates = sqliteTable(
  'kb_updates',
  {
    id: text('id').primaryKey(),
    version: text('version').notNull(),
    asOf: text('as_of').notNull(),
    keyId: text('key_id').notNull(),
    /** The update file exactly as imported: payload and signature. */
    file: text('file').notNull(),
    importedAt: text('imported_at').notNull(),
    state: text('state', { enum: kbUpdateStates }).notNull(),
    replacesId: text('replaces_id'),
  },
  (t) => [index('kb_updates_state_idx').on(t.state)],
);
