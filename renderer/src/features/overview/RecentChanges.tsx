import { Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { EmptyRow } from '../../components/EmptyRow';
import { QueryView } from '../../components/QueryView';
import { Section } from '../../components/Section';
import { auditEntityKey, auditEntryName } from '../../lib/audit';
import { formatDateTime } from '../../lib/format';
import { nowrap } from '../../lib/styles';
import { auditListQuery } from '../register/queries';

/** The audit trail's newest entries: every change to the register is written there by the data layer. */
export function RecentChanges() {
  const { t, i18n } = useTranslation();
  const query = useQuery(auditListQuery(10));
  const entityLabel = (entity: string) => {
    const key = auditEntityKey(entity);
    return key ? t(`entity.${key}`) : entity;
  };
  return (
    <Section title={t('overview.recentChanges')} testId="recent-changes">
      <QueryView query={query}>
        {(entries) => (
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('overview.at')}</Table.Th>
                <Table.Th>{t('overview.action')}</Table.Th>
                <Table.Th>{t('overview.entity')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.length === 0 ? <EmptyRow colSpan={3}>{t('overview.noChanges')}</EmptyRow> : null}
              {entries.map((e) => (
                <Table.Tr key={e.id}>
                  <Table.Td style={nowrap}>{formatDateTime(e.at, i18n.language)}</Table.Td>
                  <Table.Td>{t(`vocab.auditAction.${e.action}`)}</Table.Td>
                  <Table.Td>
                    {entityLabel(e.entity)}
                    {auditEntryName(e) ? (
                      <Text span size="sm" c="dimmed">
                        {`: ${auditEntryName(e)}`}
                      </Text>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </QueryView>
    </Section>
  );
}
