import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useTranslation } from 'react-i18next';
import type { Dpa } from '../../../../electron/shared/schemas/entities';
import { EntityFields } from '../../components/EntityFields';
import { FormModal } from '../../components/FormModal';
import { useEntityFormSave } from '../../hooks/useEntityFormSave';
import { allRecipientsQuery } from '../recipients/queries';
import { type DpaFormValues, dpaFormKeys, dpaFormSchema, dpaFormValues } from './dpa-form';
import { useCreateDpaMutation, useUpdateDpaMutation } from './mutations';

/** Creates or edits a data processing agreement (Art 28), with the Art 28(3) items it covers and the agreement itself. */
export function DpaFormModal({ onClose, dpa, recipientId }: { onClose: () => void; dpa?: Dpa; recipientId?: string }) {
  const { t } = useTranslation();
  const create = useCreateDpaMutation();
  const update = useUpdateDpaMutation();
  const recipients = useQuery(allRecipientsQuery());
  const form = useForm<DpaFormValues>({ initialValues: dpaFormValues(dpa, recipientId), validate: zod4Resolver(dpaFormSchema) });
  const save = useEntityFormSave(form, dpa, create, update, onClose);
  const options = (recipients.data?.items ?? []).map((r) => ({ value: r.id, label: r.name }));

  return (
    <FormModal onClose={onClose} title={dpa ? t('dpas.editTitle') : t('dpas.new')} testId="dpa-form" save={save}>
      <EntityFields
        form={form as never}
        schema={dpaFormSchema}
        keys={dpaFormKeys}
        references={{ recipient: options }}
        labels={{ recipientId: t('dpas.columns.recipient') }}
      />
    </FormModal>
  );
}
