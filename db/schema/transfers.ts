import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { partyRoles, transferFrequencies, transferMechanisms } from '../../electron/shared/vocab';
import { activities } from './activities';
import { timestamps } from './columns';
import { recipients } from './recipients';

/**
 * One period of a transfer of personal data to a recipient, under one mechanism.
 * A change of mechanism (e.g. Privacy Shield → DPF) is a new row, so history stays auditable.
 * exporterRecipientId null: the organisation exports (Art 30(1)(e)).
 * exporterRecipientId set: an onward transfer by that processor to a sub-processor.
 */
export const transfers = sqliteTable(
  'transfers',
  {
    id: text('id').primaryKey(),
    activityId: text('activity_id').references(() => activities.id, { onDelete: 'cascade' }),
    recipientId: text('recipient_id')
      .notNull()
      .references(() => recipients.id, { onDelete: 'restrict' }),
    exporterRecipientId: text('exporter_recipient_id').references(() => recipients.id, { onDelete: 'cascade' }),
    /** Destination country (ISO alpha-2) or an international organisation code such as EPO. */
    country: text('country'),
    mechanism: text('mechanism', { enum: transferMechanisms }),
    sccModule: integer('scc_module'),
    exporterRole: text('exporter_role', { enum: partyRoles }).notNull().default('controller'),
    importerRole: text('importer_role', { enum: partyRoles }).notNull().default('processor'),
    signedOn: text('signed_on'),
    startOn: text('start_on'),
    endOn: text('end_on'),
    tiaOn: text('tia_on'),
    tiaNextReviewOn: text('tia_next_review_on'),
    hrData: integer('hr_data', { mode: 'boolean' }).notNull().default(false),
    frequency: text('frequency', { enum: transferFrequencies }),
    processingChangedOn: text('processing_changed_on'),
    /** Art 49(1) second subparagraph: documented assessment and safeguards, and when Datatilsynet was informed. */
    art49Assessment: text('art49_assessment'),
    art49SaInformedOn: text('art49_sa_informed_on'),
    bcrApprovingAuthority: text('bcr_approving_authority'),
    bcrApprovedOn: text('bcr_approved_on'),
    /** How the safeguards are described in the register (free text, scanned). */
    safeguardsText: text('safeguards_text'),
    notes: text('notes'),
    ...timestamps,
  },
  (t) => [
    index('transfers_activity_idx').on(t.activityId),
    index('transfers_recipient_idx').on(t.recipientId),
    index('transfers_mechanism_idx').on(t.mechanism),
  ],
);
