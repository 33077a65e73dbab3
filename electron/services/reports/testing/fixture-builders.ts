import type {
  Activity,
  DataCategory,
  DataSubjectCategory,
  Dpa,
  ProcessorActivity,
  Purpose,
  Recipient,
  SecurityMeasure,
  System,
  Transfer,
} from '../../../shared/schemas/entities';

/** Builders for complete entities with every optional field empty, for fixtures and synthetic registers. */

/** The creation/update stamp of every fixture entity. */
export const at = '2026-01-15T10:00:00Z';
export const stamps = { createdAt: at, updatedAt: at };

export function category(id: string, name: string, extra: Partial<DataCategory> = {}): DataCategory {
  return { id, name, description: null, sensitivity: 'ordinary', specialKind: null, retentionClass: 'other', ...stamps, ...extra };
}
export function subject(id: string, name: string, kind: DataSubjectCategory['kind']): DataSubjectCategory {
  return { id, name, description: null, kind, ...stamps };
}
export function recipient(id: string, name: string, extra: Partial<Recipient>): Recipient {
  return {
    id,
    name,
    legalName: null,
    role: 'processor',
    category: null,
    country: 'DK',
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
    ...stamps,
    ...extra,
  };
}
export function measure(id: string, name: string, kind: SecurityMeasure['kind']): SecurityMeasure {
  return { id, name, description: null, kind, ...stamps };
}
export function system(id: string, name: string, location: string | null): System {
  return { id, name, description: null, location, ...stamps };
}

export function baseActivity(id: string, name: string, extra: Partial<Activity> = {}): Activity {
  return {
    id,
    reference: null,
    name,
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
    purposes: [],
    dataCategories: [],
    dataSubjectIds: [],
    recipients: [],
    dataLinks: [],
    securityMeasureIds: [],
    systemIds: [],
    archivedAt: null,
    ...stamps,
    ...extra,
  };
}

export function baseTransfer(id: string, extra: Partial<Transfer> & Pick<Transfer, 'recipientId'>): Transfer {
  return {
    id,
    activityId: null,
    exporterRecipientId: null,
    country: 'US',
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
    ...stamps,
    ...extra,
  };
}

export function dpa(id: string, recipientId: string, title: string, extra: Partial<Dpa> = {}): Dpa {
  return {
    id,
    recipientId,
    title,
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
    ...stamps,
    ...extra,
  };
}

export function purpose(id: string, description: string, extra: Partial<Purpose> = {}): Purpose {
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
    ...extra,
  };
}

export function processing(id: string, controllerName: string, extra: Partial<ProcessorActivity>): ProcessorActivity {
  return {
    id,
    controllerName,
    controllerContact: null,
    controllerRepresentative: null,
    controllerDpo: null,
    categoriesOfProcessing: 'Ikke beskrevet',
    thirdCountries: [],
    transferSafeguards: null,
    securityDescription: null,
    status: 'active',
    notes: null,
    archivedAt: null,
    ...stamps,
    ...extra,
  };
}
