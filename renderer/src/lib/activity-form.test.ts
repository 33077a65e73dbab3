import { describe, expect, it } from 'vitest';
import type { Activity } from '../../../electron/shared/schemas/entities';
import { activityUpdateInput } from '../../../electron/shared/schemas/inputs';
import { activityFormSchema, emptyDataCategoryRow, emptyPurpose, toFormValues, toUpdateInput } from './activity-form';

const activity: Activity = {
  id: 'act-1',
  reference: null,
  name: 'Kursusadministration',
  description: null,
  businessFunction: 'Kurser',
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
  lastReviewedOn: '2019-05-01',
  nextReviewOn: null,
  legalBasisText: null,
  notes: null,
  privacyNoticeText: null,
  purposes: [
    {
      id: 'p1',
      description: 'Afvikling af kurser',
      art6Basis: 'b',
      art9Condition: null,
      art10Ground: null,
      cprGround: null,
      nationalProvision: null,
      legitimateInterest: null,
      legitimateInterestAssessmentRef: 'LIA-1',
      consentRecordRef: null,
    },
  ],
  dataCategories: [],
  dataSubjectIds: [],
  recipients: [],
  dataLinks: [],
  securityMeasureIds: [],
  systemIds: [],
  archivedAt: null,
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-02T00:00:00.000Z',
};

describe('activity form', () => {
  it('round-trips an activity into an update the contract accepts', () => {
    const values = toFormValues(activity);
    values.owner = 'Mette Jensen';
    values.purposes.push({ ...emptyPurpose(), description: 'Nyhedsbrev', art6Basis: 'a' });
    const input = toUpdateInput(values, activity);
    const parsed = activityUpdateInput.parse(input);
    expect(parsed.expectedUpdatedAt).toBe(activity.updatedAt);
    expect(parsed.changes.owner).toBe('Mette Jensen');
    expect(parsed.changes.reference).toBeNull();
    expect(parsed.changes.purposes?.[0]).toMatchObject({ id: 'p1', legitimateInterestAssessmentRef: 'LIA-1', nationalProvision: null });
    expect(parsed.changes.purposes?.[1]).toMatchObject({ description: 'Nyhedsbrev', art6Basis: 'a' });
    expect(parsed.changes.purposes?.[1]).not.toHaveProperty('key');
    // Every field of an activity is edited in the form, so every one is sent (empty text as null).
    expect(parsed.changes).toHaveProperty('privacyNoticeText', null);
    expect(parsed.changes).toHaveProperty('art30_5Exempt', false);
    expect(parsed.changes.dataLinks).toEqual([]);
  });

  it('sends relation rows without their form keys', () => {
    const values = toFormValues({
      ...activity,
      dataCategories: [{ dataCategoryId: 'dc-1', retentionMonths: 60, retentionText: null }],
      recipients: [{ recipientId: 'r-1', role: 'processor', purpose: null }],
      dataLinks: [{ id: 'l-1', dataCategoryId: 'dc-1', subjectCategoryId: 's-1', recipientId: 'r-1' }],
    });
    const parsed = activityUpdateInput.parse(toUpdateInput(values, activity));
    expect(parsed.changes.dataCategories).toEqual([{ dataCategoryId: 'dc-1', retentionMonths: 60, retentionText: null }]);
    expect(parsed.changes.recipients).toEqual([{ recipientId: 'r-1', role: 'processor', purpose: null }]);
    expect(parsed.changes.dataLinks).toEqual([{ id: 'l-1', dataCategoryId: 'dc-1', subjectCategoryId: 's-1', recipientId: 'r-1' }]);
  });

  it('rejects a relation row with nothing chosen', () => {
    const values = toFormValues(activity);
    values.dataCategories.push(emptyDataCategoryRow());
    const result = activityFormSchema.safeParse(values);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain('dataCategories.0.dataCategoryId');
  });

  it('rejects an empty name and an empty purpose, with paths the form can show', () => {
    const values = toFormValues(activity);
    values.name = '  ';
    values.purposes[0]!.description = '';
    const result = activityFormSchema.safeParse(values);
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((i) => i.path.join('.'));
    expect(paths).toContain('name');
    expect(paths).toContain('purposes.0.description');
  });
});
