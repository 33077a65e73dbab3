import { Button, Checkbox, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Dpa } from '../../../../electron/shared/schemas/entities';
import { art28Items } from '../../../../electron/shared/vocab';
import type { AppError } from '../../api/client';
import { DateField } from '../../components/DateField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useServerErrors } from '../../hooks/useServerErrors';
import { scrollToFirstError } from '../../lib/scroll-to-error';
import { localisedResolver } from '../../lib/validation-messages';
import { allRecipientsQuery } from '../recipients/queries';
import { type DpaFormValues, dpaFormSchema, dpaFormValues } from './dpa-form';
import { useCreateDpaMutation, useUpdateDpaMutation } from './mutations';

/** Creates or edits a data processing agreement (Art 28), with the Art 28(3) items it covers. */
export function DpaFormModal({ onClose, dpa, recipientId }: { onClose: () => void; dpa?: Dpa; recipientId?: string }) {
  const { t } = useTranslation();
  const create = useCreateDpaMutation();
  const update = useUpdateDpaMutation();
  const recipients = useQuery(allRecipientsQuery());
  const form = useForm<DpaFormValues>({ initialValues: dpaFormValues(dpa, recipientId), validate: localisedResolver(dpaFormSchema, t) });
  const failed = dpa ? update : create;
  const applyErrors = useServerErrors();
  const onError = (e: AppError) => applyErrors(form, e);

  const submit = form.onSubmit((values) => {
    if (dpa) update.mutate({ id: dpa.id, expectedUpdatedAt: dpa.updatedAt, changes: values }, { onSuccess: onClose, onError });
    else create.mutate(values, { onSuccess: onClose, onError });
  }, scrollToFirstError);

  return (
    <Modal opened onClose={onClose} size="xl" title={dpa ? t('dpas.editTitle') : t('dpas.new')}>
      <form onSubmit={submit} noValidate data-testid="dpa-form">
        <Stack>
          {failed.isError ? <ErrorAlert error={failed.error} /> : null}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('dpas.columns.recipient')}
              withAsterisk
              searchable
              data={(recipients.data?.items ?? []).map((r) => ({ value: r.id, label: r.name }))}
              comboboxProps={{ withinPortal: true }}
              {...form.getInputProps('recipientId')}
            />
            <TextInput label={t('dpas.columns.title')} withAsterisk {...form.getInputProps('title')} />
            <DateField label={t('dpas.columns.signedOn')} {...form.getInputProps('signedOn')} />
            <DateField label={t('dpas.columns.effectiveOn')} {...form.getInputProps('effectiveOn')} />
            <DateField label={t('dpas.columns.endOn')} {...form.getInputProps('endOn')} />
            <DateField label={t('dpas.columns.renewalOn')} {...form.getInputProps('renewalOn')} />
            <NumberInput
              label={t('dpas.columns.noticePeriodDays')}
              min={0}
              max={3650}
              allowDecimal={false}
              value={form.values.noticePeriodDays ?? ''}
              error={form.errors.noticePeriodDays}
              onChange={(v) => form.setFieldValue('noticePeriodDays', typeof v === 'number' ? v : null)}
            />
            <DateField label={t('dpas.columns.amendedOn')} {...form.getInputProps('amendedOn')} />
          </SimpleGrid>
          <Checkbox.Group label={t('dpas.columns.coverage')} {...form.getInputProps('art28Covered')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing={6}>
              {art28Items.map((item) => (
                <Checkbox key={item} value={item} label={t(`vocab.art28.${item}`)} size="sm" />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
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
