import { SimpleGrid, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { processorActivityFieldDefaults } from '../../../../electron/shared/schemas/blank-entities';
import { type ProcessorActivity, processorActivitySchema } from '../../../../electron/shared/schemas/entities';
import { activityStatuses } from '../../../../electron/shared/vocab';
import { FormModal } from '../../components/FormModal';
import { VocabSelect } from '../../components/VocabSelect';
import { useEntityFormSave } from '../../hooks/useEntityFormSave';
import { entityFormValues } from '../../lib/entity-form';
import { useCreateProcessorActivityMutation, useUpdateProcessorActivityMutation } from './mutations';

const schema = processorActivitySchema.omit({ id: true, createdAt: true, updatedAt: true, archivedAt: true });
type Values = z.input<typeof schema>;
const texts = [
  'controllerContact',
  'controllerRepresentative',
  'controllerDpo',
  'transferSafeguards',
  'securityDescription',
  'notes',
] as const;

/** One entry of the processor's record (Art 30(2)): the controller acted for, the processing, transfers, security. */
export function ProcessorActivityFormModal({ item, onClose }: { item?: ProcessorActivity; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useCreateProcessorActivityMutation();
  const update = useUpdateProcessorActivityMutation();
  const form = useForm<Values>({
    initialValues: entityFormValues(item ?? processorActivityFieldDefaults(), texts),
    validate: zod4Resolver(schema),
  });
  const save = useEntityFormSave(form, item, create, update, onClose);

  return (
    <FormModal onClose={onClose} title={item ? t('processor.editTitle') : t('processor.new')} testId="processor-form" save={save}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('processor.fields.controllerName')} withAsterisk data-autofocus {...form.getInputProps('controllerName')} />
        <VocabSelect
          label={t('common.status')}
          group="activityStatus"
          values={activityStatuses}
          allowDeselect={false}
          {...form.getInputProps('status')}
        />
      </SimpleGrid>
      <Textarea label={t('processor.fields.controllerContact')} autosize minRows={2} {...form.getInputProps('controllerContact')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Textarea label={t('processor.fields.controllerRepresentative')} autosize {...form.getInputProps('controllerRepresentative')} />
        <Textarea label={t('processor.fields.controllerDpo')} autosize {...form.getInputProps('controllerDpo')} />
      </SimpleGrid>
      <Textarea
        label={t('processor.fields.categoriesOfProcessing')}
        withAsterisk
        autosize
        minRows={2}
        {...form.getInputProps('categoriesOfProcessing')}
      />
      <TagsInput
        label={t('processor.fields.thirdCountries')}
        description={t('recipients.fields.countryHint')}
        {...form.getInputProps('thirdCountries')}
        onChange={(v) =>
          form.setFieldValue(
            'thirdCountries',
            v.map((c) => c.trim().toUpperCase()),
          )
        }
      />
      <Textarea label={t('processor.fields.transferSafeguards')} autosize minRows={2} {...form.getInputProps('transferSafeguards')} />
      <Textarea label={t('processor.fields.securityDescription')} autosize minRows={2} {...form.getInputProps('securityDescription')} />
      <Textarea label={t('common.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
    </FormModal>
  );
}
