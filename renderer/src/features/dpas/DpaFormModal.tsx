import { Checkbox, NumberInput, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useTranslation } from 'react-i18next';
import type { Dpa } from '../../../../electron/shared/schemas/entities';
import { art28Items } from '../../../../electron/shared/vocab';
import { DateField } from '../../components/DateField';
import { FormModal } from '../../components/FormModal';
import { useEntityFormSave } from '../../hooks/useEntityFormSave';
import { allRecipientsQuery } from '../recipients/queries';
import { type DpaFormValues, dpaFormSchema, dpaFormValues } from './dpa-form';
import { useCreateDpaMutation, useUpdateDpaMutation } from './mutations';

/** Creates or edits a data processing agreement (Art 28), with the Art 28(3) items it covers. */
export function DpaFormModal({ onClose, dpa, recipientId }: { onClose: () => void; dpa?: Dpa; recipientId?: string }) {
  const { t } = useTranslation();
  const create = useCreateDpaMutation();
  const update = useUpdateDpaMutation();
  const recipients = useQuery(allRecipientsQuery());
  const form = useForm<DpaFormValues>({ initialValues: dpaFormValues(dpa, recipientId), validate: zod4Resolver(dpaFormSchema) });
  const save = useEntityFormSave(form, dpa, create, update, onClose);

  return (
    <FormModal onClose={onClose} title={dpa ? t('dpas.editTitle') : t('dpas.new')} testId="dpa-form" save={save}>
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
    </FormModal>
  );
}
