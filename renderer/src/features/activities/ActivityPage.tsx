import { Alert, Anchor, Button, Group, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ConfirmButton } from '../../components/ConfirmButton';
import { PageHeader } from '../../components/PageHeader';
import { QueryView } from '../../components/QueryView';
import { formatDateTime } from '../../lib/format';
import { EntityFindingsSection } from '../findings/EntityFindingsSection';
import { FindingsBadge } from '../findings/FindingsBadge';
import { useSummaries } from '../findings/queries';
import { ActivityEditForm } from './ActivityEditForm';
import { ActivityRecord } from './ActivityRecord';
import { useArchiveActivityMutation, useRestoreActivityMutation } from './mutations';
import { activityDetailQuery } from './queries';
import { StatusBadge } from './StatusBadge';

/** One processing activity: every Art 30(1) field in (a)–(g) order, and the form for its main fields. */
export function ActivityPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const detail = useQuery(activityDetailQuery(id));
  const [editing, setEditing] = useState(false);
  const archive = useArchiveActivityMutation();
  const restore = useRestoreActivityMutation();
  const ids = useMemo(() => [id], [id]);
  const { summaryOf } = useSummaries('activity', ids);

  return (
    <Stack>
      <Anchor component={Link} to="/activities" size="sm">
        ← {t('activities.title')}
      </Anchor>
      <QueryView query={detail}>
        {({ activity, names }) => (
          <Stack>
            <PageHeader
              title={
                <Group gap="sm">
                  <span data-testid="activity-name">{activity.name}</span>
                  <StatusBadge status={activity.status} />
                  <FindingsBadge summary={summaryOf(activity.id)} />
                </Group>
              }
              description={[activity.reference, t('common.updatedAt', { when: formatDateTime(activity.updatedAt, i18n.language) })]
                .filter(Boolean)
                .join(' · ')}
              actions={
                editing ? null : (
                  <>
                    <Button onClick={() => setEditing(true)} data-testid="activity-edit">
                      {t('common.edit')}
                    </Button>
                    {activity.archivedAt ? (
                      <Button
                        variant="default"
                        loading={restore.isPending}
                        onClick={() => restore.mutate(activity.id)}
                        data-testid="activity-restore"
                      >
                        {t('common.restore')}
                      </Button>
                    ) : (
                      <ConfirmButton
                        question={t('activity.archiveQuestion')}
                        onConfirm={() => archive.mutate(activity.id)}
                        testId="activity-archive"
                      >
                        {t('common.archive')}
                      </ConfirmButton>
                    )}
                  </>
                )
              }
            />
            {activity.archivedAt ? (
              <Alert color="gray" data-testid="activity-archived">
                {t('activity.archivedBanner', { when: formatDateTime(activity.archivedAt, i18n.language) })}
              </Alert>
            ) : null}
            {editing ? <ActivityEditForm activity={activity} onDone={() => setEditing(false)} /> : null}
            <EntityFindingsSection scope={{ activityId: activity.id }} summary={summaryOf(activity.id)} testId="activity-findings" />
            <ActivityRecord activity={activity} names={names} />
          </Stack>
        )}
      </QueryView>
    </Stack>
  );
}
