import type { z } from 'zod';
import type { RecipientRole } from '../vocab';
import type {
  Activity,
  activityRelationsSchema,
  DataCategory,
  DataSubjectCategory,
  Dpa,
  Organisation,
  ProcessorActivity,
  Purpose,
  Recipient,
  SecurityMeasure,
  System,
  Transfer,
} from './entities';

/**
 * Blank entities: every field nobody has filled in yet, at its empty or most neutral value. This is
 * the one place those values are written (the database's create defaults, the example register, the
 * spreadsheet import, the renderer's new-entity forms and the test builders all start from here), so
 * a field added to an entity in entities.ts is a compile error in this file and nowhere else.
 * Callers say what they know (ids, names, timestamps) and spread their own differences over the result.
 */

/** An entity without the keys the server owns: its id and its timestamps. */
export type EntityFields<E> = Omit<E, 'id' | 'createdAt' | 'updatedAt'>;
export type ActivityRelations = z.infer<typeof activityRelationsSchema>;
/** An activity's own fields: no id, timestamps or relations. */
export type ActivityFields = Omit<EntityFields<Activity>, keyof ActivityRelations>;

const stamped = (at: string) => ({ createdAt: at, updatedAt: at });

export function organisationFieldDefaults(): EntityFields<Organisation> {
  return {
    name: '',
    registrationNumber: null,
    address: null,
    postcode: null,
    city: null,
    country: 'DK',
    email: null,
    phone: null,
    website: null,
    controllerType: 'private',
    employeeCount: null,
    dpoAppointed: null,
    dpoName: null,
    dpoEmail: null,
    dpoPhone: null,
    euRepresentativeName: null,
    euRepresentativeContact: null,
    actsAsProcessor: false,
    processingJurisdiction: 'DK',
    privacyNoticeText: null,
    privacyNoticeUpdatedOn: null,
  };
}

export function blankOrganisation(name: string, at: string): Organisation {
  return { id: 'org', ...organisationFieldDefaults(), name, ...stamped(at) };
}

export function dataCategoryFieldDefaults(): EntityFields<DataCategory> {
  // Nothing says the data are special-category: "ordinary" until the DPO says otherwise.
  return { name: '', description: null, sensitivity: 'ordinary', specialKind: null, retentionClass: 'other' };
}

export function blankDataCategory(id: string, name: string, at: string): DataCategory {
  return { id, ...dataCategoryFieldDefaults(), name, ...stamped(at) };
}

export function dataSubjectCategoryFieldDefaults(): EntityFields<DataSubjectCategory> {
  return { name: '', description: null, kind: 'other' };
}

export function blankDataSubjectCategory(id: string, name: string, at: string): DataSubjectCategory {
  return { id, ...dataSubjectCategoryFieldDefaults(), name, ...stamped(at) };
}

export function securityMeasureFieldDefaults(): EntityFields<SecurityMeasure> {
  return { name: '', description: null, kind: 'technical' };
}

export function blankSecurityMeasure(id: string, name: string, at: string): SecurityMeasure {
  return { id, ...securityMeasureFieldDefaults(), name, ...stamped(at) };
}

export function systemFieldDefaults(): EntityFields<System> {
  return { name: '', description: null, location: null };
}

export function blankSystem(id: string, name: string, at: string): System {
  return { id, ...systemFieldDefaults(), name, ...stamped(at) };
}

export function recipientFieldDefaults(): EntityFields<Recipient> {
  return {
    name: '',
    legalName: null,
    role: 'processor',
    category: null,
    country: null,
    isInternationalOrganisation: false,
    sector: 'commercial',
    dpfListName: null,
    subjectToGdprArt3_2: false,
    parentId: null,
    tools: [],
    address: null,
    contactEmail: null,
    website: null,
    lastSupervisionOn: null,
    supervisionMethod: null,
    notes: null,
    archivedAt: null,
  };
}

