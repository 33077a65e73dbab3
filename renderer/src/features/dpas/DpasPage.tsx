import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DebouncedSearch, ListPagination } from '../../components/ListControls';
import { PageHeader } from '../../components/PageHeader';
import { QueryView } from '../../components/QueryView';
import { useListState } from '../../hooks/useListState';
import { allRecipientsQuery } from '../recipients/queries';
import { DpaFormModal } from './DpaFormModal';
import { DpaTable } from './DpaTable';
import { dpaListQuery } from './queries';

/** Every data processing agreement, searchable, optionally for one processor; 100 to a page. */
export function DpasPage() {
  const { t } = useTranslation();
  const list = useListState<'title'>({ sort: 'title', direction: 'asc' });
  const [recipientId, setRecipientId] = useState<string | null>(null);
  const dpas = useQuery(dpaListQuery({ ...list.params, ...(recipientId ? { recipientId } : {}) }));
  const recipients = useQuery(allRecipientsQuery());
  const [creating, { open, close }] = useDisclosure(false);

  return (
    <Stack gap="sm">
      <PageHeader
        title={t('dpas.title')}
        description={t('dpas.intro')}
        actions={
          <Button onClick={open} data-testid="dpa-new">
            {t('dpas.new')}
          </Button>
        }
      />
      <Group align="flex-end">
        <DebouncedSearch value={list.search} onSearch={list.setSearch} fetching={dpas.isFetching} w={260} data-testid="dpas-search" />
        <Select
          label={t('dpas.columns.recipient')}
          placeholder={t('common.all')}
          data={(recipients.data?.items ?? []).map((r) => ({ value: r.id, label: r.name }))}
          value={recipientId}
          onChange={(v) => {
            setRecipientId(v);
            list.setPage(1);
          }}
          clearable
          searchable
          w={320}
        />
        <Text size="sm" c="dimmed" mb={8}>
          {dpas.data ? t('common.count', { count: dpas.data.total }) : ''}
        </Text>
      </Group>
      <QueryView query={dpas}>{(page) => <DpaTable dpas={page.items} />}</QueryView>
      <ListPagination total={dpas.data?.total ?? 0} page={list.page} onChange={list.setPage} />
      {creating ? <DpaFormModal onClose={close} recipientId={recipientId ?? undefined} /> : null}
    </Stack>
  );
}
