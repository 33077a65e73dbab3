import type {
  DataCategory,
  DataSubjectCategory,
  Dpa,
  FindingAcknowledgement,
  ProcessorActivity,
  Recipient,
  SecurityMeasure,
  System,
  Transfer,
} from '../../electron/shared/schemas/entities';
import {
  dataCategories,
  dataSubjectCategories,
  dpas,
  findingAcknowledgements,
  processorActivities,
  recipients,
  securityMeasures,
  systems,
  transfers,
} from '../schema';
import { entityStore } from './entity-store';

export const dataCategoryStore = entityStore<DataCategory>('data category', dataCategories, {
  defaults: () => ({ name: '', description: null, sensitivity: 'ordinary', specialKind: null, retentionClass: 'other' }),
});

export const dataSubjectCategoryStore = entityStore<DataSubjectCategory>('data-subject category', dataSubjectCategories, {
  defaults: () => ({ name: '', description: null, kind: 'other' }),
});

export const securityMeasureStore = entityStore<SecurityMeasure>('security measure', securityMeasures, {
  defaults: () => ({ name: '', description: null, kind: 'technical' }),
});

export const systemStore = entityStore<System>('system', systems, {
  defaults: () => ({ name: '', description: null, location: null }),
});

export const recipientStore = entityStore<Recipient>('recipient', recipients, {
  defaults: () => ({
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
  }),
});

/** DPAs keep the agreement file as a blob; the exchange format carries it as base64. */
export const dpaStore = entityStore<Dpa>('DPA', dpas, {
  defaults: () => ({
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
  }),
  toEntity: (row) => {
    const { document, ...rest } = row as Record<string, unknown> & { document: Buffer | null };
    return { ...(rest as Omit<Dpa, 'documentBase64'>), documentBase64: document ? Buffer.from(document).toString('base64') : null };
  },
  toRow: (dpa) => {
    const { documentBase64, ...rest } = dpa;
    return { ...rest, document: documentBase64 ? Buffer.from(documentBase64, 'base64') : null };
  },
});

export const transferStore = entityStore<Transfer>('transfer', transfers, {
  defaults: () => ({
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
  }),
});

export const processorActivityStore = entityStore<ProcessorActivity>('processor-record entry', processorActivities, {
  defaults: () => ({
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
  }),
});

export const acknowledgementStore = entityStore<FindingAcknowledgement>('acknowledgement', findingAcknowledgements, {
  defaults: () => ({
    ruleId: '',
    entityType: '',
    entityId: '',
    justification: '',
    acknowledgedBy: null,
    acknowledgedOn: '',
    until: '',
    entityFingerprint: '',
  }),
});
