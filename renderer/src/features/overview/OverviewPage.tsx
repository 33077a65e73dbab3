import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { activityStatuses } from '../../../../electron/shared/vocab';
import { PageHeader } from '../../components/PageHeader';
import { QueryView } from '../../components/QueryView';
import { text } from '../../lib/format';
import { activityListQuery } from '../activities/queries';
import { dpaListQuery } from '../dpas/queries';
import { FindingsSummaryCard } from '../findings/FindingsSummaryCard';
import { organisationQuery } from '../organisation/queries';
import { recipientListQuery } from '../recipients/queries';
import { registerStatusQuery } from '../register/queries';
import { transferListQuery } from '../transfers/queries';
import { RecentChanges } from './RecentChanges';
import { ReviewQueue } from './ReviewQueue';

function Count({ label, value, to, testId }: { label: string; value: number | undefined; to: string; testId: string }) {
  return (
    <Paper withBorder p="md" component={Link} to={to} style={{ textDecoration: 'none', color: 'inherit' }}>
      <Text size="xs" c="dimmed" fw={500}>
        {label}
      </Text>
      <Title order={2} data-testid={testId}>
        {value ?? '…'}
      </Title>
    </Paper>
  );
}

/** The register at a glance: who the controller is, how big the register is, what was reviewed least recently, what changed. */
export function OverviewPage() {
  const { t } = useTranslation();
  const status = useQuery(registerStatusQuery());
  const organisation = useQuery(organisationQuery());
  const byStatus = useQueries({ queries: activityStatuses.map((s) => activityListQuery({ status: [s], limit: 1 })) });
  const recipients = useQuery(recipientListQuery({ limit: 1 }));
  const transfers = useQuery(transferListQuery({ limit: 1 }));
  const dpas = useQuery(dpaListQuery({ limit: 1 }));

  return (
    <Stack>
      <PageHeader title={t('overview.title')} description={status.data ? t('overview.file', { file: status.data.file }) : undefined} />
      <Paper withBorder p="md">
        <QueryView query={organisation}>
          {(org) =>
            org ? (
              <Group justify="space-between">
                <Stack gap={2}>
                  <Text size="xs" c="dimmed">
                    {t('overview.controller')}
                  </Text>
                  <Text fw={600}>{org.name}</Text>
                  <Text size="sm">
                    {t('overview.dpo')}:{' '}
                    {org.dpoAppointed === null ? t('overview.dpoNotRecorded') : org.dpoAppointed ? text(org.dpoName) : t('overview.noDpo')}
                  </Text>
                </Stack>
                <Anchor component={Link} to="/organisation" size="sm">
                  {t('common.edit')}
                </Anchor>
              </Group>
            ) : (
              <Group justify="space-between">
                <Text>{t('overview.noOrganisation')}</Text>
                <Button component={Link} to="/organisation" size="xs">
                  {t('overview.fillIn')}
                </Button>
              </Group>
            )
          }
        </QueryView>
      </Paper>
      <SimpleGrid cols={{ base: 2, md: 4, lg: 7 }}>
        <Count label={t('overview.activities')} value={status.data?.activityCount} to="/activities" testId="count-activities" />
        {activityStatuses.map((s, i) => (
          <Count key={s} label={t(`vocab.activityStatus.${s}`)} value={byStatus[i]?.data?.total} to="/activities" testId={`count-${s}`} />
        ))}
        <Count label={t('overview.recipients')} value={recipients.data?.total} to="/recipients" testId="count-recipients" />
        <Count label={t('overview.dpas')} value={dpas.data?.total} to="/dpas" testId="count-dpas" />
        <Count label={t('overview.transfers')} value={transfers.data?.total} to="/transfers" testId="count-transfers" />
      </SimpleGrid>
      <FindingsSummaryCard />
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <ReviewQueue />
        <RecentChanges />
      </SimpleGrid>
    </Stack>
  );
}
