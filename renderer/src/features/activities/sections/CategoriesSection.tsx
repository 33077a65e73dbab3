import { Badge, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Activity, DataCategory } from '../../../../../electron/shared/schemas/entities';
import type { ActivityDetail } from '../../../../../electron/shared/schemas/outputs';
import type { DataSensitivity } from '../../../../../electron/shared/vocab';
import { EmptyRow } from '../../../components/EmptyRow';
import { Section } from '../../../components/Section';
import { vocabLabel } from '../../../i18n/vocab';

const sensitivityColor: Record<DataSensitivity, string> = { ordinary: 'gray', special: 'red', criminal: 'orange', cpr: 'grape' };

export function SensitivityBadge({ sensitivity }: { sensitivity: DataSensitivity }) {
  const { t } = useTranslation();
  return (
    <Badge color={sensitivityColor[sensitivity]} variant="light" size="sm" tt="none" miw="max-content">
      {t(`vocab.sensitivity.${sensitivity}`)}
    </Badge>
  );
}

/** Art 30(1)(c): the categories of data subjects and of personal data, with how sensitive each is. */
export function CategoriesSection({
  activity,
  names,
  categoryById,
}: {
  activity: Activity;
  names: ActivityDetail['names'];
  categoryById: Map<string, DataCategory>;
}) {
  const { t } = useTranslation();
  return (
    <Section title={t('activity.sections.c')} testId="section-c">
      <Stack gap={4}>
        <Text size="sm" fw={600}>
          {t('activity.categories.subjects')}
        </Text>
        {activity.dataSubjectIds.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('activity.categories.noSubjects')}
          </Text>
        ) : (
          <Group gap={6} data-testid="subject-list">
            {activity.dataSubjectIds.map((id) => (
              <Badge key={id} variant="outline" color="indigo" tt="none">
                {names.dataSubjects[id] ?? id}
              </Badge>
            ))}
          </Group>
        )}
      </Stack>
      <Text size="sm" fw={600}>
        {t('activity.categories.data')}
      </Text>
      <Table data-testid="data-categories-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('activity.categories.category')}</Table.Th>
            <Table.Th>{t('activity.categories.sensitivity')}</Table.Th>
            <Table.Th>{t('activity.categories.specialKind')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {activity.dataCategories.length === 0 ? <EmptyRow colSpan={3}>{t('activity.categories.noData')}</EmptyRow> : null}
          {activity.dataCategories.map((dc) => {
            const category = categoryById.get(dc.dataCategoryId);
            return (
              <Table.Tr key={dc.dataCategoryId}>
                <Table.Td>{names.dataCategories[dc.dataCategoryId] ?? dc.dataCategoryId}</Table.Td>
                <Table.Td>{category ? <SensitivityBadge sensitivity={category.sensitivity} /> : '—'}</Table.Td>
                <Table.Td>{vocabLabel(t, 'specialKind', category?.specialKind)}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Section>
  );
}
