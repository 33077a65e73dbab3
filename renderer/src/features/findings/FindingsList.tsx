import { Divider, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AcknowledgedFinding } from '../../../../electron/shared/schemas/findings';
import type { FindingItem } from '../../../../electron/shared/schemas/findings-views';
import { FindingCard } from './FindingCard';

/**
 * Findings in the order given (open first); acknowledged ones follow under their own heading, so
 * they are set apart but never out of sight.
 */
export function FindingsList({
  findings,
  entityPath,
  onAcknowledge,
  compact,
  acknowledgedTotal,
  changedSinceAck,
}: {
  findings: readonly FindingItem[];
  /** Where the entry of a finding is edited. */
  entityPath: (f: FindingItem) => string;
  onAcknowledge?: (f: AcknowledgedFinding) => void;
  compact?: boolean;
  /** How many acknowledged findings the whole (filtered) list holds, for the heading. */
  acknowledgedTotal?: number;
  /** Whether an open finding's acknowledgement lapsed because its entry changed. */
  changedSinceAck?: (f: FindingItem) => boolean;
}) {
  const { t } = useTranslation();
  const firstAck = findings.findIndex((f) => f.status === 'acknowledged');
  const card = (f: FindingItem) => (
    <FindingCard
      key={`${f.id}:${compact ? 'brief' : 'full'}`}
      finding={f}
      entityPath={entityPath(f)}
      onAcknowledge={onAcknowledge}
      compact={compact}
      changedSinceAck={f.status === 'open' && (changedSinceAck?.(f) ?? false)}
    />
  );
  if (firstAck < 0) return <Stack gap="xs">{findings.map(card)}</Stack>;
  const count = acknowledgedTotal ?? findings.length - firstAck;
  return (
    <Stack gap="xs">
      {findings.slice(0, firstAck).map(card)}
      <Divider
        mt={firstAck > 0 ? 'md' : 0}
        labelPosition="left"
        label={
          <Text size="sm" fw={600} c="dark" data-testid="acknowledged-heading">
            {t('findings.list.acknowledgedHeading', { count })}
          </Text>
        }
      />
      <Text size="xs" c="dimmed">
        {t('findings.list.acknowledgedHint')}
      </Text>
      {findings.slice(firstAck).map(card)}
    </Stack>
  );
}
