import { Chip, Group, Stack, Switch, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { startTransition, useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { activityStatuses } from '../../../../electron/shared/vocab';
import { DebouncedSearch, ListPagination, ListShowing } from '../../components/ListControls';
import { PageHeader } from '../../components/PageHeader';
import type { SortState } from '../../components/SortableTh';
import { pageSize, readEnum, readEnumList, readPage, withParams } from '../../lib/list-params';
import { ActivitiesTable, type ActivitySort, activitySorts } from './ActivitiesTable';
import { NewActivityButton } from './NewActivityButton';
import { activityListQuery } from './queries';

const none: never[] = [];

/** The register's activities: searched as the DPO types (on the server), sortable, 100 to a page. */
export function ActivitiesPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  // The search is asked for at once and written into the URL (replacing, not stacking history, so
  // Back keeps it) as a low-priority update after: the request never waits for the router.
  const urlSearch = params.get('q') ?? '';
  const [search, setSearch] = useState(urlSearch);
  useEffect(() => setSearch(urlSearch), [urlSearch]);

  const status = readEnumList(params, 'status', activityStatuses);
  const includeArchived = params.get('archived') === '1';
  // While searching, the best matches first, until the DPO picks a column.
  const sort: ActivitySort | 'relevance' = params.get('sort')
    ? readEnum<ActivitySort>(params, 'sort', activitySorts, 'name')
    : search
      ? 'relevance'
      : 'name';
  const direction = readEnum(params, 'dir', ['asc', 'desc'] as const, 'asc');
  const page = search === urlSearch ? readPage(params) : 1;
  const sortState = useMemo(() => ({ sort, direction }), [sort, direction]);

  const onSearch = useCallback(
    (q: string) => {
      setSearch(q);
      startTransition(() => setParams((p) => withParams(p, { q }), { replace: true }));
    },
    [setParams],
  );
  const onSort = useCallback(
    (s: SortState<ActivitySort>) => setParams((p) => withParams(p, { sort: s.sort, dir: s.direction })),
    [setParams],
  );

  const query = useQuery(
    activityListQuery({
      search: search || undefined,
      status: status.length ? status : undefined,
      includeArchived,
      sort,
      direction,
      offset: (page - 1) * pageSize,
      limit: pageSize,
    }),
  );

  return (
    <Stack gap="sm">
      <PageHeader title={t('activities.title')} actions={<NewActivityButton />} />
      <Group gap="md" align="flex-end">
        <DebouncedSearch
          placeholder={t('activities.searchPlaceholder')}
          value={search}
          onSearch={onSearch}
          fetching={query.isFetching}
          w={320}
          data-testid="activities-search"
        />
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('common.status')}
          </Text>
          <Chip.Group multiple value={status} onChange={(v) => setParams((p) => withParams(p, { status: v.join(',') }))}>
            <Group gap={6}>
              {activityStatuses.map((s) => (
                <Chip key={s} value={s} size="sm" data-testid={`status-filter-${s}`}>
                  {t(`vocab.activityStatus.${s}`)}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
        </Stack>
        <Switch
          label={t('common.showArchived')}
          checked={includeArchived}
          onChange={(e) => setParams((p) => withParams(p, { archived: e.currentTarget.checked ? '1' : null }))}
          data-testid="activities-archived"
          mb={6}
        />
      </Group>
      <ListShowing query={query} page={page} testId="activities-total" />
      <ActivitiesTable items={query.data?.items ?? none} loading={query.isPending} sort={sortState} onSort={onSort} />
      <ListPagination
        total={query.data?.total ?? 0}
        page={page}
        onChange={(n) => setParams((p) => withParams(p, { page: String(n) }, false))}
        testId="activities-pagination"
      />
    </Stack>
  );
}
