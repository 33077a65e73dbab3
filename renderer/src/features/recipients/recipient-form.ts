import type { z } from 'zod';
import { recipientFieldDefaults } from '../../../../electron/shared/schemas/blank-entities';
import { type Recipient, recipientSchema } from '../../../../electron/shared/schemas/entities';
import { entityFormValues } from '../../lib/entity-form';

/** The contract's recipient fields (what create and update accept), so the form rejects what main rejects. */
export const recipientFormSchema = recipientSchema.omit({ id: true, createdAt: true, updatedAt: true, archivedAt: true });
export type RecipientFormValues = z.input<typeof recipientFormSchema>;

const texts = [
  'legalName',
  'category',
  'dpfListName',
  'address',
  'contactEmail',
  'website',
  'supervisionMethod',
  'notes',
] as const satisfies readonly (keyof Recipient)[];

export function recipientFormValues(recipient?: Recipient): RecipientFormValues {
  return entityFormValues(recipient ?? recipientFieldDefaults(), texts);
}
