import { z } from 'zod';
import { activityStatuses, art28Items, auditActions, recipientRoles } from '../vocab';
import { activitySchema, findingAcknowledgementSchema, recipientSchema, transferSchema } from './entities';
import { kbStatusSchema } from './kb-updates';
import { entityId, isoDate, isoDateTime } from './primitives';

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int() });
}

export const activitySummarySchema = z.object({
  id: entityId,
  reference: z.string().nullable(),
  name: z.string(),
  status: z.enum(activityStatuses),
  businessFunction: z.string().nullable(),
  owner: z.string().nullable(),
  lastReviewedOn: isoDate.nullable(),
  purposeCount: z.number().int(),
  recipientCount: z.number().int(),
  transferCount: z.number().int(),
  archivedAt: isoDateTime.nullable(),
  updatedAt: isoDateTime,
});
export type ActivitySummary = z.infer<typeof activitySummarySchema>;

/** An activity with the names of what it links to, so a page can show it without more calls. */
export const activityDetailSchema = z.object({
  activity: activitySchema,
  names: z.object({
    dataCategories: z.record(z.string(), z.string()),
    dataSubjects: z.record(z.string(), z.string()),
    recipients: z.record(z.string(), z.string()),
    securityMeasures: z.record(z.string(), z.string()),
    systems: z.record(z.string(), z.string()),
  }),
});
export type ActivityDetail = z.infer<typeof activityDetailSchema>;

export const recipientSummarySchema = recipientSchema.extend({
  activityCount: z.number().int(),
  dpaCount: z.number().int(),
});
export type RecipientSummary = z.infer<typeof recipientSummarySchema>;

export const recipientDetailSchema = z.object({
  recipient: recipientSchema,
  subProcessors: z.array(z.object({ id: entityId, name: z.string(), country: z.string().nullable() })),
  activities: z.array(z.object({ id: entityId, name: z.string(), role: z.enum(recipientRoles) })),
});
export type RecipientDetail = z.infer<typeof recipientDetailSchema>;

export const auditEntrySchema = z.object({
  id: z.number().int(),
  entity: z.string(),
  entityId: z.string(),
  action: z.enum(auditActions),
  before: z.unknown(),
  after: z.unknown(),
  at: isoDateTime,
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const registerStatusSchema = z.object({
  file: z.string(),
  empty: z.boolean(),
  activityCount: z.number().int(),
  organisationName: z.string().nullable(),
});
export type RegisterStatus = z.infer<typeof registerStatusSchema>;

/** The About dialog: versions of the app, of the formats it reads and writes, and of the register file. */
export const aboutSchema = z.object({
  appVersion: z.string(),
  /** The register file format this build writes (its number of schema migrations). */
  registerFileFormat: z.number().int(),
  /** The JSON exchange format's version. */
  exchangeFormat: z.number().int(),
  knowledgeBase: z.object({ version: z.string(), asOf: isoDate }),
  registerFile: z.string(),
  /** The ROPA Desk version whose write is the newest in the file (null: none recorded yet). */
  lastWrittenBy: z.string().nullable(),
});

export const importResultSchema = z.object({
  counts: z.record(z.string(), z.number().int()),
});

/** A transfer with the names of what it links, so a list can label rows without fetching everything. */
export const transferListItemSchema = transferSchema.extend({
  recipientName: z.string(),
  activityName: z.string().nullable(),
  exporterName: z.string().nullable(),
});
export type TransferListItem = z.infer<typeof transferListItemSchema>;

export const deletedSchema = z.object({ id: entityId, deleted: z.literal(true) });

export const dpfSnapshotSummarySchema = z.object({
  id: entityId,
  snapshotDate: isoDate,
  sourceName: z.string().nullable(),
  importedAt: isoDateTime,
  entryCount: z.number().int(),
});

/** An acknowledgement and whether it counts on the check date (and if not, why). */
export const acknowledgementStatusSchema = z.object({
  acknowledgement: findingAcknowledgementSchema,
  state: z.enum(['active', 'expired', 'not_yet_made', 'entity_changed', 'entity_missing']),
});
export type AcknowledgementStatus = z.infer<typeof acknowledgementStatusSchema>;

/** The knowledge base in use (version, origin, rollback, what-if events) and the imported DPF List snapshots. */
export const knowledgeBaseInfoSchema = kbStatusSchema.extend({
  dpfSnapshots: z.array(dpfSnapshotSummarySchema),
});

/** A DPA as its list row shows it: no agreement text, no document bytes (dpas:get has them). */
export const dpaSummarySchema = z.object({
  id: entityId,
  recipientId: entityId,
  recipientName: z.string(),
  title: z.string(),
  signedOn: isoDate.nullable(),
  effectiveOn: isoDate.nullable(),
  endOn: isoDate.nullable(),
  renewalOn: isoDate.nullable(),
  noticePeriodDays: z.number().int().nullable(),
  amendedOn: isoDate.nullable(),
  art28Covered: z.array(z.enum(art28Items)),
  documentName: z.string().nullable(),
  hasDocument: z.boolean(),
  updatedAt: isoDateTime,
});
export type DpaSummary = z.infer<typeof dpaSummarySchema>;
