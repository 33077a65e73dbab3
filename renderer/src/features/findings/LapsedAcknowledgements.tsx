import { Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { findingEntityTypes } from '../../../../electron/shared/schemas/findings';
import type { AcknowledgementView as AcknowledgementStatus } from '../../../../electron/shared/schemas/findings-views';
import { formatDate } from '../../lib/format';
import { entityPath } from './entity-link';
import { useRemoveLapsedAcknowledgementMutation } from './mutations';

/** The states in which an acknowledgement once counted and no longer does ('not_yet_made' is a date before it, not a lapse). */
export const lapsedStates = ['expired', 'entity_changed', 'entity_missing'] as const;
type LapsedState = (typeof lapsedStates)[number];
export const isLapsed = (s: AcknowledgementStatus): s is AcknowledgementStatus & { state: LapsedState } =>
  (lapsedStates as readonly string[]).includes(s.state);

const isEntityType = (t: string): t is (typeof findingEntityTypes)[number] => (findingEntityTypes as readonly string[]).includes(t);

/**
 * Acknowledgements that lapsed (their date passed, or the entry changed or was deleted after they were
 * given), each with the reason in words and a way to remove it. Renders nothing when there are none.
 */
export function LapsedAcknowledgements({ statuses }: { statuses: readonly AcknowledgementStatus[] }) {
  const { t, i18n } = useTranslation();
  const remove = useRemoveLapsedAcknowledgementMutation();
  const lapsed = statuses.filter(isLapsed);
  if (lapsed.length === 0) return null;
  const date = (d: string) => formatDate(d, i18n.language);
  return (
    <Paper withBorder p="sm" bg="yellow.0" data-testid="lapsed-acks">
      <Stack gap="xs">
        <Stack gap={2}>
          <Text fw={600} size="sm">
            {t('findings.lapsed.title')} ({lapsed.length})
          </Text>
          <Text size="xs" c="dimmed">
            {t('findings.lapsed.hint')}
          </Text>
        </Stack>
        {lapsed.map(({ acknowledgement: a, state, finding }) => {
          const reason = state === 'expired' ? t('findings.lapsed.expired', { until: date(a.until) }) : t(`findings.lapsed.${state}`);
          return (
            <Paper key={a.id} p="xs" radius="sm" withBorder data-testid="lapsed-ack" data-state={state} data-entity-id={a.entityId}>
              <Group justify="space-between" align="flex-start" wrap="nowrap">
                <Stack gap={2}>
                  <Group gap={8}>
                    <Text size="xs" ff="monospace" c="dimmed" data-testid="lapsed-ack-rule">
                      {a.ruleId}
                    </Text>
                    <Text size="sm" c="dimmed">
                      {isEntityType(a.entityType) ? t(`entity.${a.entityType}`) : a.entityType}:
                    </Text>
                    {finding ? (
                      <Anchor component={Link} to={entityPath(finding)} size="sm" fw={500}>
                        {finding.entity.name}
                      </Anchor>
                    ) : (
                      <Text size="sm" ff="monospace">
                        {a.entityId}
                      </Text>
                    )}
                  </Group>
                  <Text size="sm" fw={600} c="orange.9" data-testid="lapsed-ack-reason">
                    {reason}
                  </Text>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {a.justification}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {a.acknowledgedBy
                      ? t('findings.lapsed.byOn', { by: a.acknowledgedBy, on: date(a.acknowledgedOn), until: date(a.until) })
                      : t('findings.lapsed.on', { on: date(a.acknowledgedOn), until: date(a.until) })}
                  </Text>
                </Stack>
                <Button
                  size="compact-sm"
                  variant="subtle"
                  color="red"
                  miw="max-content"
                  onClick={() => remove.mutate(a.id)}
                  loading={remove.isPending && remove.variables === a.id}
                  data-testid="lapsed-ack-remove"
                >
                  {t('findings.lapsed.remove')}
                </Button>
              </Group>
            </Paper>
          );
        })}
      </Stack>
    </Paper>
  );
}
