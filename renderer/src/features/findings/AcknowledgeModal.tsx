import { Button, Center, Group, Loader, Modal, Paper, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { AcknowledgedFinding } from '../../../../electron/shared/schemas/findings';
import type { AppError } from '../../api/client';
import { DateField } from '../../components/DateField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { detailsToFormErrors } from '../../lib/form-errors';
import { organisationQuery } from '../organisation/queries';
import { type AckFormValues, ackValidator } from './ack-form';
import { addMonths, danishToday } from './dates';
import { uiLanguage } from './language';
import { useAcknowledgeMutation } from './mutations';
import { SeverityBadge } from './SeverityBadge';

/** The DPO accepts a finding for a while, in writing: why, and until when. "By" starts as the DPO on record. */
export function AcknowledgeModal({ finding, onClose }: { finding: AcknowledgedFinding; onClose: () => void }) {
  const { t } = useTranslation();
  const organisation = useQuery(organisationQuery());
  return (
    <Modal opened onClose={onClose} size="lg" title={t('findings.ack.title')}>
      {organisation.isPending ? (
        <Center py="md">
          <Loader size="sm" />
        </Center>
      ) : (
        <AckForm finding={finding} onClose={onClose} by={organisation.data?.dpoName ?? ''} />
      )}
    </Modal>
  );
}

function AckForm({ finding: f, onClose, by }: { finding: AcknowledgedFinding; onClose: () => void; by: string }) {
  const { t, i18n } = useTranslation();
  const today = danishToday();
  const acknowledge = useAcknowledgeMutation();
  const form = useForm<AckFormValues>({
    initialValues: { justification: '', until: addMonths(today, 12), acknowledgedBy: by },
    validate: ackValidator(t, today),
  });
  const onError = (e: AppError) => form.setErrors(detailsToFormErrors(e.details, t, ''));

  const submit = form.onSubmit((v) =>
    acknowledge.mutate(
      {
        ruleId: f.ruleId,
        entityType: f.entity.type,
        entityId: f.entity.id,
        justification: v.justification.trim(),
        until: v.until ?? today,
        acknowledgedBy: v.acknowledgedBy.trim() || undefined,
      },
      { onSuccess: onClose, onError },
    ),
  );

  return (
    <form onSubmit={submit} noValidate data-testid="ack-form">
      <Stack>
        {acknowledge.isError ? <ErrorAlert error={acknowledge.error} /> : null}
        <Paper withBorder p="xs" bg="gray.0">
          <Group gap={8} mb={4}>
            <SeverityBadge severity={f.severity} />
            <Text size="xs" ff="monospace" c="dimmed">
              {f.ruleId}
            </Text>
            <Text size="sm" fw={500}>
              {f.entity.name}
            </Text>
          </Group>
          <Text size="sm">{f.message[uiLanguage(i18n.language)]}</Text>
        </Paper>
        <Text size="sm" c="dimmed">
          {t('findings.ack.explain')}
        </Text>
        <Textarea
          label={t('findings.ack.justification')}
          description={t('findings.ack.justificationHint')}
          withAsterisk
          autosize
          minRows={3}
          data-autofocus
          data-testid="ack-justification"
          {...form.getInputProps('justification')}
        />
        <Group grow align="flex-start">
          <DateField
            label={t('findings.ack.until')}
            withAsterisk
            clearable={false}
            minDate={today}
            data-testid="ack-until"
            {...form.getInputProps('until')}
          />
          <TextInput label={t('findings.ack.by')} data-testid="ack-by" {...form.getInputProps('acknowledgedBy')} />
        </Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={acknowledge.isPending} data-testid="ack-save">
            {t('findings.ack.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
