import { sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { dataSensitivities, retentionClasses, securityMeasureKinds, specialKinds, subjectKinds } from '../../electron/shared/vocab';
import { timestamps } from './columns';

export const dataCategories = sqliteTable('data_categories', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  description: text('description'),
  sensitivity: text('sensitivity', { enum: dataSensitivities }).notNull().default('ordinary'),
  specialKind: text('special_kind', { enum: specialKinds }),
  retentionClass: text('retention_class', { enum: retentionClasses }).notNull().default('other'),
  ...timestamps,
});

export const dataSubjectCategories = sqliteTable('data_subject_categories', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  description: text('description'),
  kind: text('kind', { enum: subjectKinds }).notNull().default('other'),
  ...timestamps,
});

export const securityMeasures = sqliteTable('security_measures', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  description: text('description'),
  kind: text('kind', { enum: securityMeasureKinds }).notNull(),
  ...timestamps,
});

export const systems = sqliteTable('systems', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  description: text('description'),
  location: text('location'),
  ...timestamps,
});
