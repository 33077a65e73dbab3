import { createHash } from 'node:crypto';
import {
  dataCategoryFieldDefaults,
  dataSubjectCategoryFieldDefaults,
  dpaFieldDefaults,
  processorActivityFieldDefaults,
  recipientFieldDefaults,
  securityMeasureFieldDefaults,
  systemFieldDefaults,
  transferFieldDefaults,
} from '../../electron/shared/schemas/blank-entities';
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
  defaults: dataCategoryFieldDefaults,
});

export const dataSubjectCategoryStore = entityStore<DataSubjectCategory>('data-subject category', dataSubjectCategories, {
  defaults: dataSubjectCategoryFieldDefaults,
});

export const securityMeasureStore = entityStore<SecurityMeasure>('security measure', securityMeasures, {
  defaults: securityMeasureFieldDefaults,
});

export const systemStore = entityStore<System>('system', systems, {
  defaults: systemFieldDefaults,
});

export const recipientStore = entityStore<Recipient>('recipient', recipients, {
  defaults: recipientFieldDefaults,
});

const sha256 = (base64: string | null) => (base64 === null ? null : createHash('sha256').update(base64, 'base64').digest('hex'));

/**
 * A DPA as its audit row records it: the signed document (up to megabytes) only in the row of the
 * change that stored it, elsewhere by its SHA-256 — so an edit of the dates does not write the
 * document into the log twice, yet the log still shows which document was in force.
 */
function auditedDpa(before: Dpa | null, after: Dpa | null) {
  const slim = (d: Dpa | null) => {
    if (!d) return null;
    const { documentBase64, ...rest } = d;
    return { ...rest, documentSha256: sha256(documentBase64) };
  };
  const changed = after !== null && after.documentBase64 !== null && after.documentBase64 !== (before?.documentBase64 ?? null);
  return { before: slim(before), after: after && changed ? { ...slim(after), documentBase64: after.documentBase64 } : slim(after) };
}

/** DPAs keep the agreement file as a blob; the exchange format carries it as base64. */
export const dpaStore = entityStore<Dpa>('DPA', dpas, {
  defaults: dpaFieldDefaults,
  audited: auditedDpa,
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
  defaults: transferFieldDefaults,
});

export const processorActivityStore = entityStore<ProcessorActivity>('processor-record entry', processorActivities, {
  defaults: processorActivityFieldDefaults,
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
