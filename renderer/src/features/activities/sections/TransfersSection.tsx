import { Anchor, Table } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Recipient, Transfer } from '../../../../../electron/shared/schemas/entities';
import type { ActivityDetail } from '../../../../../electron/shared/schemas/outputs';
import { EmptyRow } from '../../../components/EmptyRow';
import { QueryView } from '../../../components/QueryView';
import { Section } from '../../../components/Section';
import { vocabLabel } from '../../../i18n/vocab';
import { countryName, formatDate, formatPeriod } from '../../../lib/format';
import { nowrap } from '../../../lib/styles';

/** Art 30(1)(e): transfers to third countries, each with its country, its Chapter V tool and the documentation of safeguards. */
export function TransfersSection({
  query,
  names,
  recipientById,
}: {
  query: UseQueryResult<{ items: Transfer[]; total: number }>;
  names: ActivityDetail['names'];
  recipientById: Map<string, Recipient>;
}) {
  const { t, i18n } = useTranslation();
  const date = (d: string | null) => formatDate(d, i18n.language);
  return (
    <Section title={t('activity.sections.e')} testId="section-e">
      <QueryView query={query}>
        {(page) => (
          <Table.ScrollContainer minWidth={900}>
            <Table data-testid="transfers-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('transfers.columns.recipient')}</Table.Th>
                  <Table.Th>{t('common.country')}</Table.Th>
                  <Table.Th>{t('transfers.columns.mechanism')}</Table.Th>
                  <Table.Th>{t('transfers.columns.signedOn')}</Table.Th>
                  <Table.Th>{t('transfers.columns.period')}</Table.Th>
                  <Table.Th>{t('transfers.columns.tiaOn')}</Table.Th>
                  <Table.Th>{t('transfers.columns.safeguards')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {page.items.length === 0 ? <EmptyRow colSpan={7}>{t('activity.transfers.none')}</EmptyRow> : null}
                {page.items.map((tr) => (
                  <Table.Tr key={tr.id} data-testid="transfer-row">
                    <Table.Td>
                      <Anchor component={Link} to={`/recipients/${tr.recipientId}`} size="sm">
                        {names.recipients[tr.recipientId] ?? recipientById.get(tr.recipientId)?.name ?? tr.recipientId}
                      </Anchor>
                    </Table.Td>
                    <Table.Td style={nowrap}>{countryName(tr.country, i18n.language)}</Table.Td>
                    <Table.Td>
                      {vocabLabel(t, 'mechanism', tr.mechanism)}
                      {tr.sccModule ? `, ${vocabLabel(t, 'sccModule', tr.sccModule)}` : ''}
                    </Table.Td>
                    <Table.Td style={nowrap}>{date(tr.signedOn)}</Table.Td>
                    <Table.Td style={nowrap}>{formatPeriod(tr.startOn, tr.endOn, i18n.language)}</Table.Td>
                    <Table.Td style={nowrap}>{date(tr.tiaOn)}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'pre-wrap' }}>
                      {[tr.safeguardsText, tr.art49Assessment].filter(Boolean).join('\n') || '—'}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryView>
    </Section>
  );
}
