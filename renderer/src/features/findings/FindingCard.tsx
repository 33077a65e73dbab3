import { Anchor, Badge, Button, Collapse, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AcknowledgedFinding } from '../../../../electron/shared/schemas/findings';
import { AcknowledgementPanel } from './AcknowledgementPanel';
import { FindingDetails } from './FindingDetails';
import { uiLanguage } from './language';
import { SeverityBadge } from './SeverityBadge';
import { severityColor } from './severity';
import { UnverifiedBadge, VerificationBadge } from './VerificationBadge';

export interface FindingCardProps {
  finding: AcknowledgedFinding;
  /** Where the entry the finding is about is edited. */
  entityPath: string;
  /** Opens the acknowledge dialog; absent when the view is of another date than today (the engine dates acknowledgements today). */
  onAcknowledge?: (f: AcknowledgedFinding) => void;
  /** Details (fix, sources, …) folded away until asked for: for the lists on an activity or recipient page. */
  compact?: boolean;
  /** An earlier acknowledgement of this open finding lapsed because the entry changed. */
  changedSinceAck?: boolean;
}

/** One finding as the engine wrote it, in the UI language; acknowledged findings are marked, never hidden. */
export function FindingCard({ finding: f, entityPath, onAcknowledge, compact = false, changedSinceAck = false }: FindingCardProps) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const [open, setOpen] = useState(!compact);
  const acknowledged = f.status === 'acknowledged';
  const edge = acknowledged ? 'gray' : severityColor[f.severity];
  return (
    <Paper
      withBorder
      p="sm"
      bg={acknowledged ? 'gray.0' : undefined}
      style={{ borderLeft: `4px solid var(--mantine-color-${edge}-6)` }}
      data-testid="finding"
      data-rule={f.ruleId}
      data-severity={f.severity}
      data-status={f.status}
      data-entity-id={f.entity.id}
    >
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Group gap={8} align="center">
            <SeverityBadge severity={f.severity} />
            <Text size="xs" ff="monospace" c="dimmed" data-testid="finding-rule">
              {f.ruleId}
            </Text>
            <Text size="sm" c="dimmed">
              {t(`entity.${f.entity.type}`)}:
            </Text>
            <Anchor component={Link} to={entityPath} size="sm" fw={500} data-testid="finding-entity">
              {f.entity.name}
            </Anchor>
          </Group>
          <Group gap={6} wrap="nowrap">
            {f.uncertain ? <UnverifiedBadge /> : null}
            <VerificationBadge tag={f.verification} />
            {acknowledged ? (
              <Badge color="gray" variant="filled" miw="max-content" data-testid="acknowledged-badge">
                ✓ {t('findings.card.acknowledged')}
              </Badge>
            ) : onAcknowledge ? (
              <Button size="compact-sm" variant="light" onClick={() => onAcknowledge(f)} data-testid="finding-acknowledge">
                {t('findings.ack.action')}
              </Button>
            ) : (
              <Tooltip withinPortal multiline w={260} label={t('findings.ack.onlyToday')}>
                <Button size="compact-sm" variant="light" disabled data-testid="finding-acknowledge">
                  {t('findings.ack.action')}
                </Button>
              </Tooltip>
            )}
          </Group>
        </Group>
        <Text size="sm" fw={500} data-testid="finding-message">
          {f.message[language]}
        </Text>
        {f.acknowledgement ? <AcknowledgementPanel ack={f.acknowledgement} /> : null}
        {changedSinceAck ? (
          <Text size="xs" c="orange.9" data-testid="finding-ack-changed">
            {t('findings.lapsed.changedNote')}
          </Text>
        ) : null}
        {compact ? (
          <Anchor component="button" type="button" size="xs" w="fit-content" onClick={() => setOpen((v) => !v)}>
            {open ? t('findings.card.hideDetails') : t('findings.card.showDetails')}
          </Anchor>
        ) : null}
        <Collapse expanded={open}>
          <FindingDetails finding={f} language={language} />
        </Collapse>
      </Stack>
    </Paper>
  );
}
