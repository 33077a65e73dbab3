import { Badge, Group, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { FindingsPage } from '../../../../electron/shared/schemas/findings-views';
import { formatDate } from '../../lib/format';
import { danishToday } from './dates';
import { knowledgeBaseQuery } from './queries';

/** What the evaluation rests on: the date it is made as of, the knowledge base, and the newest DPF List snapshot. */
export function KnowledgeBaseStatus({ report }: { report: Pick<FindingsPage, 'asOf' | 'kb'> }) {
  const { t, i18n } = useTranslation();
  const kb = useQuery(knowledgeBaseQuery());
  const date = (d: string) => formatDate(d, i18n.language);
  const newest = [...(kb.data?.dpfSnapshots ?? [])].sort((a, b) => b.snapshotDate.localeCompare(a.snapshotDate))[0];
  return (
    <Group gap="xs" data-testid="findings-basis">
      <Text size="sm" data-testid="findings-asof">
        {t('findings.header.asOf')}{' '}
        <Text span fw={700} size="sm" c={report.asOf === danishToday() ? undefined : 'orange.8'}>
          {date(report.asOf)}
          {report.asOf === danishToday() ? '' : ` (${t('findings.header.notToday')})`}
        </Text>
      </Text>
      <Text size="sm" c="dimmed">
        ·
      </Text>
      <Text size="sm" c="dimmed" data-testid="findings-kb">
        {t('findings.header.kb', { version: report.kb.version, date: date(report.kb.asOf) })}
      </Text>
      <Text size="sm" c="dimmed">
        ·
      </Text>
      {kb.data ? (
        newest ? (
          <Text size="sm" c="dimmed" data-testid="findings-dpf">
            {t('findings.header.dpf', { date: date(newest.snapshotDate), count: newest.entryCount })}
          </Text>
        ) : (
          <Badge color="orange" variant="light" data-testid="findings-dpf">
            {t('findings.header.noDpf')}
          </Badge>
        )
      ) : null}
      {report.asOf > report.kb.asOf ? (
        <Text size="sm" c="orange.8" data-testid="findings-kb-older">
          {t('findings.header.kbOlder', { date: date(report.kb.asOf) })}
        </Text>
      ) : null}
    </Group>
  );
}
