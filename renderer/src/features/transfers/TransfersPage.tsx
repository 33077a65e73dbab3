import { Anchor, Button, Group, Stack, Table } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Transfer } from '../../../../electron/shared/schemas/entities';
import { type TransferMechanism, transferMechanisms } from '../../../../electron/shared/vocab';
import { ConfirmButton } from '../../components/ConfirmButton';
import { EmptyRow } from '../../components/EmptyRow';
import { DebouncedSearch, ListPagination, ListShowing } from '../../components/ListControls';
import { PageHeader } from '../../components/PageHeader';
import { RowActions } from '../../components/RowActions';
import { SortableTh } from '../../components/SortableTh';
import { VocabMultiSelect } from '../../components/VocabSelect';
import { useListState } from '../../hooks/useListState';
import { vocabLabel } from '../../i18n/vocab';
import { countryName, formatDate, formatPeriod } from '../../lib/format';
import { nowrap } from '../../lib/styles';
import { FindingsBadge } from '../findings/FindingsBadge';
import { useSummaries } from '../findings/queries';
import { useDeleteTransferMutation } from './mutations';
import { transferListQuery } from './queries';
import { TransferFormModal } from './TransferFormModal';

type TransferSort = 'startOn' | 'country' | 'mechanism' | 'updatedAt';

/** Every recorded transfer (Art 30(1)(e)), filterable by its Chapter V tool. */
export function TransfersPage() {
  const { t, i18n } = useTranslation();
  const list = useListState<TransferSort>({ sort: 'country', direction: 'asc' });
  const [mechanisms, setMechanisms] = useState<string[]>([]);
  const [editing, setEditing] = useState<Transfer | 'new' | null>(null);
  const remove = useDeleteTransferMutation();
  const query = useQuery(
    transferListQuery({
      ...list.params,
      mechanism: mechanisms.length ? (mechanisms as TransferMechanism[]) : undefined,
    }),
  );
  const ids = useMemo(() => (query.data?.items ?? []).map((tr) => tr.id), [query.data]);
  const { summaryOf } = useSummaries('transfer', ids);
  const date = (d: string | null) => formatDate(d, i18n.language);
  const th = (column: TransferSort, label: string) => (
    <SortableTh column={column} state={list.sort} onSort={list.setSort}>
      {label}
    </SortableTh>
  );

  return (
    <Stack gap="sm">
      <PageHeader
        title={t('transfers.title')}
        actions={
          <Button onClick={() => setEditing('new')} data-testid="transfer-new">
            {t('transfers.new')}
          </Button>
        }
      />
      <Group align="flex-end">
        <DebouncedSearch value={list.search} onSearch={list.setSearch} fetching={query.isFetching} w={260} data-testid="transfers-search" />
        <VocabMultiSelect
          label={t('transfers.columns.mechanism')}
          group="mechanism"
          values={transferMechanisms}
          value={mechanisms}
          onChange={(v) => {
            setMechanisms(v);
            list.setPage(1);
          }}
          clearable
          searchable
          w={420}
          data-testid="transfers-mechanism-filter"
        />
      </Group>
      <ListShowing query={query} page={list.page} />
      <Table.ScrollContainer minWidth={1000}>
        <Table data-testid="transfers-page-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('transfers.columns.recipient')}</Table.Th>
              <Table.Th>{t('transfers.columns.activity')}</Table.Th>
              {th('country', t('common.country'))}
              {th('mechanism', t('transfers.columns.mechanism'))}
              <Table.Th>{t('transfers.columns.signedOn')}</Table.Th>
              {th('startOn', t('transfers.columns.period'))}
              <Table.Th>{t('transfers.columns.tiaOn')}</Table.Th>
              <Table.Th>{t('transfers.columns.tiaNextReviewOn')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {query.data && query.data.items.length === 0 ? <EmptyRow colSpan={9}>{t('common.noRows')}</EmptyRow> : null}
            {(query.data?.items ?? []).map((tr) => (
              <Table.Tr key={tr.id} data-testid="transfer-row">
                <Table.Td>
                  <Anchor component={Link} to={`/recipients/${tr.recipientId}`} size="sm">
                    {tr.recipientName}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  {tr.activityId ? (
                    <Anchor component={Link} to={`/activities/${tr.activityId}`} size="sm">
                      {tr.activityName ?? tr.activityId}
                    </Anchor>
                  ) : (
                    t('transfers.noActivity')
                  )}
                </Table.Td>
                <Table.Td style={nowrap}>{countryName(tr.country, i18n.language)}</Table.Td>
                <Table.Td>
                  {vocabLabel(t, 'mechanism', tr.mechanism)}
                  {tr.sccModule ? ` (${t('transfers.moduleShort', { n: tr.sccModule })})` : ''}
                  {/* Under the tool, today's worst open finding on this transfer (no column of its own: the table is already wide). */}
                  <FindingsBadge summary={summaryOf(tr.id)} display="block" mt={4} />
                </Table.Td>
                <Table.Td style={nowrap}>{date(tr.signedOn)}</Table.Td>
                <Table.Td style={nowrap}>{formatPeriod(tr.startOn, tr.endOn, i18n.language)}</Table.Td>
                <Table.Td style={nowrap}>{date(tr.tiaOn)}</Table.Td>
                <Table.Td style={nowrap}>{date(tr.tiaNextReviewOn)}</Table.Td>
                <RowActions onEdit={() => setEditing(tr)}>
                  <ConfirmButton question={t('transfers.deleteQuestion')} onConfirm={() => remove.mutate(tr.id)}>
                    {t('common.delete')}
                  </ConfirmButton>
                </RowActions>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ListPagination total={query.data?.total ?? 0} page={list.page} onChange={list.setPage} />
      {editing ? <TransferFormModal transfer={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} /> : null}
    </Stack>
  );
}
