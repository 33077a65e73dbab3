import { Badge, type BadgeProps, Stack, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AcknowledgedFinding } from '../../../../electron/shared/schemas/findings';
import { severities } from '../../../../electron/shared/vocab';
import { severityColor, summarise } from './severity';

/**
 * The worst open severity among an entry's findings and how many of it, e.g. "Kritisk 2"; the
 * tooltip lists every open severity. Nothing when no finding is open (acknowledged ones included).
 */
export function FindingsBadge({
  findings,
  testId = 'findings-badge',
  ...props
}: BadgeProps & {
  findings: readonly AcknowledgedFinding[];
  testId?: string;
}) {
  const { t } = useTranslation();
  const s = summarise(findings);
  if (!s.highest) return null;
  const lines = severities.filter((sev) => s.counts[sev] > 0).map((sev) => t(`findings.badge.line.${sev}`, { count: s.counts[sev] }));
  return (
    <Tooltip
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
      <Badge
        color={severityColor[s.highest]}
        variant={s.highest === 'CRITICAL' ? 'filled' : 'light'}
        miw="max-content"
        data-testid={testId}
        data-severity={s.highest}
        aria-label={[t('findings.badge.title', { count: s.open }), ...lines].join(', ')}
        {...props}
      >
        {t(`vocab.severity.${s.highest}`)} {s.highestCount}
      </Badge>
    </Tooltip>
  );
}
