import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Activity } from '../../../../../electron/shared/schemas/entities';
import type { ActivityDetail } from '../../../../../electron/shared/schemas/outputs';
import { EmptyRow } from '../../../components/EmptyRow';
import { Section } from '../../../components/Section';

/**
 * Datatilsynet's requirement (guidance updated 10 Aug 2020): the record shows which categories
 * of data concern which categories of data subjects, and which of them go to which recipient.
 */
export function LinkageSection({ activity, names }: { activity: Activity; names: ActivityDetail['names'] }) {
  const { t } = useTranslation();
  return (
    <Section title={t('activity.sections.linkage')} testId="section-linkage">
      <Text size="sm" c="dimmed">
        {t('activity.linkage.intro')}
      </Text>
      <Table data-testid="linkage-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('activity.linkage.dataCategory')}</Table.Th>
            <Table.Th>{t('activity.linkage.subject')}</Table.Th>
            <Table.Th>{t('activity.linkage.recipient')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {activity.dataLinks.length === 0 ? <EmptyRow colSpan={3}>{t('activity.linkage.none')}</EmptyRow> : null}
          {activity.dataLinks.map((l) => (
            <Table.Tr key={l.id}>
              <Table.Td>{names.dataCategories[l.dataCategoryId] ?? l.dataCategoryId}</Table.Td>
              <Table.Td>{names.dataSubjects[l.subjectCategoryId] ?? l.subjectCategoryId}</Table.Td>
              <Table.Td>{l.recipientId ? (names.recipients[l.recipientId] ?? l.recipientId) : t('activity.linkage.noDisclosure')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Section>
  );
}
