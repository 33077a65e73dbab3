import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import {
  activityStatuses,
  art6Bases,
  art9Conditions,
  art10Grounds,
  cprGrounds,
  dpiaStatuses,
  recipientRoles,
} from '../../electron/shared/vocab';
import { dataCategories, dataSubjectCategories, securityMeasures, systems } from './catalogues';
import { timestamps } from './columns';
import { recipients } from './recipients';

/** A processing activity: one entry of the Art 30(1) record. */
export const activities = sqliteTable(
  'activities',
  {
    id: text('id').primaryKey(),
    reference: text('reference'),
    name: text('name').notNull(),
    description: text('description'),
    businessFunction: text('business_function'),
    owner: text('owner'),
    status: text('status', { enum: activityStatuses }).notNull().default('active'),
    dataSources: text('data_sources'),
    /** General Art 30(1)(g) description; the catalogue links below add detail. */
    securityDescription: text('security_description'),
    /** General Art 30(1)(f) statement; per-category periods sit on activity_data_categories. */
    retentionSummary: text('retention_summary'),
    dpiaStatus: text('dpia_status', { enum: dpiaStatuses }).notNull().default('not_assessed'),
    dpiaReference: text('dpia_reference'),
    automatedDecisionMaking: integer('automated_decision_making', { mode: 'boolean' }).notNull().default(false),
    dataLocation: text('data_location'),
    /** Art 30(5) claim and the facts that decide it (A30-5-MISUSE). */
    art30_5Exempt: integer('art30_5_exempt', { mode: 'boolean' }).notNull().default(false),
    occasional: integer('occasional', { mode: 'boolean' }).notNull().default(false),
    likelyRisk: integer('likely_risk', { mode: 'boolean' }).notNull().default(false),
    jointControllerArrangement: text('joint_controller_arrangement'),
    processingJurisdiction: text('processing_jurisdiction'),
    processingChangedOn: text('processing_changed_on'),
    lastReviewedOn: text('last_reviewed_on'),
    nextReviewOn: text('next_review_on'),
    /** Free-text fields scanned by the REF-* rules. */
    legalBasisText: text('legal_basis_text'),
    notes: text('notes'),
    privacyNoticeText: text('privacy_notice_text'),
    archivedAt: text('archived_at'),
    ...timestamps,
  },
  // A list page reads live (unarchived) activities in one of its sort orders, 100 at a time: each
  // order has its index, so a page never sorts or scans the whole table (the long texts sit between
  // these columns, and reading a column after them means following the row's overflow pages).
  (t) => [
    index('activities_status_idx').on(t.status),
    index('activities_name_idx').on(t.name),
    index('activities_live_name_idx').on(t.archivedAt, t.name, t.id),
    index('activities_live_reference_idx').on(t.archivedAt, t.reference, t.id),
    index('activities_live_status_idx').on(t.archivedAt, t.status, t.id),
    index('activities_live_updated_idx').on(t.archivedAt, t.updatedAt, t.id),
    index('activities_live_reviewed_idx').on(t.archivedAt, t.lastReviewedOn, t.id),
  ],
);

/** Each purpose with its own legal basis (Art 30(1)(b), Art 6/9/10, DBL). */
export const purposes = sqliteTable(
  'purposes',
  {
    id: text('id').primaryKey(),
    activityId: text('activity_id')
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    position: integer('position').notNull().default(0),
    description: text('description').notNull(),
    art6Basis: text('art6_basis', { enum: art6Bases }),
    art9Condition: text('art9_condition', { enum: art9Conditions }),
    art10Ground: text('art10_ground', { enum: art10Grounds }),
    cprGround: text('cpr_ground', { enum: cprGrounds }),
    /** Other national provision relied on, e.g. "markedsføringslovens § 10". */
    nationalProvision: text('national_provision'),
    legitimateInterest: text('legitimate_interest'),
    legitimateInterestAssessmentRef: text('legitimate_interest_assessment_ref'),
    consentRecordRef: text('consent_record_ref'),
  },
  (t) => [index('purposes_activity_idx').on(t.activityId)],
);

/** Data categories processed in an activity, with their erasure time limit (Art 30(1)(c), (f)). */
export const activityDataCategories = sqliteTable(
  'activity_data_categories',
  {
    activityId: text('activity_id')
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    dataCategoryId: text('data_category_id')
      .notNull()
      .references(() => dataCategories.id, { onDelete: 'restrict' }),
    retentionMonths: integer('retention_months'),
    retentionText: text('retention_text'),
  },
  (t) => [primaryKey({ columns: [t.activityId, t.dataCategoryId] })],
);

export const activityDataSubjects = sqliteTable(
  'activity_data_subjects',
  {
    activityId: text('activity_id')
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    subjectCategoryId: text('subject_category_id')
      .notNull()
      .references(() => dataSubjectCategories.id, { onDelete: 'restrict' }),
  },
  (t) => [primaryKey({ columns: [t.activityId, t.subjectCategoryId] })],
);

/** Recipients of an activity's data (Art 30(1)(d)) and the role they play in it. */
export const activityRecipients = sqliteTable(
  'activity_recipients',
  {
    activityId: text('activity_id')
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    recipientId: text('recipient_id')
      .notNull()
      .references(() => recipients.id, { onDelete: 'restrict' }),
    role: text('role', { enum: recipientRoles }).notNull(),
    purpose: text('purpose'),
  },
  (t) => [primaryKey({ columns: [t.activityId, t.recipientId] }), index('activity_recipients_recipient_idx').on(t.recipientId)],
);

/**
 * Datatilsynet's linkage (guidance of 10 Aug 2020): which data category concerns which
 * data-subject category, and which of them is disclosed to which recipient (null = not disclosed).
 */
export const dataLinks = sqliteTable(
  'data_links',
  {
    id: text('id').primaryKey(),
    activityId: text('activity_id')
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    dataCategoryId: text('data_category_id')
      .notNull()
      .references(() => dataCategories.id, { onDelete: 'restrict' }),
    subjectCategoryId: text('subject_category_id')
      .notNull()
      .references(() => dataSubjectCategories.id, { onDelete: 'restrict' }),
    recipientId: text('recipient_id').references(() => recipients.id, { onDelete: 'restrict' }),
  },
  (t) => [index('data_links_activity_idx').on(t.activityId)],
);

export const activitySecurityMeasures = sqliteTable(
  'activity_security_measures',
  {
    activityId: text('activity_id')
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    securityMeasureId: text('security_measure_id')
      .notNull()
      .references(() => securityMeasures.id, { onDelete: 'restrict' }),
  },
  (t) => [primaryKey({ columns: [t.activityId, t.securityMeasureId] })],
);

export const activitySystems = sqliteTable(
  'activity_systems',
  {
    activityId: text('activity_id')
      .notNull()
      .references(() => activities.id, { onDelete: 'cascade' }),
    systemId: text('system_id')
      .notNull()
      .references(() => systems.id, { onDelete: 'restrict' }),
  },
  (t) => [primaryKey({ columns: [t.activityId, t.systemId] })],
);
