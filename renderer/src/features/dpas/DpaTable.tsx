import { Anchor, Table } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DpaSummary } from '../../../../electron/shared/schemas/outputs';
import { art28Items } from '../../../../electron/shared/vocab';
import { ConfirmButton } from '../../components/ConfirmButton';
import { EmptyRow } from '../../components/EmptyRow';
import { RowActions } from '../../components/RowActions';
import { formatDate } from '../../lib/format';
import { DpaFormModal } from './DpaFormModal';
import { useDeleteDpaMutation } from './mutations';
import { dpaDetailQuery } from './queries';

/** The form of one DPA, once the DPA has been loaded in full (the list row does not carry its text or document). */
function EditDpa({ id, onClose }: { id: string; onClose: () => void }) {
  const dpa = useQuery(dpaDetailQuery(id));
  return dpa.data ? <DpaFormModal dpa={dpa.data} onClose={onClose} /> : null;
}

/** DPAs with their dates and how many of the Art 28(3) items they cover; each can be edited or deleted. */
export function DpaTable({ dpas, showRecipient = true }: { dpas: DpaSummary[]; showRecipient?: boolean }) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState<string | null>(null);
  const remove = useDeleteDpaMutation();
  const date = (d: string | null) => formatDate(d, i18n.language);
  const cols = showRecipient ? 8 : 7;
  return (
    <>
      <Table.ScrollContainer minWidth={800}>
        <Table data-testid="dpa-table">
          <Table.Thead>
            <Table.Tr>
              {showRecipient ? <Table.Th>{t('dpas.columns.recipient')}</Table.Th> : null}
              <Table.Th>{t('dpas.columns.title')}</Table.Th>
              <Table.Th>{t('dpas.columns.signedOn')}</Table.Th>
              <Table.Th>{t('dpas.columns.endOn')}</Table.Th>
              <Table.Th>{t('dpas.columns.renewalOn')}</Table.Th>
              <Table.Th ta="right">{t('dpas.columns.noticePeriodDays')}</Table.Th>
              <Table.Th>{t('dpas.columns.coverage')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {dpas.length === 0 ? <EmptyRow colSpan={cols}>{t('dpas.none')}</EmptyRow> : null}
            {dpas.map((d) => (
              <Table.Tr key={d.id} data-testid="dpa-row">
                {showRecipient ? (
                  <Table.Td>
                    <Anchor component={Link} to={`/recipients/${d.recipientId}`} size="sm">
                      {d.recipientName}
                    </Anchor>
                  </Table.Td>
                ) : null}
                <Table.Td>{d.title}</Table.Td>
                <Table.Td>{date(d.signedOn)}</Table.Td>
                <Table.Td>{date(d.endOn)}</Table.Td>
                <Table.Td>{date(d.renewalOn)}</Table.Td>
                <Table.Td ta="right">{d.noticePeriodDays ?? '—'}</Table.Td>
                <Table.Td>{t('dpas.coverageCount', { count: d.art28Covered.length, total: art28Items.length })}</Table.Td>
                <RowActions onEdit={() => setEditing(d.id)}>
                  <ConfirmButton question={t('common.confirmDelete', { name: d.title })} onConfirm={() => remove.mutate(d.id)}>
                    {t('common.delete')}
                  </ConfirmButton>
                </RowActions>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {editing ? <EditDpa id={editing} onClose={() => setEditing(null)} /> : null}
    </>
  );
}
