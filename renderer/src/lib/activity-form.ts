import { z } from 'zod';
import type { InputOf } from '../../../electron/shared/contract';
import type { Activity, Purpose } from '../../../electron/shared/schemas/entities';
import { activityFieldsSchema, activityRelationsSchema } from '../../../electron/shared/schemas/entities';
import { dataLinkInput, purposeInput } from '../../../electron/shared/schemas/inputs';

/**
 * The part of an activity the edit form covers. It is the contract's own update schema cut to
 * these fields, so the form rejects exactly what main would reject.
 */
export const activityFormSchema = activityFieldsSchema
  .pick({
    name: true,
    reference: true,
    description: true,
    businessFunction: true,
    owner: true,
    status: true,
    lastReviewedOn: true,
    nextReviewOn: true,
    retentionSummary: true,
    securityDescription: true,
    legalBasisText: true,
    dpiaStatus: true,
    dpiaReference: true,
    notes: true,
  })
  .extend({
    purposes: z.array(purposeInput),
    dataSubjectIds: activityRelationsSchema.shape.dataSubjectIds,
    dataCategories: activityRelationsSchema.shape.dataCategories,
    recipients: activityRelationsSchema.shape.recipients,
    securityMeasureIds: activityRelationsSchema.shape.securityMeasureIds,
    systemIds: activityRelationsSchema.shape.systemIds,
    dataLinks: z.array(dataLinkInput),
  });

/** A purpose as the form holds it: text inputs need strings, and new rows need a key before they have an id. */
export type PurposeFormValue = Omit<Purpose, 'id' | 'nationalProvision' | 'legitimateInterest'> & {
  id?: string;
  key: string;
  nationalProvision: string;
  legitimateInterest: string;
};

/** Rows of the relation editors carry a key of their own, so React keeps each row's inputs when one is removed. */
type Keyed<T> = T & { key: string };
export type DataCategoryRow = Keyed<{ dataCategoryId: string; retentionMonths: number | null; retentionText: string }>;
export type RecipientRow = Keyed<{ recipientId: string; role: Activity['recipients'][number]['role']; purpose: string }>;
export type DataLinkRow = Keyed<{ id?: string; dataCategoryId: string; subjectCategoryId: string; recipientId: string | null }>;

export type ActivityFormValues = {
  name: string;
  reference: string;
  description: string;
  businessFunction: string;
  owner: string;
  status: Activity['status'];
  lastReviewedOn: string | null;
  nextReviewOn: string | null;
  retentionSummary: string;
  securityDescription: string;
  legalBasisText: string;
  dpiaStatus: Activity['dpiaStatus'];
  dpiaReference: string;
  notes: string;
  purposes: PurposeFormValue[];
  dataSubjectIds: string[];
  dataCategories: DataCategoryRow[];
  recipients: RecipientRow[];
  securityMeasureIds: string[];
  systemIds: string[];
  dataLinks: DataLinkRow[];
};

let nextKey = 0;
function newKey(): string {
  nextKey += 1;
  return `new-${nextKey}`;
}

export function emptyDataCategoryRow(): DataCategoryRow {
  return { key: newKey(), dataCategoryId: '', retentionMonths: null, retentionText: '' };
}

export function emptyRecipientRow(): RecipientRow {
  return { key: newKey(), recipientId: '', role: 'processor', purpose: '' };
}

export function emptyDataLinkRow(): DataLinkRow {
  return { key: newKey(), dataCategoryId: '', subjectCategoryId: '', recipientId: null };
}

export function emptyPurpose(): PurposeFormValue {
  return {
    key: newKey(),
    description: '',
    art6Basis: null,
    art9Condition: null,
    art10Ground: null,
    cprGround: null,
    nationalProvision: '',
    legitimateInterest: '',
    legitimateInterestAssessmentRef: null,
    consentRecordRef: null,
  };
}

export function toFormValues(a: Activity): ActivityFormValues {
  return {
    name: a.name,
    reference: a.reference ?? '',
    description: a.description ?? '',
    businessFunction: a.businessFunction ?? '',
    owner: a.owner ?? '',
    status: a.status,
    lastReviewedOn: a.lastReviewedOn,
    nextReviewOn: a.nextReviewOn,
    retentionSummary: a.retentionSummary ?? '',
    securityDescription: a.securityDescription ?? '',
    legalBasisText: a.legalBasisText ?? '',
    dpiaStatus: a.dpiaStatus,
    dpiaReference: a.dpiaReference ?? '',
    notes: a.notes ?? '',
    purposes: a.purposes.map((p) => ({
      ...p,
      key: p.id,
      nationalProvision: p.nationalProvision ?? '',
      legitimateInterest: p.legitimateInterest ?? '',
    })),
    dataSubjectIds: [...a.dataSubjectIds],
    dataCategories: a.dataCategories.map((c) => ({ ...c, key: newKey(), retentionText: c.retentionText ?? '' })),
    recipients: a.recipients.map((r) => ({ ...r, key: newKey(), purpose: r.purpose ?? '' })),
    securityMeasureIds: [...a.securityMeasureIds],
    systemIds: [...a.systemIds],
    dataLinks: a.dataLinks.map((l) => ({ ...l, key: l.id })),
  };
}

function unkeyed<T extends { key: string }>(rows: T[]): Omit<T, 'key'>[] {
  return rows.map(({ key: _key, ...row }) => row);
}

/**
 * The update sent to main: the fields and relations the form edits, based on
 * the version the form was opened on, so a newer change elsewhere is reported as a CONFLICT
 * instead of being overwritten. Empty text is sent as "" and stored as null by the schema.
 */
export function toUpdateInput(values: ActivityFormValues, base: Pick<Activity, 'id' | 'updatedAt'>): InputOf<'activities', 'update'> {
  const { purposes, dataCategories, recipients, dataLinks, ...fields } = values;
  return {
    id: base.id,
    expectedUpdatedAt: base.updatedAt,
    changes: {
      ...fields,
      purposes: unkeyed(purposes),
      dataCategories: unkeyed(dataCategories),
      recipients: unkeyed(recipients),
      dataLinks: unkeyed(dataLinks),
    },
  };
}
