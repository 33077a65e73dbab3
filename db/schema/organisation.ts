import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { controllerTypes } from '../../electron/shared/vocab';
import { timestamps } from './columns';

/** The controller (Art 30(1)(a)); one row with id 'org'. */
export const organisation = sqliteTable('organisation', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  registrationNumber: text('registration_number'),
  address: text('address'),
  postcode: text('postcode'),
  city: text('city'),
  country: text('country').notNull().default('DK'),
  email: text('email'),
  phone: text('phone'),
  website: text('website'),
  controllerType: text('controller_type', { enum: controllerTypes }).notNull().default('private'),
  employeeCount: integer('employee_count'),
  /** null: not recorded (the example register's policy does not say whether a DPO is appointed). */
  dpoAppointed: integer('dpo_appointed', { mode: 'boolean' }),
  dpoName: text('dpo_name'),
  dpoEmail: text('dpo_email'),
  dpoPhone: text('dpo_phone'),
  euRepresentativeName: text('eu_representative_name'),
  euRepresentativeContact: text('eu_representative_contact'),
  actsAsProcessor: integer('acts_as_processor', { mode: 'boolean' }).notNull().default(false),
  /** Where the processing takes place, for REF-PDL's Greenland suppression. */
  processingJurisdiction: text('processing_jurisdiction').notNull().default('DK'),
  privacyNoticeText: text('privacy_notice_text'),
  privacyNoticeUpdatedOn: text('privacy_notice_updated_on'),
  ...timestamps,
});
