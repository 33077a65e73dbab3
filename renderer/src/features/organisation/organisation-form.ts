import type { z } from 'zod';
import { organisationFieldDefaults } from '../../../../electron/shared/schemas/blank-entities';
import { type Organisation, organisationSchema } from '../../../../electron/shared/schemas/entities';
import { entityFormValues } from '../../lib/entity-form';

/** The controller's fields as the contract defines them (organisation.save accepts these). */
export const organisationFormSchema = organisationSchema.omit({ id: true, createdAt: true, updatedAt: true });
export type OrganisationFormValues = z.input<typeof organisationFormSchema>;

const texts = [
  'registrationNumber',
  'address',
  'postcode',
  'city',
  'email',
  'phone',
  'website',
  'dpoName',
  'dpoEmail',
  'dpoPhone',
  'euRepresentativeName',
  'euRepresentativeContact',
  'privacyNoticeText',
] as const satisfies readonly (keyof Organisation)[];

/** Starting values: the saved controller, or a Danish private company with nothing filled in yet. */
export function organisationFormValues(org: Organisation | null): OrganisationFormValues {
  return entityFormValues(org ?? organisationFieldDefaults(), texts);
}
