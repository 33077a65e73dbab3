import type { Activity, DataCategory, DataSubjectCategory, Recipient, SecurityMeasure } from '../../../shared/schemas/entities';
import type { RecipientRole } from '../../../shared/vocab';

/**
 * Entities created by a spreadsheet import, with every field the sheet cannot say left empty or at
 * its most neutral value, and a note saying where they came from so the DPO reviews them.
 */
const IMPORT_NOTE =
  'Oprettet ved import fra regneark (ICO-skabelon); kontrollér oplysningerne. / Created by a spreadsheet import; please review.';

export function newCategory(id: string, name: string, now: string): DataCategory {
  // The sheet does not say whether data is special-category; "ordinary" until the DPO says otherwise.
  return {
    id,
    name,
    description: null,
    sensitivity: 'ordinary',
    specialKind: null,
    retentionClass: 'other',
    createdAt: now,
    updatedAt: now,
  };
}

export function newSubject(id: string, name: string, now: string): DataSubjectCategory {
  return { id, name, description: null, kind: 'other', createdAt: now, updatedAt: now };
}

export function newMeasure(id: string, name: string, now: string): SecurityMeasure {
  return { id, name, description: null, kind: 'organisational', createdAt: now, updatedAt: now };
}

export function newRecipient(id: string, name: string, role: RecipientRole, now: string): Recipient {
  return {
    id,
    name,
    legalName: null,
    role,
    category: null,
    country: null,
    isInternationalOrganisation: false,
    sector: 'other',
    dpfListName: null,
    subjectToGdprArt3_2: false,
    parentId: null,
    tools: [],
    address: null,
    contactEmail: null,
    website: null,
    lastSupervisionOn: null,
    supervisionMethod: null,
    notes: IMPORT_NOTE,
    archivedAt: null,
    createdAt: now,
    updatedAt: now,
  };
}

export function newActivity(id: string, name: string, now: string): Activity {
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
    notes: IMPORT_NOTE,
    privacyNoticeText: null,
    purposes: [],
    dataCategories: [],
    dataSubjectIds: [],
    recipients: [],
    dataLinks: [],
    securityMeasureIds: [],
    systemIds: [],
    archivedAt: null,
    createdAt: now,
    updatedAt: now,
  };
}
