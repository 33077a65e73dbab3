import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Severity } from '../../../../electron/shared/vocab';
import { severityColor } from './severity';

/** A severity as the engine graded it, in the UI language (legal-knowledge §0.5). */
export function SeverityBadge({ severity, ...props }: BadgeProps & { severity: Severity }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={severityColor[severity]}
      variant={severity === 'CRITICAL' ? 'filled' : 'light'}
      miw="max-content"
      data-testid="severity-badge"
      data-severity={severity}
      {...props}
    >
      {t(`vocab.severity.${severity}`)}
    </Badge>
  );
}
