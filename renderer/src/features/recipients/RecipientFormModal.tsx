import { Button, Checkbox, Group, Modal, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Recipient } from '../../../../electron/shared/schemas/entities';
import { recipientRoles, recipientSectors, toolTags } from '../../../../electron/shared/vocab';
import type { AppError } from '../../api/client';
import { DateField } from '../../components/DateField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { VocabMultiSelect, VocabSelect } from '../../components/VocabSelect';
import { useServerErrors } from '../../hooks/useServerErrors';
import { scrollToFirstError } from '../../lib/scroll-to-error';
import { localisedResolver } from '../../lib/validation-messages';
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
    validate: localisedResolver(recipientFormSchema, t),
  });
  const failed = recipient ? update : create;
  const applyErrors = useServerErrors();
  const onError = (e: AppError) => applyErrors(form, e);

  const submit = form.onSubmit((values) => {
    if (recipient) {
      update.mutate({ id: recipient.id, expectedUpdatedAt: recipient.updatedAt, changes: values }, { onSuccess: onClose, onError });
    } else {
      create.mutate(values, {
        onSuccess: (r) => {
          onClose();
          navigate(`/recipients/${r.id}`);
        },
        onError,
      });
    }
  }, scrollToFirstError);

  const parentOptions = (others.data?.items ?? []).filter((r) => r.id !== recipient?.id).map((r) => ({ value: r.id, label: r.name }));

  return (
    <Modal opened={opened} onClose={onClose} size="xl" title={recipient ? t('recipients.editTitle') : t('recipients.new')}>
      <form onSubmit={submit} noValidate data-testid="recipient-form">
        <Stack>
          {failed.isError ? <ErrorAlert error={failed.error} /> : null}
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
            <TextInput
              label={t('recipients.fields.countryCode')}
              description={t('recipients.fields.countryHint')}
              maxLength={3}
              value={form.values.country ?? ''}
              error={form.errors.country}
              onChange={(e) => form.setFieldValue('country', e.currentTarget.value.toUpperCase() || null)}
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
            <Checkbox
              label={t('recipients.fields.subjectToGdprArt3_2')}
              {...form.getInputProps('subjectToGdprArt3_2', { type: 'checkbox' })}
            />
          </Group>
          <Textarea label={t('recipients.fields.address')} autosize minRows={2} {...form.getInputProps('address')} />
          <Textarea label={t('recipients.fields.supervisionMethod')} autosize minRows={2} {...form.getInputProps('supervisionMethod')} />
          <Textarea label={t('common.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending || update.isPending} data-testid="recipient-save">
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
