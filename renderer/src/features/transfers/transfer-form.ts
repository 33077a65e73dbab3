import type { z } from 'zod';
import { transferFieldDefaults } from '../../../../electron/shared/schemas/blank-entities';
import { type Transfer, transferSchema } from '../../../../electron/shared/schemas/entities';
import { editableKeys, entityFormValues } from '../../lib/entity-form';

/** The contract's transfer fields, so the form rejects what main rejects. */
export const transferFormSchema = transferSchema.omit({ id: true, createdAt: true, updatedAt: true });
export type TransferFormValues = z.input<typeof transferFormSchema>;
export const transferFormKeys = editableKeys(transferFormSchema);

export function transferFormValues(transfer?: Transfer): TransferFormValues {
  return entityFormValues(transferFormSchema, transfer ?? transferFieldDefaults());
}
