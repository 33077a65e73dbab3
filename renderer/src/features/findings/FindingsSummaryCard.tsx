import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryView } from '../../components/QueryView';
import { formatDate } from '../../lib/format';
import { complianceStatusQuery } from './queries';
import { SeverityCounts } from './SeverityCounts';

/** For the overview: today's open findings by severity, and the way to the findings page. */
export function FindingsSummaryCard() {
  const { t, i18n } = useTranslation();
  const report = useQuery(complianceStatusQuery());
  return (
    <Paper withBorder p="md" data-testid="overview-findings">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={4}>{t('findings.summary.title')}</Title>
          <Anchor component={Link} to="/findings" size="sm" data-testid="overview-findings-link">
            {t('findings.summary.link')}
          </Anchor>
        </Group>
        <QueryView query={report}>
          {(r) => (
            <>
              <Text size="xs" c="dimmed">
                {t('findings.entity.asOf', { date: formatDate(r.asOf, i18n.language), kb: r.kb.version })}
              </Text>
              <SeverityCounts open={r.openCounts} all={r.counts} linkFor={(s) => `/findings?severity=${s}&status=open`} />
            </>
          )}
        </QueryView>
      </Stack>
    </Paper>
  );
}
