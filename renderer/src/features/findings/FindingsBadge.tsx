import { Badge, type BadgeProps, Stack, Text, Tooltip } from '@mantine/core';
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntitySummary } from '../../../../electron/shared/schemas/findings-views';
import { severities } from '../../../../electron/shared/vocab';
import { severityColor } from './severity';

/**
 * The worst open severity among an entry's findings and how many of it, e.g. "Kritisk 2"; the
 * tooltip lists every open severity. Nothing when no finding is open (acknowledged ones included)
 * or while the summary is still being computed.
 */
export const FindingsBadge = memo(function FindingsBadge({
  summary,
  testId = 'findings-badge',
  ...props
}: BadgeProps & {
  summary: EntitySummary | undefined;
  testId?: string;
}) {
  const { t } = useTranslation();
  // A list shows a hundred badges: the tooltip (its positioning, its listeners) is made only once
  // the pointer reaches the badge, and then opens at once.
  const [wanted, setWanted] = useState(false);
  if (!summary?.highest) return null;
  const s = summary;
  const highest = summary.highest;
  const lines = severities.filter((sev) => s.counts[sev] > 0).map((sev) => t(`findings.badge.line.${sev}`, { count: s.counts[sev] }));
  const badge = (
    <Badge
      color={severityColor[highest]}
      variant={highest === 'CRITICAL' ? 'filled' : 'light'}
      miw="max-content"
      data-testid={testId}
      data-severity={highest}
      aria-label={[t('findings.badge.title', { count: s.open }), ...lines].join(', ')}
      onPointerEnter={wanted ? undefined : () => setWanted(true)}
      {...props}
    >
      {t(`vocab.severity.${highest}`)} {s.highestCount}
    </Badge>
  );
  if (!wanted) return badge;
  return (
    <Tooltip
      defaultOpened
      withinPortal
      label={
        <Stack gap={0}>
          <Text size="xs" fw={600}>
            {t('findings.badge.title', { count: s.open })}
          </Text>
          {lines.map((l) => (
            <Text key={l} size="xs">
              {l}
            </Text>
          ))}
          {s.acknowledged ? <Text size="xs">{t('findings.badge.acknowledged', { count: s.acknowledged })}</Text> : null}
        </Stack>
      }
    >
      {badge}
    </Tooltip>
  );
});
