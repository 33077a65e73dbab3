import { Anchor, Badge, Stack, Table } from '@mantine/core';
import { memo, startTransition, useEffect, useMemo, useState } from 'react';
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

/** What every row shows in the UI language, looked up once for the table instead of once per row. */
interface RowWords {
  language: string;
  archived: string;
  status: Record<ActivitySummary['status'], string>;
}

/**
 * One row, without hooks of its own; re-rendered only when its activity, its badge or the language
 * changes — typing in the search box re-renders none of them.
 */
const ActivityRow = memo(function ActivityRow({
  a,
  summary,
  words,
}: {
  a: ActivitySummary;
  summary: EntitySummary | undefined;
  words: RowWords;
}) {
  return (
    <Table.Tr data-testid="activity-row">
      <Table.Td style={nowrap}>{text(a.reference)}</Table.Td>
      <Table.Td>
        <Anchor component={Link} to={`/activities/${a.id}`} size="sm" data-testid="activity-link">
          {a.name}
        </Anchor>
        {a.archivedAt ? (
          <Badge ml={6} size="xs" color="gray" variant="outline">
            {words.archived}
          </Badge>
        ) : null}
      </Table.Td>
      <Table.Td style={nowrap}>
        {/* The activity's status, and under it today's worst open finding (no column of its own: the table is already wide). */}
        <Stack gap={4} align="flex-start">
          <StatusBadge status={a.status} label={words.status[a.status]} />
          <FindingsBadge summary={summary} />
        </Stack>
      </Table.Td>
      <Table.Td>{text(a.businessFunction)}</Table.Td>
      <Table.Td>{text(a.owner)}</Table.Td>
      <Table.Td style={nowrap}>{formatDate(a.lastReviewedOn, words.language)}</Table.Td>
      <Table.Td ta="right">{a.purposeCount}</Table.Td>
      <Table.Td ta="right">{a.recipientCount}</Table.Td>
      <Table.Td ta="right">{a.transferCount}</Table.Td>
      <Table.Td style={nowrap}>{formatDate(a.updatedAt, words.language)}</Table.Td>
    </Table.Tr>
  );
});

/** Rows drawn at once when a page arrives: more than a screen holds. The rest follow right after. */
const FIRST_ROWS = 25;

/**
 * The rows of a page drawn in two steps: the first screenful at once, the rest of the page (up to
 * 100) as a low-priority update right after, so a new search or sort shows its top rows without
 * waiting for rows below the fold.
 */
function useProgressiveRows<T>(items: T[]): T[] {
  const [count, setCount] = useState(FIRST_ROWS);
  const [forItems, setForItems] = useState(items);
  if (forItems !== items) {
    setForItems(items);
    setCount(FIRST_ROWS);
  }
  useEffect(() => {
    if (count < items.length) startTransition(() => setCount(items.length));
  }, [count, items]);
  return count < items.length ? items.slice(0, count) : items;
}

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
  const { t, i18n } = useTranslation();
  const rows = useProgressiveRows(items);
  const words = useMemo<RowWords>(
    () => ({
      language: i18n.language,
      archived: t('common.archived'),
      status: {
        planned: t('vocab.activityStatus.planned'),
        active: t('vocab.activityStatus.active'),
        ended: t('vocab.activityStatus.ended'),
      },
    }),
    [t, i18n.language],
  );
  const ids = useMemo(() => items.map((a) => a.id), [items]);
  const { summaryOf } = useSummaries('activity', ids);
  const th = (column: ActivitySort, label: string) => (
    <SortableTh column={column} state={sort} onSort={onSort}>
      {label}
    </SortableTh>
  );
  return (
    // The browser's own horizontal scrolling: a ScrollArea re-measures its thumbs on every change of the rows.
    <Table.ScrollContainer minWidth={900} type="native">
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
          {rows.map((a) => (
            <ActivityRow key={a.id} a={a} summary={summaryOf(a.id)} words={words} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
});
