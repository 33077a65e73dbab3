import { Anchor, Badge, Stack, Table } from '@mantine/core';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EntitySummary } from '../../../../electron/shared/schemas/findings-views';
import type { ActivitySummary } from '../../../../electron/shared/schemas/outputs';
import { EmptyRow } from '../../components/EmptyRow';
import { SortableTh, type SortState } from '../../components/SortableTh';
import { formatDate, text } from '../../lib/format';
import { nowrap } from '../../lib/styles';
import { FindingsBadge } from '../findings/FindingsBadge';
import { useSummaries } from '../findings/queries';
import { StatusBadge } from './StatusBadge';

export const activitySorts = ['name', 'reference', 'status', 'updatedAt', 'lastReviewedOn'] as const;
export type ActivitySort = (typeof activitySorts)[number];

/**
 * One row; re-rendered only when its activity, its badge or the language changes — typing in the
 * search box re-renders none of them (it is the box's own state until the debounced search lands).
 */
const ActivityRow = memo(function ActivityRow({ a, summary }: { a: ActivitySummary; summary: EntitySummary | undefined }) {
  const { t, i18n } = useTranslation();
  return (
    <Table.Tr data-testid="activity-row">
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
          <FindingsBadge summary={summary} />
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
  );
});

/**
 * A page of activities (100 rows: the server pages, sorts and searches). The list shows as soon as
 * it arrives; each row's findings badge follows when the service has today's summaries, for the
 * rows on screen only.
 */
export const ActivitiesTable = memo(function ActivitiesTable({
  items,
  loading,
  sort,
  onSort,
}: {
  items: ActivitySummary[];
  loading: boolean;
  sort: SortState<ActivitySort | 'relevance'>;
  onSort: (s: SortState<ActivitySort>) => void;
}) {
  const { t } = useTranslation();
  const ids = useMemo(() => items.map((a) => a.id), [items]);
  const { summaryOf } = useSummaries('activity', ids);
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
            <ActivityRow key={a.id} a={a} summary={summaryOf(a.id)} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
});
