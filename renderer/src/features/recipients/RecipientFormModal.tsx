import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Recipient } from '../../../../electron/shared/schemas/entities';
import { EntityFields } from '../../components/EntityFields';
import { FormModal } from '../../components/FormModal';
import { useEntityFormSave } from '../../hooks/useEntityFormSave';
import { useCreateRecipientMutation, useUpdateRecipientMutation } from './mutations';
import { allRecipientsQuery } from './queries';
import { type RecipientFormValues, recipientFormKeys, recipientFormSchema, recipientFormValues } from './recipient-form';

/** Creates a recipient, or edits one (based on the version shown, so a newer change is reported, not overwritten). */
export function RecipientFormModal({ opened, onClose, recipient }: { opened: boolean; onClose: () => void; recipient?: Recipient }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateRecipientMutation();
  const update = useUpdateRecipientMutation();
  const others = useQuery(allRecipientsQuery());
  const form = useForm<RecipientFormValues>({
    initialValues: recipientFormValues(recipient),
    validate: zod4Resolver(recipientFormSchema),
  });
  const save = useEntityFormSave(form, recipient, create, update, (saved) => {
    onClose();
    // A new recipient opens on its own page.
    if (!recipient) navigate(`/recipients/${saved.id}`);
  });

  // A recipient cannot be its own main supplier.
  const parentOptions = (others.data?.items ?? []).filter((r) => r.id !== recipient?.id).map((r) => ({ value: r.id, label: r.name }));

  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={recipient ? t('recipients.editTitle') : t('recipients.new')}
      testId="recipient-form"
      save={save}
      saveTestId="recipient-save"
    >
      <EntityFields form={form as never} schema={recipientFormSchema} keys={recipientFormKeys} references={{ recipient: parentOptions }} />
    </FormModal>
  );
}