export function blankRecipient(id: string, name: string, role: RecipientRole, at: string): Recipient {
  return { id, ...recipientFieldDefaults(), name, role, ...stamped(at) };
}

export function dpaFieldDefaults(): EntityFields<Dpa> {
  return {
    recipientId: '',
    title: '',
    signedOn: null,
    effectiveOn: null,
    endOn: null,
    renewalOn: null,
    noticePeriodDays: null,
    amendedOn: null,
    art28Covered: [],
    text: null,
    documentName: null,
    documentMime: null,
    documentBase64: null,
    notes: null,
  };
}

export function blankDpa(id: string, recipientId: string, title: string, at: string): Dpa {
  return { id, ...dpaFieldDefaults(), recipientId, title, ...stamped(at) };
}

export function activityFieldDefaults(): ActivityFields {
  return {
    reference: null,
    name: '',
    description: null,
    businessFunction: null,
    owner: null,
    status: 'active',
    dataSources: null,
    securityDescription: null,
    retentionSummary: null,
    dpiaStatus: 'not_assessed',
    dpiaReference: null,
    automatedDecisionMaking: false,
    dataLocation: null,
    art30_5Exempt: false,
    occasional: false,
    likelyRisk: false,
    jointControllerArrangement: null,
    processingJurisdiction: null,
    processingChangedOn: null,
    lastReviewedOn: null,
    nextReviewOn: null,
    legalBasisText: null,
    notes: null,
    privacyNoticeText: null,
    archivedAt: null,
  };
}

export function emptyActivityRelations(): ActivityRelations {
  return {
    purposes: [],
    dataCategories: [],
    dataSubjectIds: [],
    recipients: [],
    dataLinks: [],
    securityMeasureIds: [],
    systemIds: [],
  };
}

export function blankActivity(id: string, name: string, at: string): Activity {
  // archivedAt after the relations, as in activitySchema, so a blank activity has the schema's key order.
  const { archivedAt, ...fields } = activityFieldDefaults();
  return { id, ...fields, name, ...emptyActivityRelations(), archivedAt, ...stamped(at) };
}

export function blankPurpose(id: string, description: string): Purpose {
  return {
    id,
    description,
    art6Basis: null,
    art9Condition: null,
    art10Ground: null,
    cprGround: null,
    nationalProvision: null,
    legitimateInterest: null,
    legitimateInterestAssessmentRef: null,
    consentRecordRef: null,
  };
}

export function transferFieldDefaults(): EntityFields<Transfer> {
  return {
    activityId: null,
    recipientId: '',
    exporterRecipientId: null,
    country: null,
    mechanism: null,
    sccModule: null,
    exporterRole: 'controller',
    importerRole: 'processor',
    signedOn: null,
    startOn: null,
    endOn: null,
    tiaOn: null,
    tiaNextReviewOn: null,
    hrData: false,
    frequency: null,
    processingChangedOn: null,
    art49Assessment: null,
    art49SaInformedOn: null,
    bcrApprovingAuthority: null,
    bcrApprovedOn: null,
    safeguardsText: null,
    notes: null,
  };
}

export function blankTransfer(id: string, recipientId: string, at: string): Transfer {
  return { id, ...transferFieldDefaults(), recipientId, ...stamped(at) };
}

export function processorActivityFieldDefaults(): EntityFields<ProcessorActivity> {
  return {
    controllerName: '',
    controllerContact: null,
    controllerRepresentative: null,
    controllerDpo: null,
    categoriesOfProcessing: '',
    thirdCountries: [],
    transferSafeguards: null,
    securityDescription: null,
    status: 'active',
    notes: null,
    archivedAt: null,
  };
}

export function blankProcessorActivity(id: string, controllerName: string, categoriesOfProcessing: string, at: string): ProcessorActivity {
  return { id, ...processorActivityFieldDefaults(), controllerName, categoriesOfProcessing, ...stamped(at) };
}
