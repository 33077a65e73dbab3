import { z } from 'zod';
import {
  activityStatuses,
  art6Bases,
  art9Conditions,
  art10Grounds,
  art28Items,
  controllerTypes,
  cprGrounds,
  dataSensitivities,
  dpfDataTypes,
  dpfFrameworks,
  dpfStatuses,
  dpiaStatuses,
  partyRoles,
  recipientRoles,
  recipientSectors,
  retentionClasses,
  securityMeasureKinds,
  specialKinds,
  subjectKinds,
  toolTags,
  transferFrequencies,
  transferMechanisms,
} from '../vocab';
import { countryCode, countryCode2, entityId, isoDate, isoDateTime, optionalDate, optionalText, requiredText } from './primitives';

const stamps = { createdAt: isoDateTime, updatedAt: isoDateTime };

export const organisationSchema = z.object({
  id: z.literal('org'),
  name: requiredText(),
  registrationNumber: optionalText(50),
  address: optionalText(500),
  postcode: optionalText(20),
  city: optionalText(200),
  country: countryCode2,
  email: optionalText(320),
  phone: optionalText(50),
  website: optionalText(500),
  controllerType: z.enum(controllerTypes),
  employeeCount: z.number().int().min(0).nullable(),
  /** null = not recorded. */
  dpoAppointed: z.boolean().nullable(),
  dpoName: optionalText(200),
  dpoEmail: optionalText(320),
  dpoPhone: optionalText(50),
  euRepresentativeName: optionalText(200),
  euRepresentativeContact: optionalText(1000),
  actsAsProcessor: z.boolean(),
  processingJurisdiction: countryCode2,
  privacyNoticeText: optionalText(200_000),
  privacyNoticeUpdatedOn: optionalDate,
  ...stamps,
});
export type Organisation = z.infer<typeof organisationSchema>;

export const dataCategorySchema = z.object({
  id: entityId,
  name: requiredText(),
  description: optionalText(),
  sensitivity: z.enum(dataSensitivities),
  specialKind: z.enum(specialKinds).nullable(),
  retentionClass: z.enum(retentionClasses),
  ...stamps,
});
export type DataCategory = z.infer<typeof dataCategorySchema>;

export const dataSubjectCategorySchema = z.object({
  id: entityId,
  name: requiredText(),
  description: optionalText(),
  kind: z.enum(subjectKinds),
  ...stamps,
});
export type DataSubjectCategory = z.infer<typeof dataSubjectCategorySchema>;

export const securityMeasureSchema = z.object({
  id: entityId,
  name: requiredText(),
  description: optionalText(),
  kind: z.enum(securityMeasureKinds),
  ...stamps,
});
export type SecurityMeasure = z.infer<typeof securityMeasureSchema>;

export const systemSchema = z.object({
  id: entityId,
  name: requiredText(),
  description: optionalText(),
  location: optionalText(500),
  ...stamps,
});
export type System = z.infer<typeof systemSchema>;

export const recipientSchema = z.object({
  id: entityId,
  name: requiredText(),
  legalName: optionalText(500),
  role: z.enum(recipientRoles),
  category: optionalText(500),
  country: countryCode,
  isInternationalOrganisation: z.boolean(),
  sector: z.enum(recipientSectors),
  dpfListName: optionalText(500),
  subjectToGdprArt3_2: z.boolean(),
  parentId: entityId.nullable(),
  tools: z.array(z.enum(toolTags)),
  address: optionalText(1000),
  contactEmail: optionalText(320),
  website: optionalText(500),
  lastSupervisionOn: optionalDate,
  supervisionMethod: optionalText(1000),
  notes: optionalText(),
  archivedAt: isoDateTime.nullable(),
  ...stamps,
});
export type Recipient = z.infer<typeof recipientSchema>;

export const dpaSchema = z.object({
  id: entityId,
  recipientId: entityId,
  title: requiredText(),
  signedOn: optionalDate,
  effectiveOn: optionalDate,
  endOn: optionalDate,
  renewalOn: optionalDate,
  noticePeriodDays: z.number().int().min(0).max(3650).nullable(),
  amendedOn: optionalDate,
  art28Covered: z.array(z.enum(art28Items)),
  text: optionalText(500_000),
  documentName: optionalText(500),
  documentMime: optionalText(200),
  /** The agreement file itself, base64 in the exchange format. */
  documentBase64: z.string().nullable(),
  notes: optionalText(),
  ...stamps,
});
export type Dpa = z.infer<typeof dpaSchema>;

export const purposeSchema = z.object({
  id: entityId,
  description: requiredText(5000),
  art6Basis: z.enum(art6Bases).nullable(),
  art9Condition: z.enum(art9Conditions).nullable(),
  art10Ground: z.enum(art10Grounds).nullable(),
  cprGround: z.enum(cprGrounds).nullable(),
  nationalProvision: optionalText(1000),
  legitimateInterest: optionalText(5000),
  legitimateInterestAssessmentRef: optionalText(1000),
  consentRecordRef: optionalText(1000),
});
export type Purpose = z.infer<typeof purposeSchema>;

export const activityDataCategorySchema = z.object({
  dataCategoryId: entityId,
  retentionMonths: z.number().int().min(0).max(1200).nullable(),
  retentionText: optionalText(2000),
});

