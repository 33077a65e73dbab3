import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ActivityStatus } from '../../../../electron/shared/vocab';

const colors: Record<ActivityStatus, string> = { planned: 'blue', active: 'teal', ended: 'gray' };

/** An activity's status as a badge; `label` when the caller has it already (a list row), else looked up. */
export function StatusBadge({ status, label }: { status: ActivityStatus; label?: string }) {
  return (
    <Badge color={colors[status]} variant="light" miw="max-content" data-testid="status-badge">
      {label ?? <StatusLabel status={status} />}
    </Badge>
  );
}

function StatusLabel({ status }: { status: ActivityStatus }) {
  const { t } = useTranslation();
  return t(`vocab.activityStatus.${status}`);
}
