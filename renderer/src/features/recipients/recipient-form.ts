import type { z } from 'zod';
import { recipientFieldDefaults } from '../../../../electron/shared/schemas/blank-entities';
import { type Recipient, recipientSchema } from '../../../../electron/shared/schemas/entities';
import { editableKeys, entityFormValues } from '../../lib/entity-form';

/** The contract's recipient fields (what create and update accept), so the form rejects what main rejects. */
export const recipientFormSchema = recipientSchema.omit({ id: true, createdAt: true, updatedAt: true, archivedAt: true });
export type RecipientFormValues = z.input<typeof recipientFormSchema>;
/** Every field the form shows: all of them. */
export const recipientFormKeys = editableKeys(recipientFormSchema);

export function recipientFormValues(recipient?: Recipient): RecipientFormValues {
  return entityFormValues(recipientFormSchema, recipient ?? recipientFieldDefaults());
}
