import { Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { recipientRoles } from '../../../../electron/shared/vocab';
import { VocabSelect } from '../../components/VocabSelect';
import { type ActivityFormValues, emptyDataLinkRow, emptyRecipientRow } from '../../lib/activity-form';
import { RowRemove } from './RowRemove';
import type { Option } from './useRelationOptions';

/**
 * Art 30(1)(d): the recipients and their role in this activity; and Datatilsynet's linkage of
 * data category × data subjects × recipient (no recipient means the data are not disclosed).
 */
export function RecipientRelationsEditor({
  form,
  recipients,
  subjects,
  categories,
}: {
  form: UseFormReturnType<ActivityFormValues>;
  recipients: Option[];
  subjects: Option[];
  categories: Option[];
}) {
  const { t } = useTranslation();
  const { recipients: rows, dataLinks } = form.getValues();
  const input = (path: string) => ({ key: form.key(path), ...form.getInputProps(path) });
  const select = { searchable: true, comboboxProps: { withinPortal: true } };
  return (
    <Stack gap="xs" data-testid="recipient-relations-editor">
      <Group justify="space-between">
        <Text fw={600}>{t('activity.sections.d')}</Text>
        <Button
          size="xs"
          variant="light"
          data-testid="recipient-add"
          onClick={() => form.insertListItem('recipients', emptyRecipientRow())}
        >
          {t('activity.edit.addRecipient')}
        </Button>
      </Group>
      {rows.map((row, i) => (
        <Group key={row.key} align="flex-start" wrap="nowrap" data-testid="recipient-relation-row">
          <Select
            label={t('activity.linkage.recipient')}
            data={recipients}
            withAsterisk
            style={{ flex: 2 }}
            {...select}
            data-testid={`recipient-relation-${i}`}
            {...input(`recipients.${i}.recipientId`)}
          />
          <VocabSelect
            label={t('common.role')}
            group="recipientRole"
            values={recipientRoles}
            allowDeselect={false}
            style={{ flex: 1 }}
            {...input(`recipients.${i}.role`)}
          />
          <TextInput label={t('activity.recipients.purpose')} style={{ flex: 2 }} {...input(`recipients.${i}.purpose`)} />
          <RowRemove label={t('activity.edit.removeRow')} onClick={() => form.removeListItem('recipients', i)} />
        </Group>
      ))}
      <Group justify="space-between" mt="sm">
        <Text fw={600}>{t('activity.sections.linkage')}</Text>
        <Button size="xs" variant="light" data-testid="link-add" onClick={() => form.insertListItem('dataLinks', emptyDataLinkRow())}>
          {t('activity.edit.addLink')}
        </Button>
      </Group>
      {dataLinks.map((row, i) => (
        <Group key={row.key} align="flex-start" wrap="nowrap" data-testid="link-row">
          <Select
            label={t('activity.linkage.dataCategory')}
            data={categories}
            withAsterisk
            style={{ flex: 1 }}
            {...select}
            data-testid={`link-${i}-category`}
            {...input(`dataLinks.${i}.dataCategoryId`)}
          />
          <Select
            label={t('activity.linkage.subject')}
            data={subjects}
            withAsterisk
            style={{ flex: 1 }}
            {...select}
            data-testid={`link-${i}-subject`}
            {...input(`dataLinks.${i}.subjectCategoryId`)}
          />
          <Select
            label={t('activity.linkage.recipient')}
            placeholder={t('activity.linkage.noDisclosure')}
            data={recipients}
            clearable
            style={{ flex: 1 }}
            {...select}
            data-testid={`link-${i}-recipient`}
            {...input(`dataLinks.${i}.recipientId`)}
          />
          <RowRemove label={t('activity.edit.removeRow')} onClick={() => form.removeListItem('dataLinks', i)} />
        </Group>
      ))}
    </Stack>
  );
}