export const activityRecipientSchema = z.object({
  recipientId: entityId,
  role: z.enum(recipientRoles),
  purpose: optionalText(2000),
});

export const dataLinkSchema = z.object({
  id: entityId,
  dataCategoryId: entityId,
  subjectCategoryId: entityId,
  recipientId: entityId.nullable(),
});
export type DataLink = z.infer<typeof dataLinkSchema>;

/** The fields of an activity a DPO edits directly (no relations). */
export const activityFieldsSchema = z.object({
  reference: optionalText(50),
  name: requiredText(),
  description: optionalText(),
  businessFunction: optionalText(500),
  owner: optionalText(500),
  status: z.enum(activityStatuses),
  dataSources: optionalText(5000),
  securityDescription: optionalText(),
  retentionSummary: optionalText(),
  dpiaStatus: z.enum(dpiaStatuses),
  dpiaReference: optionalText(1000),
  automatedDecisionMaking: z.boolean(),
  dataLocation: optionalText(1000),
  art30_5Exempt: z.boolean(),
  occasional: z.boolean(),
  likelyRisk: z.boolean(),
  jointControllerArrangement: optionalText(2000),
  processingJurisdiction: countryCode2.nullable(),
  processingChangedOn: optionalDate,
  lastReviewedOn: optionalDate,
  nextReviewOn: optionalDate,
  legalBasisText: optionalText(),
  notes: optionalText(),
  privacyNoticeText: optionalText(200_000),
});

/** The relations of an activity, edited as a whole. */
export const activityRelationsSchema = z.object({
  purposes: z.array(purposeSchema),
  dataCategories: z.array(activityDataCategorySchema),
  dataSubjectIds: z.array(entityId),
  recipients: z.array(activityRecipientSchema),
  dataLinks: z.array(dataLinkSchema),
  securityMeasureIds: z.array(entityId),
  systemIds: z.array(entityId),
});

export const activitySchema = z.object({
  id: entityId,
  ...activityFieldsSchema.shape,
  ...activityRelationsSchema.shape,
  archivedAt: isoDateTime.nullable(),
  ...stamps,
});
export type Activity = z.infer<typeof activitySchema>;

export const transferSchema = z.object({
  id: entityId,
  activityId: entityId.nullable(),
  recipientId: entityId,
  exporterRecipientId: entityId.nullable(),
  country: countryCode,
  mechanism: z.enum(transferMechanisms).nullable(),
  sccModule: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).nullable(),
  exporterRole: z.enum(partyRoles),
  importerRole: z.enum(partyRoles),
  signedOn: optionalDate,
  startOn: optionalDate,
  endOn: optionalDate,
  tiaOn: optionalDate,
  tiaNextReviewOn: optionalDate,
  hrData: z.boolean(),
  frequency: z.enum(transferFrequencies).nullable(),
  processingChangedOn: optionalDate,
  art49Assessment: optionalText(),
  art49SaInformedOn: optionalDate,
  bcrApprovingAuthority: optionalText(500),
  bcrApprovedOn: optionalDate,
  safeguardsText: optionalText(),
  notes: optionalText(),
  ...stamps,
});
export type Transfer = z.infer<typeof transferSchema>;

export const processorActivitySchema = z.object({
  id: entityId,
  controllerName: requiredText(),
  controllerContact: optionalText(2000),
  controllerRepresentative: optionalText(2000),
  controllerDpo: optionalText(2000),
  categoriesOfProcessing: requiredText(5000),
  thirdCountries: z.array(countryCode.unwrap()),
  transferSafeguards: optionalText(),
  securityDescription: optionalText(),
  status: z.enum(activityStatuses),
  notes: optionalText(),
  archivedAt: isoDateTime.nullable(),
  ...stamps,
});
export type ProcessorActivity = z.infer<typeof processorActivitySchema>;

export const findingAcknowledgementSchema = z.object({
  id: entityId,
  ruleId: requiredText(100),
  entityType: requiredText(50),
  entityId: entityId,
  justification: requiredText(5000),
  acknowledgedBy: optionalText(200),
  acknowledgedOn: isoDate,
  until: isoDate,
  entityFingerprint: z.string().min(1),
  ...stamps,
});
export type FindingAcknowledgement = z.infer<typeof findingAcknowledgementSchema>;

export const dpfEntrySchema = z.object({
  orgName: requiredText(500),
  coveredEntities: z.array(z.string()),
  status: z.enum(dpfStatuses),
  frameworks: z.array(z.enum(dpfFrameworks)),
  dataTypes: z.array(z.enum(dpfDataTypes)),
});
export type DpfEntry = z.infer<typeof dpfEntrySchema>;

export const dpfSnapshotSchema = z.object({
  id: entityId,
  snapshotDate: isoDate,
  sourceName: optionalText(500),
  importedAt: isoDateTime,
  entries: z.array(dpfEntrySchema),
});
export type DpfSnapshot = z.infer<typeof dpfSnapshotSchema>;

export const settingSchema = z.object({
  key: z.string().min(1).max(100),
  value: z.json(),
  updatedAt: isoDateTime,
});
export type Setting = z.infer<typeof settingSchema>;
