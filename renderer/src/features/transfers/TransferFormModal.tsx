import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useTranslation } from 'react-i18next';
import type { Transfer } from '../../../../electron/shared/schemas/entities';
import { EntityFields } from '../../components/EntityFields';
import { FormModal } from '../../components/FormModal';
import { useEntityFormSave } from '../../hooks/useEntityFormSave';
import { activityNamesQuery } from '../activities/queries';
import { allRecipientsQuery } from '../recipients/queries';
import { useCreateTransferMutation, useUpdateTransferMutation } from './mutations';
import { type TransferFormValues, transferFormKeys, transferFormSchema, transferFormValues } from './transfer-form';

/** Records a transfer to a third country: who, where, on which Chapter V tool, and its dates and documentation. */
export function TransferFormModal({ onClose, transfer }: { onClose: () => void; transfer?: Transfer }) {
  const { t } = useTranslation();
  const create = useCreateTransferMutation();
  const update = useUpdateTransferMutation();
  const recipients = useQuery(allRecipientsQuery());
  const activities = useQuery(activityNamesQuery());
  const form = useForm<TransferFormValues>({
    initialValues: transferFormValues(transfer),
    validate: zod4Resolver(transferFormSchema),
  });
  const save = useEntityFormSave(form, transfer, create, update, onClose);
  const references = {
    recipient: (recipients.data?.items ?? []).map((r) => ({ value: r.id, label: r.name })),
    activity: (activities.data?.items ?? []).map((a) => ({ value: a.id, label: a.name })),
  };

  return (
    <FormModal onClose={onClose} title={transfer ? t('transfers.editTitle') : t('transfers.new')} testId="transfer-form" save={save}>
      <EntityFields form={form as never} schema={transferFormSchema} keys={transferFormKeys} references={references} />
    </FormModal>
  );
}
