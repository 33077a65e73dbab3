import { Anchor, Badge, Stack, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ActivitySummary } from '../../../../electron/shared/schemas/outputs';
import { EmptyRow } from '../../components/EmptyRow';
import { SortableTh, type SortState } from '../../components/SortableTh';
import { formatDate, text } from '../../lib/format';
import { nowrap } from '../../lib/styles';
import { FindingsBadge } from '../findings/FindingsBadge';
import { useFindingsToday } from '../findings/useFindingsIndex';
import { StatusBadge } from './StatusBadge';

export const activitySorts = ['name', 'reference', 'status', 'updatedAt', 'lastReviewedOn'] as const;
export type ActivitySort = (typeof activitySorts)[number];

/** A plain table (no virtualisation): 100 rows a page render well within the budget. */
export function ActivitiesTable({
  items,
  loading,
  sort,
  onSort,
}: {
  items: ActivitySummary[];
  loading: boolean;
  sort: SortState<ActivitySort>;
  onSort: (s: SortState<ActivitySort>) => void;
}) {
  const { t, i18n } = useTranslation();
  const findings = useFindingsToday();
  const th = (column: ActivitySort, label: string) => (
    <SortableTh column={column} state={sort} onSort={onSort}>
      {label}
    </SortableTh>
  );
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table data-testid="activities-table">
        <Table.Thead>
          <Table.Tr>
            {th('reference', t('activities.columns.reference'))}
            {th('name', t('activities.columns.name'))}
            {th('status', t('activities.columns.status'))}
            <Table.Th>{t('activities.columns.businessFunction')}</Table.Th>
            <Table.Th>{t('activities.columns.owner')}</Table.Th>
            {th('lastReviewedOn', t('activities.columns.lastReviewedOn'))}
            <Table.Th ta="right">{t('activities.columns.purposes')}</Table.Th>
            <Table.Th ta="right">{t('activities.columns.recipients')}</Table.Th>
            <Table.Th ta="right">{t('activities.columns.transfers')}</Table.Th>
            {th('updatedAt', t('activities.columns.updatedAt'))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {!loading && items.length === 0 ? <EmptyRow colSpan={10}>{t('activities.empty')}</EmptyRow> : null}
          {items.map((a) => (
            <Table.Tr key={a.id} data-testid="activity-row">
              <Table.Td style={nowrap}>{text(a.reference)}</Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/activities/${a.id}`} size="sm" data-testid="activity-link">
                  {a.name}
                </Anchor>
                {a.archivedAt ? (
                  <Badge ml={6} size="xs" color="gray" variant="outline">
                    {t('common.archived')}
                  </Badge>
                ) : null}
              </Table.Td>
              <Table.Td style={nowrap}>
                {/* The activity's status, and under it today's worst open finding (no column of its own: the table is already wide). */}
                <Stack gap={4} align="flex-start">
                  <StatusBadge status={a.status} />
                  <FindingsBadge findings={findings.forActivity(a.id)} />
                </Stack>
              </Table.Td>
              <Table.Td>{text(a.businessFunction)}</Table.Td>
              <Table.Td>{text(a.owner)}</Table.Td>
              <Table.Td style={nowrap}>{formatDate(a.lastReviewedOn, i18n.language)}</Table.Td>
              <Table.Td ta="right">{a.purposeCount}</Table.Td>
              <Table.Td ta="right">{a.recipientCount}</Table.Td>
              <Table.Td ta="right">{a.transferCount}</Table.Td>
              <Table.Td style={nowrap}>{formatDate(a.updatedAt, i18n.language)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
