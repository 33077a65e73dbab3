import { Anchor, Button, Group, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RecipientDetail } from '../../../../electron/shared/schemas/outputs';
import { EmptyRow } from '../../components/EmptyRow';
import { QueryView } from '../../components/QueryView';
import { Section } from '../../components/Section';
import { vocabLabel } from '../../i18n/vocab';
import { countryName, formatDate } from '../../lib/format';
import { DpaFormModal } from '../dpas/DpaFormModal';
import { DpaTable } from '../dpas/DpaTable';
import { dpaListQuery } from '../dpas/queries';
import { transferListQuery } from '../transfers/queries';

/** What involves a recipient: its DPAs, its sub-processors, the activities it receives data from, its transfers. */
export function RecipientLinks({ detail }: { detail: RecipientDetail }) {
  const { t, i18n } = useTranslation();
  const r = detail.recipient;
  const dpas = useQuery(dpaListQuery({ recipientId: r.id, limit: 1000 }));
  const transfers = useQuery(transferListQuery({ recipientId: r.id, limit: 1000 }));
  const [addingDpa, { open, close }] = useDisclosure(false);

  return (
    <>
      <Section title={t('recipients.dpasTitle')} testId="recipient-dpas">
        <Group justify="flex-end">
          <Button size="xs" variant="light" onClick={open}>
            {t('dpas.new')}
          </Button>
        </Group>
        <QueryView query={dpas}>{(page) => <DpaTable dpas={page.items} showRecipient={false} />}</QueryView>
      </Section>
      <Section title={t('recipients.subProcessors')} testId="recipient-subprocessors">
        {detail.subProcessors.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('recipients.noSubProcessors')}
          </Text>
        ) : (
          <Table>
            <Table.Tbody>
              {detail.subProcessors.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/recipients/${s.id}`} size="sm">
                      {s.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{countryName(s.country, i18n.language)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Section>
      <Section title={t('recipients.activitiesTitle')} testId="recipient-activities">
        <Table>
          <Table.Tbody>
            {detail.activities.length === 0 ? <EmptyRow colSpan={2}>{t('recipients.noActivities')}</EmptyRow> : null}
            {detail.activities.map((a) => (
              <Table.Tr key={`${a.id}:${a.role}`}>
                <Table.Td>
                  <Anchor component={Link} to={`/activities/${a.id}`} size="sm">
                    {a.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>{t(`vocab.recipientRole.${a.role}`)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Section>
      <Section title={t('recipients.transfersTitle')} testId="recipient-transfers">
        <QueryView query={transfers}>
          {(page) => (
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('common.country')}</Table.Th>
                  <Table.Th>{t('transfers.columns.mechanism')}</Table.Th>
                  <Table.Th>{t('transfers.columns.signedOn')}</Table.Th>
                  <Table.Th>{t('transfers.columns.tiaOn')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {page.items.length === 0 ? <EmptyRow colSpan={4}>{t('recipients.noTransfers')}</EmptyRow> : null}
                {page.items.map((tr) => (
                  <Table.Tr key={tr.id}>
                    <Table.Td>{countryName(tr.country, i18n.language)}</Table.Td>
                    <Table.Td>{vocabLabel(t, 'mechanism', tr.mechanism)}</Table.Td>
                    <Table.Td>{formatDate(tr.signedOn, i18n.language)}</Table.Td>
                    <Table.Td>{formatDate(tr.tiaOn, i18n.language)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </QueryView>
      </Section>
      {addingDpa ? <DpaFormModal onClose={close} recipientId={r.id} /> : null}
    </>
  );
}
