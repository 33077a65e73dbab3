import { Checkbox, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useTranslation } from 'react-i18next';
import type { Transfer } from '../../../../electron/shared/schemas/entities';
import { partyRoles, sccModules, transferFrequencies, transferMechanisms } from '../../../../electron/shared/vocab';
import { CountryCodeInput } from '../../components/CountryCodeInput';
import { DateField } from '../../components/DateField';
import { FormModal } from '../../components/FormModal';
import { VocabSelect } from '../../components/VocabSelect';
import { useEntityFormSave } from '../../hooks/useEntityFormSave';
import { activityNamesQuery } from '../activities/queries';
import { allRecipientsQuery } from '../recipients/queries';
import { useCreateTransferMutation, useUpdateTransferMutation } from './mutations';
import { type TransferFormValues, transferFormSchema, transferFormValues } from './transfer-form';

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
  const recipientOptions = (recipients.data?.items ?? []).map((r) => ({ value: r.id, label: r.name }));
  const date = (path: keyof TransferFormValues, label: string) => <DateField label={label} {...form.getInputProps(path)} />;

  return (
    <FormModal onClose={onClose} title={transfer ? t('transfers.editTitle') : t('transfers.new')} testId="transfer-form" save={save}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('transfers.columns.recipient')}
          withAsterisk
          searchable
          data={recipientOptions}
          comboboxProps={{ withinPortal: true }}
          {...form.getInputProps('recipientId')}
        />
        <Select
          label={t('transfers.columns.activity')}
          searchable
          clearable
          data={(activities.data?.items ?? []).map((a) => ({ value: a.id, label: a.name }))}
          comboboxProps={{ withinPortal: true }}
          {...form.getInputProps('activityId')}
        />
        <CountryCodeInput
          value={form.values.country}
          error={form.errors.country}
          onChange={(code) => form.setFieldValue('country', code)}
        />
        <VocabSelect
          label={t('transfers.columns.mechanism')}
          group="mechanism"
          values={transferMechanisms}
          clearable
          searchable
          {...form.getInputProps('mechanism')}
        />
        <VocabSelect
          label={t('transfers.columns.module')}
          group="sccModule"
          values={sccModules}
          clearable
          value={form.values.sccModule === null ? null : String(form.values.sccModule)}
          error={form.errors.sccModule}
          onChange={(v) => form.setFieldValue('sccModule', v ? (Number(v) as 1 | 2 | 3 | 4) : null)}
        />
        <VocabSelect
          label={t('transfers.columns.frequency')}
          group="frequency"
          values={transferFrequencies}
          clearable
          {...form.getInputProps('frequency')}
        />
        <VocabSelect
          label={t('transfers.columns.exporterRole')}
          group="partyRole"
          values={partyRoles}
          allowDeselect={false}
          {...form.getInputProps('exporterRole')}
        />
        <VocabSelect
          label={t('transfers.columns.importerRole')}
          group="partyRole"
          values={partyRoles}
          allowDeselect={false}
          {...form.getInputProps('importerRole')}
        />
        <Select
          label={t('transfers.columns.exporter')}
          description={t('transfers.columns.exporterHint')}
          clearable
          searchable
          data={recipientOptions}
          comboboxProps={{ withinPortal: true }}
          {...form.getInputProps('exporterRecipientId')}
        />
        {date('signedOn', t('transfers.columns.signedOn'))}
        {date('startOn', t('transfers.columns.startOn'))}
        {date('endOn', t('transfers.columns.endOn'))}
        {date('tiaOn', t('transfers.columns.tiaOn'))}
        {date('tiaNextReviewOn', t('transfers.columns.tiaNextReviewOn'))}
        {date('processingChangedOn', t('transfers.columns.processingChangedOn'))}
        {date('art49SaInformedOn', t('transfers.columns.art49SaInformedOn'))}
        <TextInput label={t('transfers.columns.bcrApprovingAuthority')} {...form.getInputProps('bcrApprovingAuthority')} />
        {date('bcrApprovedOn', t('transfers.columns.bcrApprovedOn'))}
      </SimpleGrid>
      <Checkbox label={t('transfers.columns.hrData')} {...form.getInputProps('hrData', { type: 'checkbox' })} />
      <Textarea label={t('transfers.columns.safeguards')} autosize minRows={2} {...form.getInputProps('safeguardsText')} />
      <Textarea label={t('transfers.columns.art49Assessment')} autosize minRows={2} {...form.getInputProps('art49Assessment')} />
      <Textarea label={t('common.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
    </FormModal>
  );
}
