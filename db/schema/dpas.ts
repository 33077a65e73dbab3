import { blob, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { timestamps } from './columns';
import { recipients } from './recipients';

/** Data processing agreements (Art 28(3)) with a processor. */
export const dpas = sqliteTable('dpas', {
  id: text('id').primaryKey(),
  recipientId: text('recipient_id')
    .notNull()
    .references(() => recipients.id, { onDelete: 'cascade' }),
  title: text('title').notNull(),
  signedOn: text('signed_on'),
  effectiveOn: text('effective_on'),
  endOn: text('end_on'),
  renewalOn: text('renewal_on'),
  noticePeriodDays: integer('notice_period_days'),
  /** Last recorded amendment (e.g. GDPR update of a pre-2018 agreement). */
  amendedOn: text('amended_on'),
  /** JSON array of Art28Item the DPA covers; empty = not assessed. */
  art28Covered: text('art28_covered', { mode: 'json' }).$type<string[]>().notNull().default([]),
  /** Wording of the agreement (scanned for outdated references). */
  text: text('text'),
  documentName: text('document_name'),
  documentMime: text('document_mime'),
  document: blob('document', { mode: 'buffer' }),
  notes: text('notes'),
  ...timestamps,
});
