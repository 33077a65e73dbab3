import type { z } from 'zod';
import { dpaFieldDefaults } from '../../../../electron/shared/schemas/blank-entities';
import { type Dpa, dpaSchema } from '../../../../electron/shared/schemas/entities';
import { editableKeys, entityFormValues } from '../../lib/entity-form';

/** Every field of a DPA the contract accepts: dates, Art 28(3) coverage, the agreement's text and the signed document itself. */
export const dpaFormSchema = dpaSchema.omit({ id: true, createdAt: true, updatedAt: true });
export type DpaFormValues = z.input<typeof dpaFormSchema>;
export const dpaFormKeys = editableKeys(dpaFormSchema);

export function dpaFormValues(dpa: Dpa | undefined, recipientId: string | undefined): DpaFormValues {
  return entityFormValues(dpaFormSchema, dpa ?? { ...dpaFieldDefaults(), recipientId: recipientId ?? '' });
}
