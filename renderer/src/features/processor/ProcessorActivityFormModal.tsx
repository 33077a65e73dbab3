import { useForm } from '@mantine/form';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { processorActivityFieldDefaults } from '../../../../electron/shared/schemas/blank-entities';
import { type ProcessorActivity, processorActivitySchema } from '../../../../electron/shared/schemas/entities';
import { EntityFields } from '../../components/EntityFields';
import { FormModal } from '../../components/FormModal';
import { useEntityFormSave } from '../../hooks/useEntityFormSave';
import { editableKeys, entityFormValues } from '../../lib/entity-form';
import { useCreateProcessorActivityMutation, useUpdateProcessorActivityMutation } from './mutations';

export const processorActivityFormSchema = processorActivitySchema.omit({ id: true, createdAt: true, updatedAt: true, archivedAt: true });
type Values = z.input<typeof processorActivityFormSchema>;
const keys = editableKeys(processorActivityFormSchema);

/** One entry of the processor's record (Art 30(2)): the controller acted for, the processing, transfers, security. */
export function ProcessorActivityFormModal({ item, onClose }: { item?: ProcessorActivity; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useCreateProcessorActivityMutation();
  const update = useUpdateProcessorActivityMutation();
  const form = useForm<Values>({
    initialValues: entityFormValues(processorActivityFormSchema, item ?? processorActivityFieldDefaults()),
    validate: zod4Resolver(processorActivityFormSchema),
  });
  const save = useEntityFormSave(form, item, create, update, onClose);

  return (
    <FormModal onClose={onClose} title={item ? t('processor.editTitle') : t('processor.new')} testId="processor-form" save={save}>
      <EntityFields form={form as never} schema={processorActivityFormSchema} keys={keys} />
    </FormModal>
  );
}
