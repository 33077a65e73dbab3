import { Button, Group, Modal, SimpleGrid, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { type ProcessorActivity, processorActivitySchema } from '../../../../electron/shared/schemas/entities';
import { activityStatuses } from '../../../../electron/shared/vocab';
import type { AppError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { VocabSelect } from '../../components/VocabSelect';
import { useServerErrors } from '../../hooks/useServerErrors';
import { textFields } from '../../lib/entity-form';
import { scrollToFirstError } from '../../lib/scroll-to-error';
import { localisedResolver } from '../../lib/validation-messages';
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

function initial(item?: ProcessorActivity): Values {
  return {
    controllerName: item?.controllerName ?? '',
    categoriesOfProcessing: item?.categoriesOfProcessing ?? '',
    thirdCountries: item?.thirdCountries ?? [],
    status: item?.status ?? 'active',
    ...textFields((item ?? {}) as Partial<ProcessorActivity>, texts),
  };
}

/** One entry of the processor's record (Art 30(2)): the controller acted for, the processing, transfers, security. */
export function ProcessorActivityFormModal({ item, onClose }: { item?: ProcessorActivity; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useCreateProcessorActivityMutation();
  const update = useUpdateProcessorActivityMutation();
  const form = useForm<Values>({ initialValues: initial(item), validate: localisedResolver(schema, t) });
  const failed = item ? update : create;
  const applyErrors = useServerErrors();
  const onError = (e: AppError) => applyErrors(form, e);
  const submit = form.onSubmit((values) => {
    if (item) update.mutate({ id: item.id, expectedUpdatedAt: item.updatedAt, changes: values }, { onSuccess: onClose, onError });
    else create.mutate(values, { onSuccess: onClose, onError });
  }, scrollToFirstError);

  return (
    <Modal opened onClose={onClose} size="xl" title={item ? t('processor.editTitle') : t('processor.new')}>
      <form onSubmit={submit} noValidate data-testid="processor-form">
        <Stack>
          {failed.isError ? <ErrorAlert error={failed.error} /> : null}
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
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending || update.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
