import type { z } from 'zod';
import { organisationFieldDefaults } from '../../../../electron/shared/schemas/blank-entities';
import { type Organisation, organisationSchema } from '../../../../electron/shared/schemas/entities';
import { editableKeys, entityFormValues } from '../../lib/entity-form';

/** The controller's fields as the contract defines them (organisation.save accepts these). */
export const organisationFormSchema = organisationSchema.omit({ id: true, createdAt: true, updatedAt: true });
export type OrganisationFormValues = z.input<typeof organisationFormSchema>;

const dpo = ['dpoAppointed', 'dpoName', 'dpoEmail', 'dpoPhone', 'euRepresentativeName', 'euRepresentativeContact'];
const privacy = ['privacyNoticeUpdatedOn', 'privacyNoticeText'];

/** The form's sections; the controller's holds every field the other two do not, so a new field always has a place. */
export const organisationFormSections = [
  { title: 'organisation.sections.controller', keys: editableKeys(organisationFormSchema, [...dpo, ...privacy]) },
  { title: 'organisation.sections.dpo', keys: dpo },
  { title: 'organisation.sections.privacy', keys: privacy },
] as const;

/** Starting values: the saved controller, or a Danish private company with nothing filled in yet. */
export function organisationFormValues(org: Organisation | null): OrganisationFormValues {
  return entityFormValues(organisationFormSchema, org ?? organisationFieldDefaults());
}
