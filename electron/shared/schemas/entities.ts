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
import { fieldMeta, reference, startingAs, vocabEnum } from './field-meta';
import { countryCode, entityId, isoDate, isoDateTime, optionalDate, optionalText, requiredText, twoLetterCountry } from './primitives';

const stamps = { createdAt: isoDateTime, updatedAt: isoDateTime };

export const organisationSchema = z.object({
  id: z.literal('org'),
  name: requiredText(),
  registrationNumber: optionalText(50),
  address: optionalText(500),
  postcode: optionalText(20),
  city: optionalText(200),
  country: startingAs(twoLetterCountry(), 'DK'),
  email: optionalText(320),
  phone: optionalText(50),
  website: optionalText(500),
  controllerType: vocabEnum(controllerTypes, 'controllerType', 'private'),
  employeeCount: z.number().int().min(0).nullable(),
  /** null = not recorded. */
  dpoAppointed: z.boolean().nullable(),
  dpoName: optionalText(200),
  dpoEmail: optionalText(320),
  dpoPhone: optionalText(50),
  euRepresentativeName: optionalText(200),
  euRepresentativeContact: optionalText(1000),
  actsAsProcessor: z.boolean(),
  processingJurisdiction: startingAs(twoLetterCountry(), 'DK'),
  privacyNoticeText: optionalText(200_000),
  privacyNoticeUpdatedOn: optionalDate,
  ...stamps,
});
export type Organisation = z.infer<typeof organisationSchema>;

export const dataCategorySchema = z.object({
  id: entityId,
  name: requiredText(),
  description: optionalText(),
  // Nothing says the data are special-category: "ordinary" until the DPO says otherwise.
  sensitivity: vocabEnum(dataSensitivities, 'sensitivity', 'ordinary'),
  specialKind: vocabEnum(specialKinds, 'specialKind').nullable(),
  retentionClass: vocabEnum(retentionClasses, 'retentionClass', 'other'),
  ...stamps,
});
export type DataCategory = z.infer<typeof dataCategorySchema>;

export const dataSubjectCategorySchema = z.object({
  id: entityId,
  name: requiredText(),
  description: optionalText(),
  kind: vocabEnum(subjectKinds, 'subjectKind', 'other'),
  ...stamps,
});
export type DataSubjectCategory = z.infer<typeof dataSubjectCategorySchema>;

export const securityMeasureSchema = z.object({
  id: entityId,
  name: requiredText(),
  description: optionalText(),
  kind: vocabEnum(securityMeasureKinds, 'securityKind', 'technical'),
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
  role: vocabEnum(recipientRoles, 'recipientRole', 'processor'),
  category: optionalText(500),
  country: countryCode,
  isInternationalOrganisation: z.boolean(),
  sector: vocabEnum(recipientSectors, 'recipientSector', 'commercial'),
  dpfListName: optionalText(500),
  subjectToGdprArt3_2: z.boolean(),
  parentId: reference('recipient').nullable(),
  tools: z.array(vocabEnum(toolTags, 'toolTag')),
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
  recipientId: reference('recipient'),
  title: requiredText(),
  signedOn: optionalDate,
  effectiveOn: optionalDate,
  endOn: optionalDate,
  renewalOn: optionalDate,
  noticePeriodDays: z.number().int().min(0).max(3650).nullable(),
  amendedOn: optionalDate,
  art28Covered: z.array(vocabEnum(art28Items, 'art28')),
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
  art6Basis: vocabEnum(art6Bases, 'art6').nullable(),
  art9Condition: vocabEnum(art9Conditions, 'art9').nullable(),
  art10Ground: vocabEnum(art10Grounds, 'art10').nullable(),
  cprGround: vocabEnum(cprGrounds, 'cpr').nullable(),
  nationalProvision: optionalText(1000),
  legitimateInterest: optionalText(5000),
  legitimateInterestAssessmentRef: optionalText(1000),
  consentRecordRef: optionalText(1000),
});
export type Purpose = z.infer<typeof purposeSchema>;

export const activityDataCategorySchema = z.object({
  dataCategoryId: reference('dataCategory'),
  retentionMonths: z.number().int().min(0).max(1200).nullable(),
  retentionText: optionalText(2000),
});

export const activityRecipientSchema = z.object({
  recipientId: reference('recipient'),
  role: vocabEnum(recipientRoles, 'recipientRole', 'processor'),
  purpose: optionalText(2000),
});

export const dataLinkSchema = z.object({
  id: entityId,
  dataCategoryId: reference('dataCategory'),
  subjectCategoryId: reference('dataSubjectCategory'),
  recipientId: reference('recipient').nullable(),
});
export type DataLink = z.infer<typeof dataLinkSchema>;

/** The fields of an activity a DPO edits directly (no relations). */
export const activityFieldsSchema = z.object({
  reference: optionalText(50),
  name: requiredText(),
  description: optionalText(),
  businessFunction: optionalText(500),
  owner: optionalText(500),
  status: vocabEnum(activityStatuses, 'activityStatus', 'active'),
  dataSources: optionalText(5000),
  securityDescription: optionalText(),
  retentionSummary: optionalText(),
  dpiaStatus: vocabEnum(dpiaStatuses, 'dpiaStatus', 'not_assessed'),
  dpiaReference: optionalText(1000),
  automatedDecisionMaking: z.boolean(),
  dataLocation: optionalText(1000),
  art30_5Exempt: z.boolean(),
  occasional: z.boolean(),
  likelyRisk: z.boolean(),
  jointControllerArrangement: optionalText(2000),
  processingJurisdiction: twoLetterCountry().nullable(),
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
  dataSubjectIds: z.array(reference('dataSubjectCategory')),
  recipients: z.array(activityRecipientSchema),
  dataLinks: z.array(dataLinkSchema),
  securityMeasureIds: z.array(reference('securityMeasure')),
  systemIds: z.array(reference('system')),
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
  activityId: reference('activity').nullable(),
  recipientId: reference('recipient'),
  exporterRecipientId: reference('recipient').nullable(),
  country: countryCode,
  mechanism: vocabEnum(transferMechanisms, 'mechanism').nullable(),
  sccModule: z
    .union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)])
    .register(fieldMeta, { vocab: 'sccModule' })
    .nullable(),
  exporterRole: vocabEnum(partyRoles, 'partyRole', 'controller'),
  importerRole: vocabEnum(partyRoles, 'partyRole', 'processor'),
  signedOn: optionalDate,
  startOn: optionalDate,
  endOn: optionalDate,
  tiaOn: optionalDate,
  tiaNextReviewOn: optionalDate,
  hrData: z.boolean(),
  frequency: vocabEnum(transferFrequencies, 'frequency').nullable(),
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
  status: vocabEnum(activityStatuses, 'activityStatus', 'active'),
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
