import { z } from 'zod';
import { checkParams } from '../i18n/zod-messages';
import { activityStatuses, recipientRoles } from '../vocab';
import {
  activityFieldsSchema,
  activityRelationsSchema,
  dataCategorySchema,
  dataLinkSchema,
  dataSubjectCategorySchema,
  dpaSchema,
  organisationSchema,
  processorActivitySchema,
  purposeSchema,
  recipientSchema,
  securityMeasureSchema,
  systemSchema,
  transferSchema,
} from './entities';
import { findingEntityTypes } from './findings';
import { entityId, isoDate, isoDateTime, requiredText } from './primitives';
import { assumptionInputSchema } from './what-if';

const serverOwned = { id: true, createdAt: true, updatedAt: true } as const;

export const idInput = z.object({ id: entityId });

/** Optimistic concurrency: an update names the version it was based on; a newer one wins with CONFLICT. */
function updateInput<T extends z.ZodRawShape>(changes: z.ZodObject<T>) {
  return z.object({ id: entityId, expectedUpdatedAt: isoDateTime.optional(), changes: changes.partial() });
}

export const sortDirection = z.enum(['asc', 'desc']);

export const listQueryBase = {
  search: z.string().max(200).optional(),
  includeArchived: z.boolean().optional(),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(1000).default(100),
  direction: sortDirection.default('asc'),
};

export const activityListQuery = z.object({
  ...listQueryBase,
  status: z.array(z.enum(activityStatuses)).optional(),
  recipientId: entityId.optional(),
  // 'relevance': best match first while searching (the search index's rank); by name otherwise.
  sort: z.enum(['name', 'reference', 'status', 'updatedAt', 'lastReviewedOn', 'relevance']).default('name'),
});

export const purposeInput = purposeSchema.extend({ id: entityId.optional() });
export const dataLinkInput = dataLinkSchema.extend({ id: entityId.optional() });

const activityRelationsInput = activityRelationsSchema.extend({
  purposes: z.array(purposeInput),
  dataLinks: z.array(dataLinkInput),
});

export const activityCreateInput = activityFieldsSchema
  .partial()
  .extend({ name: activityFieldsSchema.shape.name, id: entityId.optional() })
  .extend(activityRelationsInput.partial().shape);
export const activityUpdateInput = updateInput(activityFieldsSchema.extend(activityRelationsInput.shape));

export const recipientListQuery = z.object({
  ...listQueryBase,
  role: z.array(z.enum(recipientRoles)).optional(),
  country: z.string().optional(),
  sort: z.enum(['name', 'role', 'country', 'updatedAt', 'relevance']).default('name'),
});
const recipientFields = recipientSchema.omit({ ...serverOwned, archivedAt: true });
export const recipientCreateInput = recipientFields.partial().extend({
  id: entityId.optional(),
  name: recipientFields.shape.name,
  role: recipientFields.shape.role,
});
export const recipientUpdateInput = updateInput(recipientFields);

const dpaFields = dpaSchema.omit(serverOwned);
export const dpaListQuery = z.object({
  search: listQueryBase.search,
  offset: listQueryBase.offset,
  limit: listQueryBase.limit,
  direction: listQueryBase.direction,
  recipientId: entityId.optional(),
  sort: z.enum(['title', 'signedOn', 'endOn', 'renewalOn', 'relevance']).default('title'),
});
export const dpaCreateInput = dpaFields.partial().extend({
  id: entityId.optional(),
  recipientId: dpaFields.shape.recipientId,
  title: dpaFields.shape.title,
});
export const dpaUpdateInput = updateInput(dpaFields);

const transferFields = transferSchema.omit(serverOwned);
export const transferListQuery = z.object({
  ...listQueryBase,
  activityId: entityId.optional(),
  recipientId: entityId.optional(),
  mechanism: z.array(transferSchema.shape.mechanism.unwrap()).optional(),
  sort: z.enum(['startOn', 'country', 'mechanism', 'updatedAt', 'relevance']).default('startOn'),
});
export const transferCreateInput = transferFields.partial().extend({
  id: entityId.optional(),
  recipientId: transferFields.shape.recipientId,
});
export const transferUpdateInput = updateInput(transferFields);

const processorActivityFields = processorActivitySchema.omit({ ...serverOwned, archivedAt: true });
export const processorActivityCreateInput = processorActivityFields.partial().extend({
  id: entityId.optional(),
  controllerName: processorActivityFields.shape.controllerName,
  categoriesOfProcessing: processorActivityFields.shape.categoriesOfProcessing,
});
export const processorActivityUpdateInput = updateInput(processorActivityFields);

export const catalogueListQuery = z.object({ search: z.string().max(200).optional() });

function catalogueInputs<T extends z.ZodRawShape>(fields: z.ZodObject<T>) {
  return {
    create: fields.partial().extend({ id: entityId.optional(), name: requiredText() }),
    update: updateInput(fields),
  };
}
export const dataCategoryInputs = catalogueInputs(dataCategorySchema.omit(serverOwned));
export const dataSubjectCategoryInputs = catalogueInputs(dataSubjectCategorySchema.omit(serverOwned));
export const securityMeasureInputs = catalogueInputs(securityMeasureSchema.omit(serverOwned));
export const systemInputs = catalogueInputs(systemSchema.omit(serverOwned));

export const organisationInput = organisationSchema.omit(serverOwned).partial().extend({ name: organisationSchema.shape.name });

export const auditListQuery = z.object({
  entity: z.string().optional(),
  entityId: entityId.optional(),
  limit: z.number().int().min(1).max(1000).default(100),
});

/** `replace` clears the current register first (in the same transaction as the import). */
export const importJsonInput = z.object({ json: z.string().max(200_000_000), replace: z.boolean().default(false) });
export const settingSetInput = z.object({ key: z.string().min(1).max(100), value: z.json() });
export const settingGetInput = z.object({ key: z.string().min(1).max(100) });

export const complianceCheckInput = z.object({
  asOf: isoDate.optional(),
  /** What-if events to assume (the findings are then those of the scenario, marked as such). */
  assume: z.array(assumptionInputSchema).max(5).optional(),
});
export const acknowledgeInput = z.object({
  ruleId: z.string().min(1).max(100),
  entityType: z.enum(findingEntityTypes),
  entityId: entityId,
  justification: z
    .string()
    .trim()
    .max(5000)
    .refine((s) => s.length >= 10, { params: checkParams('validation.justificationShort') }),
  until: isoDate,
  acknowledgedBy: z.string().trim().max(200).optional(),
});
export const dpfImportInput = z.object({
  content: z
    .string()
    .max(100_000_000)
    .refine((s) => s.length > 0, { params: checkParams('validation.fileEmpty') }),
  fileName: z.string().min(1).max(500),
  snapshotDate: isoDate.optional(),
});
