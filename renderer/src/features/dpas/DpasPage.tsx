import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { QueryView } from '../../components/QueryView';
import { allRecipientsQuery } from '../recipients/queries';
import { DpaFormModal } from './DpaFormModal';
import { DpaTable } from './DpaTable';
import { dpaListQuery } from './queries';

/** Every data processing agreement, optionally for one processor. */
export function DpasPage() {
  const { t } = useTranslation();
  const [recipientId, setRecipientId] = useState<string | null>(null);
  const dpas = useQuery(dpaListQuery(recipientId ?? undefined));
  const recipients = useQuery(allRecipientsQuery());
  const names = Object.fromEntries((recipients.data?.items ?? []).map((r) => [r.id, r.name]));
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
        <Select
          label={t('dpas.columns.recipient')}
          placeholder={t('common.all')}
          data={(recipients.data?.items ?? []).map((r) => ({ value: r.id, label: r.name }))}
          value={recipientId}
          onChange={setRecipientId}
          clearable
          searchable
          w={320}
        />
        <Text size="sm" c="dimmed" mb={8}>
          {dpas.data ? t('common.count', { count: dpas.data.length }) : ''}
        </Text>
      </Group>
      <QueryView query={dpas}>{(list) => <DpaTable dpas={list} names={names} />}</QueryView>
      {creating ? <DpaFormModal onClose={close} recipientId={recipientId ?? undefined} /> : null}
    </Stack>
  );
}
