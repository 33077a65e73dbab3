import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AcknowledgedFinding } from '../../../../electron/shared/schemas/findings';
import type { EntitySummary } from '../../../../electron/shared/schemas/findings-views';
import { QueryView } from '../../components/QueryView';
import { formatDate } from '../../lib/format';
import { AcknowledgeModal } from './AcknowledgeModal';
import { entityPath } from './entity-link';
import { FindingsBadge } from './FindingsBadge';
import { FindingsList } from './FindingsList';
import { uiLanguage } from './language';
import { findingsPageQuery } from './queries';

/** At most this many on one entry's page; an entry with more is read on the findings page. */
const MAX_SHOWN = 1000;

/**
 * Today's findings on one entry (an activity with its transfers, or a recipient with its DPAs and
 * transfers), details folded; each can be acknowledged here. Not a "section-" testid: the Art 30
 * sections keep their own order.
 */
export function EntityFindingsSection({
  scope,
  summary,
  testId,
}: {
  scope: { activityId: string } | { recipientId: string };
  summary: EntitySummary | undefined;
  testId: string;
}) {
  const { t, i18n } = useTranslation();
  const lang = uiLanguage(i18n.language);
  const [acking, setAcking] = useState<AcknowledgedFinding | null>(null);
  const page = useQuery(findingsPageQuery({ ...scope, lang, status: 'all', offset: 0, limit: MAX_SHOWN }));
  return (
    <Paper withBorder p="md" data-testid={testId}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Group gap="sm">
            <Title order={4}>{t('findings.entity.title')}</Title>
            <FindingsBadge summary={summary} />
          </Group>
          <Anchor component={Link} to="/findings" size="sm">
            {t('findings.entity.all')}
          </Anchor>
        </Group>
        <QueryView query={page}>
          {(r) =>
            r.items.length === 0 ? (
              <Text size="sm" c="dimmed" data-testid={`${testId}-none`}>
                {t('findings.entity.none', { date: formatDate(r.asOf, i18n.language) })}
              </Text>
            ) : (
              <>
                <Text size="xs" c="dimmed">
                  {t('findings.entity.asOf', { date: formatDate(r.asOf, i18n.language), kb: r.kb.version })}
                </Text>
                <FindingsList findings={r.items} entityPath={entityPath} onAcknowledge={setAcking} compact />
              </>
            )
          }
        </QueryView>
      </Stack>
      {acking ? <AcknowledgeModal finding={acking} onClose={() => setAcking(null)} /> : null}
    </Paper>
  );
}
