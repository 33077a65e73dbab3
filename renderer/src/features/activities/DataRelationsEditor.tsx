import { Button, Group, MultiSelect, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { type ActivityFormValues, emptyDataCategoryRow } from '../../lib/activity-form';
import { RowRemove } from './RowRemove';
import type { Option } from './useRelationOptions';

/** Art 30(1)(c) and (f): the data subjects, and each category of data with its erasure time limit. */
export function DataRelationsEditor({
  form,
  subjects,
  categories,
}: {
  form: UseFormReturnType<ActivityFormValues>;
  subjects: Option[];
  categories: Option[];
}) {
  const { t } = useTranslation();
  const rows = form.getValues().dataCategories;
  const input = (path: string) => ({ key: form.key(path), ...form.getInputProps(path) });
  return (
    <Stack gap="xs" data-testid="data-relations-editor">
      <Text fw={600}>{t('activity.sections.c')}</Text>
      <MultiSelect
        label={t('activity.categories.subjects')}
        data={subjects}
        searchable
        comboboxProps={{ withinPortal: true }}
        data-testid="field-dataSubjectIds"
        {...input('dataSubjectIds')}
      />
      <Group justify="space-between">
        <Text size="sm" fw={500}>
          {t('activity.edit.dataCategories')}
        </Text>
        <Button
          size="xs"
          variant="light"
          data-testid="data-category-add"
          onClick={() => form.insertListItem('dataCategories', emptyDataCategoryRow())}
        >
          {t('activity.edit.addDataCategory')}
        </Button>
      </Group>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('activity.categories.noData')}
        </Text>
      ) : null}
      {rows.map((row, i) => (
        <Group key={row.key} align="flex-start" wrap="nowrap" data-testid="data-category-row">
          <Select
            label={t('activity.categories.category')}
            data={categories}
            searchable
            withAsterisk
            style={{ flex: 2 }}
            comboboxProps={{ withinPortal: true }}
            data-testid={`data-category-${i}`}
            {...input(`dataCategories.${i}.dataCategoryId`)}
          />
          <NumberInput
            label={t('activity.edit.retentionMonths')}
            min={0}
            max={1200}
            allowDecimal={false}
            w={150}
            {...input(`dataCategories.${i}.retentionMonths`)}
            onChange={(v) => form.setFieldValue(`dataCategories.${i}.retentionMonths`, typeof v === 'number' ? v : null)}
          />
          <TextInput label={t('activity.retention.rule')} style={{ flex: 3 }} {...input(`dataCategories.${i}.retentionText`)} />
          <RowRemove label={t('activity.edit.removeRow')} onClick={() => form.removeListItem('dataCategories', i)} />
        </Group>
      ))}
    </Stack>
  );
}
