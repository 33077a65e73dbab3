import type { z } from 'zod';
import { type Transfer, transferSchema } from '../../../../electron/shared/schemas/entities';
import { textFields, withoutServerFields } from '../../lib/entity-form';

/** The contract's transfer fields, so the form rejects what main rejects. */
export const transferFormSchema = transferSchema.omit({ id: true, createdAt: true, updatedAt: true });
export type TransferFormValues = z.input<typeof transferFormSchema>;

const texts = ['art49Assessment', 'bcrApprovingAuthority', 'safeguardsText', 'notes'] as const satisfies readonly (keyof Transfer)[];

export function transferFormValues(transfer?: Transfer): TransferFormValues {
  if (transfer) return { ...withoutServerFields(transfer), ...textFields(transfer, texts) };
  return {
    activityId: null,
    recipientId: '',
    exporterRecipientId: null,
    country: null,
    mechanism: null,
    sccModule: null,
    exporterRole: 'controller',
    importerRole: 'processor',
    signedOn: null,
    startOn: null,
    endOn: null,
    tiaOn: null,
    tiaNextReviewOn: null,
    hrData: false,
    frequency: null,
    processingChangedOn: null,
    art49SaInformedOn: null,
    bcrApprovedOn: null,
    ...textFields({} as Partial<Transfer>, texts),
  };
}
