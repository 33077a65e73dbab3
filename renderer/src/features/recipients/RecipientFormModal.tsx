import { Checkbox, Group, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Recipient } from '../../../../electron/shared/schemas/entities';
import { recipientRoles, recipientSectors, toolTags } from '../../../../electron/shared/vocab';
import { CountryCodeInput } from '../../components/CountryCodeInput';
import { DateField } from '../../components/DateField';
import { FormModal } from '../../components/FormModal';
import { VocabMultiSelect, VocabSelect } from '../../components/VocabSelect';
import { useEntityFormSave } from '../../hooks/useEntityFormSave';
import { useCreateRecipientMutation, useUpdateRecipientMutation } from './mutations';
import { allRecipientsQuery } from './queries';
import { type RecipientFormValues, recipientFormSchema, recipientFormValues } from './recipient-form';

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
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('common.name')} withAsterisk data-autofocus data-testid="recipient-name" {...form.getInputProps('name')} />
        <TextInput label={t('recipients.fields.legalName')} {...form.getInputProps('legalName')} />
        <VocabSelect
          label={t('common.role')}
          group="recipientRole"
          values={recipientRoles}
          allowDeselect={false}
          {...form.getInputProps('role')}
        />
        <TextInput label={t('recipients.fields.category')} {...form.getInputProps('category')} />
        <CountryCodeInput
          value={form.values.country}
          error={form.errors.country}
          onChange={(code) => form.setFieldValue('country', code)}
        />
        <VocabSelect
          label={t('recipients.fields.sector')}
          group="recipientSector"
          values={recipientSectors}
          allowDeselect={false}
          {...form.getInputProps('sector')}
        />
        <TextInput label={t('recipients.fields.dpfListName')} {...form.getInputProps('dpfListName')} />
        <Select
          label={t('recipients.fields.parent')}
          data={parentOptions}
          clearable
          searchable
          comboboxProps={{ withinPortal: true }}
          {...form.getInputProps('parentId')}
        />
        <VocabMultiSelect label={t('recipients.fields.tools')} group="toolTag" values={toolTags} {...form.getInputProps('tools')} />
        <TextInput label={t('recipients.fields.contactEmail')} {...form.getInputProps('contactEmail')} />
        <TextInput label={t('recipients.fields.website')} {...form.getInputProps('website')} />
        <DateField label={t('recipients.fields.lastSupervisionOn')} {...form.getInputProps('lastSupervisionOn')} />
      </SimpleGrid>
      <Group>
        <Checkbox
          label={t('recipients.fields.isInternationalOrganisation')}
          {...form.getInputProps('isInternationalOrganisation', { type: 'checkbox' })}
        />
        <Checkbox label={t('recipients.fields.subjectToGdprArt3_2')} {...form.getInputProps('subjectToGdprArt3_2', { type: 'checkbox' })} />
      </Group>
      <Textarea label={t('recipients.fields.address')} autosize minRows={2} {...form.getInputProps('address')} />
      <Textarea label={t('recipients.fields.supervisionMethod')} autosize minRows={2} {...form.getInputProps('supervisionMethod')} />
      <Textarea label={t('common.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
    </FormModal>
  );
}
