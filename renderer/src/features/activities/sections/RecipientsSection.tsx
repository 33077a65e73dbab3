import { Anchor, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Activity, Recipient } from '../../../../../electron/shared/schemas/entities';
import type { ActivityDetail } from '../../../../../electron/shared/schemas/outputs';
import { Section } from '../../../components/Section';
import { countryName, groupBy, text } from '../../../lib/format';

/** Art 30(1)(d): the recipients, grouped by their role towards the organisation, with the country each is in. */
export function RecipientsSection({
  activity,
  names,
  recipientById,
}: {
  activity: Activity;
  names: ActivityDetail['names'];
  recipientById: Map<string, Recipient>;
}) {
  const { t, i18n } = useTranslation();
  const groups = groupBy(activity.recipients, (r) => r.role);
  return (
    <Section title={t('activity.sections.d')} testId="section-d">
      {groups.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('activity.recipients.none')}
        </Text>
      ) : null}
      {groups.map(([role, rows]) => (
        <Stack key={role} gap={4} data-testid={`recipients-${role}`}>
          <Text size="sm" fw={600}>
            {t(`vocab.recipientRole.${role}`)} ({rows.length})
          </Text>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w="35%">{t('common.name')}</Table.Th>
                <Table.Th w="20%">{t('common.country')}</Table.Th>
                <Table.Th>{t('activity.recipients.purpose')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.recipientId}>
                  <Table.Td>
                    <Anchor component={Link} to={`/recipients/${r.recipientId}`} size="sm">
                      {names.recipients[r.recipientId] ?? r.recipientId}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{countryName(recipientById.get(r.recipientId)?.country, i18n.language)}</Table.Td>
                  <Table.Td>{text(r.purpose)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      ))}
    </Section>
  );
}
