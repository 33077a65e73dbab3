import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Activity } from '../../../../../electron/shared/schemas/entities';
import type { ActivityDetail } from '../../../../../electron/shared/schemas/outputs';
import { EmptyRow } from '../../../components/EmptyRow';
import { Field } from '../../../components/Field';
import { Section } from '../../../components/Section';
import { text } from '../../../lib/format';

/** Art 30(1)(f): the time limit for erasure of each category of data, and the activity's retention summary. */
export function RetentionSection({ activity, names }: { activity: Activity; names: ActivityDetail['names'] }) {
  const { t } = useTranslation();
  const period = (months: number | null) => {
    if (months === null) return '—';
    return months > 0 && months % 12 === 0
      ? t('activity.retention.years', { count: months / 12 })
      : t('activity.retention.months', { count: months });
  };
  return (
    <Section title={t('activity.sections.f')} testId="section-f">
      <Table data-testid="retention-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="30%">{t('activity.categories.category')}</Table.Th>
            <Table.Th w="15%">{t('activity.retention.period')}</Table.Th>
            <Table.Th>{t('activity.retention.rule')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {activity.dataCategories.length === 0 ? <EmptyRow colSpan={3}>{t('activity.categories.noData')}</EmptyRow> : null}
          {activity.dataCategories.map((dc) => (
            <Table.Tr key={dc.dataCategoryId}>
              <Table.Td>{names.dataCategories[dc.dataCategoryId] ?? dc.dataCategoryId}</Table.Td>
              <Table.Td>{period(dc.retentionMonths)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{text(dc.retentionText)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Field label={t('activity.fields.retentionSummary')} testId="value-retentionSummary">
        {text(activity.retentionSummary)}
      </Field>
    </Section>
  );
}
