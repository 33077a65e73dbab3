import { sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { activityStatuses } from '../../electron/shared/vocab';
import { timestamps } from './columns';

/** The Art 30(2) record: categories of processing the organisation carries out as a processor. */
export const processorActivities = sqliteTable('processor_activities', {
  id: text('id').primaryKey(),
  controllerName: text('controller_name').notNull(),
  controllerContact: text('controller_contact'),
  controllerRepresentative: text('controller_representative'),
  controllerDpo: text('controller_dpo'),
  categoriesOfProcessing: text('categories_of_processing').notNull(),
  /** JSON array of ISO country codes the data goes to outside the EEA. */
  thirdCountries: text('third_countries', { mode: 'json' }).$type<string[]>().notNull().default([]),
  transferSafeguards: text('transfer_safeguards'),
  securityDescription: text('security_description'),
  status: text('status', { enum: activityStatuses }).notNull().default('active'),
  notes: text('notes'),
  archivedAt: text('archived_at'),
  ...timestamps,
});
