import { Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FindingAcknowledgementView } from '../../../../electron/shared/schemas/findings';
import { ConfirmButton } from '../../components/ConfirmButton';
import { formatDate } from '../../lib/format';
import { useUnacknowledgeMutation } from './mutations';

/** Who accepted the finding, when, until when and why, and the way to withdraw it (the finding re-opens). */
export function AcknowledgementPanel({ ack }: { ack: FindingAcknowledgementView }) {
  const { t, i18n } = useTranslation();
  const withdraw = useUnacknowledgeMutation();
  const date = (d: string) => formatDate(d, i18n.language);
  return (
    <Paper bg="gray.1" p="xs" radius="sm" data-testid="finding-acknowledgement">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={2}>
          <Text size="sm" fw={600}>
            {ack.acknowledgedBy
              ? t('findings.ack.byOn', { by: ack.acknowledgedBy, on: date(ack.acknowledgedOn), until: date(ack.until) })
              : t('findings.ack.on', { on: date(ack.acknowledgedOn), until: date(ack.until) })}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="finding-justification">
            {ack.justification}
          </Text>
        </Stack>
        <ConfirmButton
          question={t('findings.ack.withdrawQuestion')}
          onConfirm={() => withdraw.mutate(ack.id)}
          loading={withdraw.isPending}
          testId="finding-withdraw"
          miw="max-content"
        >
          {t('findings.ack.withdraw')}
        </ConfirmButton>
      </Group>
    </Paper>
  );
}
