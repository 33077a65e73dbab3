import { Anchor, Badge, Button, Group, Loader, Pagination, Stack, Switch, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { recipientRoles } from '../../../../electron/shared/vocab';
import { EmptyRow } from '../../components/EmptyRow';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { SortableTh, type SortState } from '../../components/SortableTh';
import { VocabMultiSelect } from '../../components/VocabSelect';
import { countryName, text } from '../../lib/format';
import { pageRange, pageSize } from '../../lib/list-params';
import { FindingsBadge } from '../findings/FindingsBadge';
import { useRecipientFindings } from '../findings/useFindingsIndex';
import { recipientListQuery } from './queries';
import { RecipientFormModal } from './RecipientFormModal';

type RecipientSort = 'name' | 'role' | 'country' | 'updatedAt';

/** Processors, sub-processors, joint and independent controllers, authorities: who receives personal data. */
export function RecipientsPage() {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 200);
  const [roles, setRoles] = useState<string[]>([]);
  const [includeArchived, setIncludeArchived] = useState(false);
  const [sort, setSort] = useState<SortState<RecipientSort>>({ sort: 'name', direction: 'asc' });
  const [page, setPage] = useState(1);
  const [creating, { open, close }] = useDisclosure(false);
  const findings = useRecipientFindings();

  const query = useQuery(
    recipientListQuery({
      search: debounced || undefined,
      role: roles.length ? (roles as (typeof recipientRoles)[number][]) : undefined,
      includeArchived,
      ...sort,
      offset: (page - 1) * pageSize,
      limit: pageSize,
    }),
  );
  const total = query.data?.total ?? 0;
  const range = pageRange(page, total);
  const th = (column: RecipientSort, label: string) => (
    <SortableTh column={column} state={sort} onSort={setSort}>
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
        <TextInput
          label={t('common.search')}
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            setPage(1);
          }}
          w={280}
          rightSection={query.isFetching ? <Loader size="xs" /> : null}
          data-testid="recipients-search"
        />
        <VocabMultiSelect
          label={t('common.role')}
          group="recipientRole"
          values={recipientRoles}
          value={roles}
          onChange={(v) => {
            setRoles(v);
            setPage(1);
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
      <Text size="sm" c="dimmed">
        {query.data ? t('common.showing', { from: range.from, to: range.to, total }) : ' '}
      </Text>
      {query.isError ? <ErrorAlert error={query.error} /> : null}
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
                  <FindingsBadge findings={findings.forRecipient(r.id)} />
                </Table.Td>
                <Table.Td>{text(r.dpfListName)}</Table.Td>
                <Table.Td ta="right">{r.activityCount}</Table.Td>
                <Table.Td ta="right">{r.dpaCount}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {total > pageSize ? <Pagination total={Math.ceil(total / pageSize)} value={page} onChange={setPage} /> : null}
      {creating ? <RecipientFormModal opened onClose={close} /> : null}
    </Stack>
  );
}
