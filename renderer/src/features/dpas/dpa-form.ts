import type { z } from 'zod';
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
  return {
    recipientId: dpa?.recipientId ?? recipientId ?? '',
    title: dpa?.title ?? '',
    signedOn: dpa?.signedOn ?? null,
    effectiveOn: dpa?.effectiveOn ?? null,
    endOn: dpa?.endOn ?? null,
    renewalOn: dpa?.renewalOn ?? null,
    noticePeriodDays: dpa?.noticePeriodDays ?? null,
    amendedOn: dpa?.amendedOn ?? null,
    art28Covered: dpa?.art28Covered ?? [],
    notes: dpa?.notes ?? '',
  };
}
