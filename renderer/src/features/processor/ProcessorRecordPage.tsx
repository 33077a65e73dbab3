import { Alert, Badge, Button, Stack, Table } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcessorActivity } from '../../../../electron/shared/schemas/entities';
import { ConfirmButton } from '../../components/ConfirmButton';
import { EmptyRow } from '../../components/EmptyRow';
import { PageHeader } from '../../components/PageHeader';
import { QueryView } from '../../components/QueryView';
import { RowActions } from '../../components/RowActions';
import { countryName, text } from '../../lib/format';
import { StatusBadge } from '../activities/StatusBadge';
import { organisationQuery } from '../organisation/queries';
import { useArchiveProcessorActivityMutation } from './mutations';
import { ProcessorActivityFormModal } from './ProcessorActivityFormModal';
import { processorActivityListQuery } from './queries';

/** The record the organisation keeps as a processor for other controllers (Art 30(2)(a)–(d)). */
export function ProcessorRecordPage() {
  const { t, i18n } = useTranslation();
  const list = useQuery(processorActivityListQuery());
  const organisation = useQuery(organisationQuery());
  const archive = useArchiveProcessorActivityMutation();
  const [editing, setEditing] = useState<ProcessorActivity | 'new' | null>(null);

  return (
    <Stack gap="sm">
      <PageHeader
        title={t('processor.title')}
        description={t('processor.intro')}
        actions={
          <Button onClick={() => setEditing('new')} data-testid="processor-new">
            {t('processor.new')}
          </Button>
        }
      />
      {organisation.data && !organisation.data.actsAsProcessor ? <Alert color="blue">{t('processor.notProcessor')}</Alert> : null}
      <QueryView query={list}>
        {(items) => (
          <Table.ScrollContainer minWidth={900}>
            <Table data-testid="processor-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('processor.fields.controllerName')}</Table.Th>
                  <Table.Th>{t('processor.fields.categoriesOfProcessing')}</Table.Th>
                  <Table.Th>{t('processor.fields.thirdCountries')}</Table.Th>
                  <Table.Th>{t('processor.fields.transferSafeguards')}</Table.Th>
                  <Table.Th>{t('common.status')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.length === 0 ? <EmptyRow colSpan={6}>{t('processor.none')}</EmptyRow> : null}
                {items.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td fw={500}>
                      {p.controllerName}
                      {p.archivedAt ? (
                        <Badge ml={6} size="xs" color="gray" variant="outline">
                          {t('common.archived')}
                        </Badge>
                      ) : null}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{p.categoriesOfProcessing}</Table.Td>
                    <Table.Td>
                      {p.thirdCountries.length ? p.thirdCountries.map((c) => countryName(c, i18n.language)).join(', ') : '—'}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{text(p.transferSafeguards)}</Table.Td>
                    <Table.Td>
                      <StatusBadge status={p.status} />
                    </Table.Td>
                    <RowActions onEdit={() => setEditing(p)}>
                      {p.archivedAt ? null : (
                        <ConfirmButton question={t('processor.archiveQuestion')} onConfirm={() => archive.mutate(p.id)}>
                          {t('common.archive')}
                        </ConfirmButton>
                      )}
                    </RowActions>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryView>
      {editing ? <ProcessorActivityFormModal item={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} /> : null}
    </Stack>
  );
}
