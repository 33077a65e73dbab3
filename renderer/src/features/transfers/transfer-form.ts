import type { z } from 'zod';
import { transferFieldDefaults } from '../../../../electron/shared/schemas/blank-entities';
import { type Transfer, transferSchema } from '../../../../electron/shared/schemas/entities';
import { entityFormValues } from '../../lib/entity-form';

/** The contract's transfer fields, so the form rejects what main rejects. */
export const transferFormSchema = transferSchema.omit({ id: true, createdAt: true, updatedAt: true });
export type TransferFormValues = z.input<typeof transferFormSchema>;

const texts = ['art49Assessment', 'bcrApprovingAuthority', 'safeguardsText', 'notes'] as const satisfies readonly (keyof Transfer)[];

export function transferFormValues(transfer?: Transfer): TransferFormValues {
  return entityFormValues(transfer ?? transferFieldDefaults(), texts);
}
