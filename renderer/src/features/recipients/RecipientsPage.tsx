import { Anchor, Badge, Button, Group, Stack, Switch, Table } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { recipientRoles } from '../../../../electron/shared/vocab';
import { EmptyRow } from '../../components/EmptyRow';
import { DebouncedSearch, ListPagination, ListShowing } from '../../components/ListControls';
import { PageHeader } from '../../components/PageHeader';
import { SortableTh } from '../../components/SortableTh';
import { VocabMultiSelect } from '../../components/VocabSelect';
import { useListState } from '../../hooks/useListState';
import { countryName, text } from '../../lib/format';
import { FindingsBadge } from '../findings/FindingsBadge';
import { useSummaries } from '../findings/queries';
import { recipientListQuery } from './queries';
import { RecipientFormModal } from './RecipientFormModal';

type RecipientSort = 'name' | 'role' | 'country' | 'updatedAt';

/** Processors, sub-processors, joint and independent controllers, authorities: who receives personal data. */
export function RecipientsPage() {
  const { t, i18n } = useTranslation();
  const list = useListState<RecipientSort>({ sort: 'name', direction: 'asc' });
  const [roles, setRoles] = useState<string[]>([]);
  const [includeArchived, setIncludeArchived] = useState(false);
  const [creating, { open, close }] = useDisclosure(false);

  const query = useQuery(
    recipientListQuery({
      ...list.params,
      role: roles.length ? (roles as (typeof recipientRoles)[number][]) : undefined,
      includeArchived,
    }),
  );
  const ids = useMemo(() => (query.data?.items ?? []).map((r) => r.id), [query.data]);
  const { summaryOf } = useSummaries('recipient', ids);
  const th = (column: RecipientSort, label: string) => (
    <SortableTh column={column} state={list.sort} onSort={list.setSort}>
      {label}
    </SortableTh>
  );

  return (
    <Stack gap="sm">
      <PageHeader
        title={t('recipients.title')}
        actions={
          <Button onClick={open} data-testid="recipient-new">
            {t('recipients.new')}
          </Button>
        }
      />
      <Group align="flex-end">
        <DebouncedSearch
          value={list.search}
          onSearch={list.setSearch}
          fetching={query.isFetching}
          w={280}
          data-testid="recipients-search"
        />
        <VocabMultiSelect
          label={t('common.role')}
          group="recipientRole"
          values={recipientRoles}
          value={roles}
          onChange={(v) => {
            setRoles(v);
            list.setPage(1);
          }}
          w={360}
          clearable
        />
        <Switch
          label={t('common.showArchived')}
          checked={includeArchived}
          onChange={(e) => setIncludeArchived(e.currentTarget.checked)}
          mb={6}
        />
      </Group>
      <ListShowing query={query} page={list.page} />
      <Table.ScrollContainer minWidth={800}>
        <Table data-testid="recipients-table">
          <Table.Thead>
            <Table.Tr>
              {th('name', t('common.name'))}
              {th('role', t('common.role'))}
              {th('country', t('common.country'))}
              <Table.Th>{t('recipients.columns.findings')}</Table.Th>
              <Table.Th>{t('recipients.fields.dpfListName')}</Table.Th>
              <Table.Th ta="right">{t('recipients.columns.activities')}</Table.Th>
              <Table.Th ta="right">{t('recipients.columns.dpas')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {query.data && query.data.items.length === 0 ? <EmptyRow colSpan={7}>{t('common.noRows')}</EmptyRow> : null}
            {(query.data?.items ?? []).map((r) => (
              <Table.Tr key={r.id} data-testid="recipient-row">
                <Table.Td>
                  <Anchor component={Link} to={`/recipients/${r.id}`} size="sm">
                    {r.name}
                  </Anchor>
                  {r.archivedAt ? (
                    <Badge ml={6} size="xs" color="gray" variant="outline">
                      {t('common.archived')}
                    </Badge>
                  ) : null}
                </Table.Td>
                <Table.Td>{t(`vocab.recipientRole.${r.role}`)}</Table.Td>
                <Table.Td>{countryName(r.country, i18n.language)}</Table.Td>
                <Table.Td>
                  <FindingsBadge summary={summaryOf(r.id)} />
                </Table.Td>
                <Table.Td>{text(r.dpfListName)}</Table.Td>
                <Table.Td ta="right">{r.activityCount}</Table.Td>
                <Table.Td ta="right">{r.dpaCount}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ListPagination total={query.data?.total ?? 0} page={list.page} onChange={list.setPage} />
      {creating ? <RecipientFormModal opened onClose={close} /> : null}
    </Stack>
  );
}
