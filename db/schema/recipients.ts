import { type AnySQLiteColumn, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { recipientRoles, recipientSectors } from '../../electron/shared/vocab';
import { timestamps } from './columns';

/**
 * Anyone data is disclosed to: processors, sub-processors (chained through parentId),
 * joint and independent controllers, public authorities.
 */
export const recipients = sqliteTable('recipients', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  /** Full legal name, used to match the DPF List (e.g. "The Rocket Science Group LLC"). */
  legalName: text('legal_name'),
  role: text('role', { enum: recipientRoles }).notNull(),
  /** Free-text recipient category as printed in Art 30(1)(d), e.g. "IT-drift". */
  category: text('category'),
  /** ISO 3166-1 alpha-2, or null when not yet known (A30-1E). */
  country: text('country'),
  isInternationalOrganisation: integer('is_international_organisation', { mode: 'boolean' }).notNull().default(false),
  sector: text('sector', { enum: recipientSectors }).notNull().default('commercial'),
  /** Name under which the organisation appears on the DPF List, when it differs. */
  dpfListName: text('dpf_list_name'),
  subjectToGdprArt3_2: integer('subject_to_gdpr_art3_2', { mode: 'boolean' }).notNull().default(false),
  parentId: text('parent_id').references((): AnySQLiteColumn => recipients.id, { onDelete: 'set null' }),
  /** JSON array of ToolTag. */
  tools: text('tools', { mode: 'json' }).$type<string[]>().notNull().default([]),
  address: text('address'),
  contactEmail: text('contact_email'),
  website: text('website'),
  lastSupervisionOn: text('last_supervision_on'),
  supervisionMethod: text('supervision_method'),
  notes: text('notes'),
  archivedAt: text('archived_at'),
  ...timestamps,
});
