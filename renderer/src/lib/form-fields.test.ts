import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import * as inputs from '../../../electron/shared/schemas/inputs';
import { catalogueForms } from '../features/catalogues/catalogue-forms';
import { dpaFormKeys, dpaFormSchema } from '../features/dpas/dpa-form';
import { organisationFormSchema, organisationFormSections } from '../features/organisation/organisation-form';
import { processorActivityFormSchema } from '../features/processor/ProcessorActivityFormModal';
import { recipientFormKeys, recipientFormSchema } from '../features/recipients/recipient-form';
import { transferFormKeys, transferFormSchema } from '../features/transfers/transfer-form';
import { activityFormSchema, activityFormSections, purposeFormKeys } from './activity-form';
import { editableKeys, kindsOf } from './entity-form';

/** The fields an update of the contract accepts (what the DPO can change), without the id and version. */
function updatable(input: z.ZodObject<z.ZodRawShape>): string[] {
  const changes = input.shape.changes as unknown as z.ZodObject<z.ZodRawShape>;
  return Object.keys(changes.shape).sort();
}

/** Relations of an activity that have an editor of their own rather than an input per field. */
const activityRelationEditors = [
  'purposes',
  'dataSubjectIds',
  'dataCategories',
  'recipients',
  'dataLinks',
  'securityMeasureIds',
  'systemIds',
];

describe('every field the contract accepts has an input in the app', () => {
  it.each([
    ['recipient', recipientFormKeys, inputs.recipientUpdateInput],
    ['DPA', dpaFormKeys, inputs.dpaUpdateInput],
    ['transfer', transferFormKeys, inputs.transferUpdateInput],
    ['processor record entry', editableKeys(processorActivityFormSchema), inputs.processorActivityUpdateInput],
    ['data category', catalogueForms.dataCategories.keys, inputs.dataCategoryInputs.update],
    ['data-subject category', catalogueForms.dataSubjectCategories.keys, inputs.dataSubjectCategoryInputs.update],
    ['security measure', catalogueForms.securityMeasures.keys, inputs.securityMeasureInputs.update],
    ['system', catalogueForms.systems.keys, inputs.systemInputs.update],
  ] as const)('%s form', (_name, keys, update) => {
    expect([...keys].sort()).toEqual(updatable(update as unknown as z.ZodObject<z.ZodRawShape>));
  });

  it('organisation form: its sections hold every field, each once', () => {
    const keys = organisationFormSections.flatMap((s) => s.keys);
    expect(new Set(keys).size).toBe(keys.length);
    expect([...keys].sort()).toEqual(Object.keys(inputs.organisationInput.shape).sort());
  });

  it('activity form: its sections and relation editors hold every field, each once; a purpose every field of a purpose', () => {
    const keys = [...Object.values(activityFormSections).flat(), ...activityRelationEditors];
    expect(new Set(keys).size).toBe(keys.length);
    expect([...keys].sort()).toEqual(updatable(inputs.activityUpdateInput));
    // The ten fields that had no input before (among them the joint-controller arrangement and the privacy notice) sit in "further".
    expect(activityFormSections.further).toEqual(
      expect.arrayContaining([
        'jointControllerArrangement',
        'privacyNoticeText',
        'art30_5Exempt',
        'occasional',
        'likelyRisk',
        'dataSources',
      ]),
    );
    expect(['description', ...purposeFormKeys].sort()).toEqual(
      Object.keys(inputs.purposeInput.shape)
        .filter((k) => k !== 'id')
        .sort(),
    );
  });

  it('can offer an input for every field of every form (each field has a kind)', () => {
    for (const schema of [recipientFormSchema, dpaFormSchema, transferFormSchema, processorActivityFormSchema, organisationFormSchema]) {
      expect(() => kindsOf(schema as unknown as z.ZodObject<z.ZodRawShape>)).not.toThrow();
    }
    expect(() => kindsOf(activityFormSchema, ['purposes', 'dataCategories', 'recipients', 'dataLinks'])).not.toThrow();
    for (const form of Object.values(catalogueForms)) expect(() => kindsOf(form.schema)).not.toThrow();
  });
});
