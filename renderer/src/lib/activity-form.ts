import { z } from 'zod';
import type { InputOf } from '../../../electron/shared/contract';
import { blankPurpose } from '../../../electron/shared/schemas/blank-entities';
import type { Activity, Purpose } from '../../../electron/shared/schemas/entities';
import { activityFieldsSchema, activityRelationsSchema, purposeSchema } from '../../../electron/shared/schemas/entities';
import { dataLinkInput, purposeInput } from '../../../electron/shared/schemas/inputs';
import { editableKeys, entityFormValues } from './entity-form';

/**
 * What the activity edit form covers: every field of an activity and every relation — the contract's
 * own update schema, so the form rejects exactly what main would reject.
 */
export const activityFormSchema = activityFieldsSchema.extend({
  purposes: z.array(purposeInput),
  dataSubjectIds: activityRelationsSchema.shape.dataSubjectIds,
  dataCategories: activityRelationsSchema.shape.dataCategories,
  recipients: activityRelationsSchema.shape.recipients,
  securityMeasureIds: activityRelationsSchema.shape.securityMeasureIds,
  systemIds: activityRelationsSchema.shape.systemIds,
  dataLinks: z.array(dataLinkInput),
});

/** Where each of an activity's own fields sits in the edit form (in Art 30(1) order); "further" takes every field not placed before it. */
const placed = {
  main: [
    'name',
    'reference',
    'status',
    'businessFunction',
    'owner',
    'lastReviewedOn',
    'nextReviewOn',
    'dpiaStatus',
    'dpiaReference',
    'description',
  ],
  b: ['legalBasisText'],
  f: ['retentionSummary'],
  g: ['securityDescription'],
};
export const activityFormSections = {
  ...placed,
  further: editableKeys(activityFieldsSchema, Object.values(placed).flat()),
};
/** The purpose fields the purpose editor lays out by kind (the description has its own, numbered, input). */
export const purposeFormKeys = editableKeys(purposeSchema, ['id', 'description']);

/** A purpose as the form holds it: optional texts as '', and new rows need a key before they have an id. */
export type PurposeFormValue = Omit<Purpose, 'id'> & { id?: string; key: string };

/** Rows of the relation editors carry a key of their own, so React keeps each row's inputs when one is removed. */
type Keyed<T> = T & { key: string };
export type DataCategoryRow = Keyed<{ dataCategoryId: string; retentionMonths: number | null; retentionText: string }>;
export type RecipientRow = Keyed<{ recipientId: string; role: Activity['recipients'][number]['role']; purpose: string }>;
export type DataLinkRow = Keyed<{ id?: string; dataCategoryId: string; subjectCategoryId: string; recipientId: string | null }>;

type OwnFields = Omit<Activity, 'id' | 'createdAt' | 'updatedAt' | 'archivedAt' | keyof z.infer<typeof activityRelationsSchema>>;
export type ActivityFormValues = OwnFields & {
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
  const { id: _id, ...blank } = entityFormValues<Purpose>(purposeSchema, blankPurpose('', ''));
  return { ...blank, key: newKey() };
}

export function toFormValues(a: Activity): ActivityFormValues {
  return {
    ...entityFormValues<OwnFields>(activityFieldsSchema, a),
    purposes: a.purposes.map((p) => ({ ...entityFormValues<Purpose>(purposeSchema, p), id: p.id, key: p.id })),
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
 * The update sent to main: every field and relation, based on the version the form was opened on,
 * so a newer change elsewhere is reported as a CONFLICT instead of being overwritten. Empty text is
 * sent as "" and stored as null by the schema.
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
