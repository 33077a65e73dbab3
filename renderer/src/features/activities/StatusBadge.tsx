import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ActivityStatus } from '../../../../electron/shared/vocab';

const colors: Record<ActivityStatus, string> = { planned: 'blue', active: 'teal', ended: 'gray' };

export function StatusBadge({ status }: { status: ActivityStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={colors[status]} variant="light" miw="max-content" data-testid="status-badge">
      {t(`vocab.activityStatus.${status}`)}
    </Badge>
  );
}
