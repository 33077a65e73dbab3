import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AcknowledgedFinding, FindingsReport } from '../../../../electron/shared/schemas/findings';
import { QueryView } from '../../components/QueryView';
import { formatDate } from '../../lib/format';
import { dpaListQuery } from '../dpas/queries';
import { AcknowledgeModal } from './AcknowledgeModal';
import { FindingsBadge } from './FindingsBadge';
import { FindingsList } from './FindingsList';
import { sortFindings } from './findings-filter';
import { uiLanguage } from './language';

/**
 * Today's findings on one entry (an activity with its transfers, or a recipient with its DPAs and
 * transfers), details folded; each can be acknowledged here. Not a "section-" testid: the Art 30
 * sections keep their own order.
 */
export function EntityFindingsSection({
  query,
  findings,
  testId,
}: {
  query: UseQueryResult<FindingsReport>;
  findings: readonly AcknowledgedFinding[];
  testId: string;
}) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const [acking, setAcking] = useState<AcknowledgedFinding | null>(null);
  const dpas = useQuery(dpaListQuery());
  const owners = useMemo(() => new Map((dpas.data ?? []).map((d) => [d.id, d.recipientId])), [dpas.data]);
  const sorted = useMemo(() => sortFindings(findings, language), [findings, language]);
  return (
    <Paper withBorder p="md" data-testid={testId}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Group gap="sm">
            <Title order={4}>{t('findings.entity.title')}</Title>
            <FindingsBadge findings={findings} />
          </Group>
          <Anchor component={Link} to="/findings" size="sm">
            {t('findings.entity.all')}
          </Anchor>
        </Group>
        <QueryView query={query}>
          {(r) =>
            sorted.length === 0 ? (
              <Text size="sm" c="dimmed" data-testid={`${testId}-none`}>
                {t('findings.entity.none', { date: formatDate(r.asOf, i18n.language) })}
              </Text>
            ) : (
              <>
                <Text size="xs" c="dimmed">
                  {t('findings.entity.asOf', { date: formatDate(r.asOf, i18n.language), kb: r.kb.version })}
                </Text>
                <FindingsList findings={sorted} dpaOwner={(id) => owners.get(id)} onAcknowledge={setAcking} compact />
              </>
            )
          }
        </QueryView>
      </Stack>
      {acking ? <AcknowledgeModal finding={acking} onClose={() => setAcking(null)} /> : null}
    </Paper>
  );
}
