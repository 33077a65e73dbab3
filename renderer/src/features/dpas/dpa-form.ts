import type { z } from 'zod';
import { dpaFieldDefaults } from '../../../../electron/shared/schemas/blank-entities';
import { type Dpa, dpaSchema } from '../../../../electron/shared/schemas/entities';

/** The DPA fields this form edits (the stored document itself is kept as it is). */
export const dpaFormSchema = dpaSchema.pick({
  recipientId: true,
  title: true,
  signedOn: true,
  effectiveOn: true,
  endOn: true,
  renewalOn: true,
  noticePeriodDays: true,
  amendedOn: true,
  art28Covered: true,
  notes: true,
});
export type DpaFormValues = z.input<typeof dpaFormSchema>;

export function dpaFormValues(dpa: Dpa | undefined, recipientId: string | undefined): DpaFormValues {
  const d = dpa ?? { ...dpaFieldDefaults(), recipientId: recipientId ?? '' };
  return {
    recipientId: d.recipientId,
    title: d.title,
    signedOn: d.signedOn,
    effectiveOn: d.effectiveOn,
    endOn: d.endOn,
    renewalOn: d.renewalOn,
    noticePeriodDays: d.noticePeriodDays,
    amendedOn: d.amendedOn,
    art28Covered: d.art28Covered,
    notes: d.notes ?? '',
  };
}
